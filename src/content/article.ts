/**
 * One article file (`content/<lng>/<slug>.md`) as the build and the checker see it: the
 * validated front matter and the markdown body, with where the body starts so positions
 * inside it can be reported against the file.
 */
export interface Article {
  /** Path relative to the project root, `/`-separated. */
  file: string;
  /** The locale folder the file lives in (`content/es-AR/...` -> `es-AR`). */
  locale: string;
  /** URL segment; equals the file name without `.md`. */
  slug: string;
  title: string;
  /** The language the text is written in (defaults to the folder locale). */
  lang: string;
  /** Publication date, if the front matter gives one. */
  date?: Date;
  author?: string;
  description?: string;
  /** For a translation: the path of the article it was translated from. */
  source?: string;
  /** For a translation: the hash of the source when it was translated (stale-translation check). */
  sourceHash?: string;
  /** The markdown after the front matter. */
  body: string;
  /** UTF-8 size of `body`, known without reading it again (a cached article loads its body lazily). */
  bodyBytes: number;
  /** The body has a `<`, so it may hold raw HTML (every HTML node of markdown starts with one). */
  rawHtml: boolean;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** sha256 of the whole file text: unchanged text means an unchanged page input. */
  hash: string;
}
