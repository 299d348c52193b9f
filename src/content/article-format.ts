/** The markdown dialects an article file may be written in, by its extension. */
export type ArticleFormat = 'md' | 'mdx';

/** The extensions an article file may have, as documentation sites keep them. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.mdx'];

/** Whether a file name is an article's (`.md` or `.mdx`). */
export const isArticleName = (name: string): boolean => ARTICLE_EXTENSIONS.some((ext) => name.endsWith(ext));

/** The dialect of an article file: MDX (ESM, JSX, expressions) for `.mdx`, CommonMark with GFM-free remark otherwise. */
export const articleFormat = (file: string): ArticleFormat => (file.endsWith('.mdx') ? 'mdx' : 'md');

/** A file name without its article extension (`guides/setup.mdx` -> `guides/setup`). */
export const withoutArticleExtension = (name: string): string => name.replace(/\.mdx?$/, '');
