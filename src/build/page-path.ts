/**
 * Where an article page lives, in one place: the output path and the public path of the page of
 * `slug` in `locale`. The plan, the links, the sitemap, shards and the report all take it from here.
 */
export const articleDir = (locale: string, slug: string): string => `${locale}/${slug}/`;

/** The output file of an article page, relative to the output folder. */
export const articlePagePath = (locale: string, slug: string): string => `${articleDir(locale, slug)}index.html`;

/**
 * The relative prefix from an article page (`<lng>/<slug>/index.html`) to the output root: one
 * `../` per slug segment and one for the locale folder (`../../../` for `guides/setup`).
 */
export const upFromArticle = (slug: string): string => '../'.repeat(slug.split('/').length + 1);
