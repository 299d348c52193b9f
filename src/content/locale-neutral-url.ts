/** What stands for the locale in a URL once it is made locale-neutral. */
export const LOCALE_PLACEHOLDER = '{{lng}}';

// A language tag with a script or region (`en-us`, `pt-br`, `zh-hant`, `es-419`): what sites put in paths.
const REGIONAL = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/;

/**
 * A link as it reads with the page's own locale left out: the first path segment that names
 * `locale` (case-insensitive: sites spell `es-AR` as `/es-ar/`) becomes `{{lng}}`, so
 * `/en/guides/x`, `../en/x` and `https://site/en/x#setup` in the source match `/es/guides/x`,
 * `../es/x` and `https://site/es/x#setup` in its Spanish translation. A segment of the page's
 * language in another region counts too (`/en-US/docs/x` in an English page, as MDN spells it,
 * matches `/ko/docs/x` in Korean; `/es/` in an es-AR page). The query and fragment
 * are kept as they are; a URL without that segment is returned unchanged.
 */
export function localeNeutralUrl(url: string, locale: string): string {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path)?.[0] ?? '';
  const segments = path.slice(scheme.length).split('/');
  const wanted = locale.toLowerCase();
  const language = wanted.split('-')[0] as string;
  const at = segments.findIndex((segment) => {
    const lower = segment.toLowerCase();
    return lower === wanted || lower === language || (lower.startsWith(`${language}-`) && REGIONAL.test(lower));
  });
  if (at < 0) return url;
  segments[at] = LOCALE_PLACEHOLDER;
  return `${scheme}${segments.join('/')}${rest}`;
}
