/**
 * Every UI key the page templates use, with whether it takes a count: check holds the build
 * namespace to them (undefined-key, unused-key), and the build runs them all up front for each
 * locale (see checkTemplateKeys), so a missing key is found even when every page comes from the
 * cache, and `--strict` can stop before anything is written.
 */
export const TEMPLATE_KEYS: readonly { key: string; plural?: true }[] = [
  { key: 'site.name' },
  { key: 'site.tagline' },
  { key: 'nav.label' },
  { key: 'nav.home' },
  { key: 'nav.articles' },
  { key: 'nav.skipToContent' },
  { key: 'language.switcherLabel' },
  { key: 'language.readIn' },
  { key: 'language.current' },
  { key: 'article.publishedOn' },
  { key: 'article.byline' },
  { key: 'article.readingTime', plural: true },
  { key: 'article.notTranslated' },
  { key: 'article.originalLanguage' },
  { key: 'article.outdated' },
  { key: 'article.readOriginal' },
  { key: 'related.title' },
  { key: 'related.empty' },
  { key: 'comments.title' },
  { key: 'comments.count', plural: true },
  { key: 'comments.loginRequired' },
  { key: 'comments.loginPrompt' },
  { key: 'auth.login' },
  { key: 'index.title' },
  { key: 'index.articleCount', plural: true },
  { key: 'footer.rights' },
  { key: 'footer.languages' },
];
