/** Where the page's links to bundle and article files point. */
export interface StatusLinks {
  /** A URL files are published under (a repository's blob URL, ending in `/`); it wins over pageToRoot. */
  linkBase?: string | undefined;
  /** The project root relative to the page's folder, `/`-separated (`..`, or `''` for the same folder). */
  pageToRoot?: string | undefined;
}

/** A path or URL segment by segment: a `#` or `?` in a file name stays part of the name. */
const encodePath = (path: string): string =>
  path
    .split(/[\\/]/)
    .filter((part) => part !== '' && part !== '.')
    .map(encodeURIComponent)
    .join('/');

/** The link to line `line` of a project file (`#L12`, as code hosts spell it), relative to the page or under linkBase. */
export function fileLink(file: string, line: number | undefined, links: StatusLinks): string {
  const path = encodePath(file);
  const anchor = line === undefined ? '' : `#L${line}`;
  if (links.linkBase !== undefined) return `${links.linkBase.replace(/\/*$/, '/')}${path}${anchor}`;
  const up = encodePath(links.pageToRoot ?? '');
  return `${up === '' ? '' : `${up}/`}${path}${anchor}`;
}

/** Names are untrusted: ASCII letters, digits and `-` are kept, anything else is spelled `_<hex>_`, so ids stay distinct. */
const idPart = (name: string): string => name.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);

/** The id of a locale's section. */
export const localeId = (locale: string): string => `l-${idPart(locale)}`;

/** The id of a locale's list for one namespace. */
export const namespaceId = (locale: string, namespace: string): string => `n-${idPart(locale)}.${idPart(namespace)}`;

/** The id of a locale's list of articles. */
export const articlesId = (locale: string): string => `a-${idPart(locale)}`;
