import type { ElementContent, Root, RootContent } from 'hast';
import { h, type Child } from 'hastscript';
import type { Article } from '../content/article.js';
import { languageName } from './locale-names.js';
import { pageShell, type LocaleTarget } from './page-shell.js';
import type { ArticlePagePlan, PageLink } from './plan-site.js';
import type { Translator } from './translator.js';
import { languageTag } from '../locale/locale-tag.js';
import { articleDir, upFromArticle } from './page-path.js';

/** Words a reader gets through per minute, for the reading-time line. */
export const WORDS_PER_MINUTE = 200;

/** Minutes to read a markdown body, at least one. */
export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The meta description: the front matter's, else the start of the first paragraph. */
export function describe(article: Article, body: Root): string {
  if (article.description) return article.description;
  const paragraph = body.children.find((node) => node.type === 'element' && node.tagName === 'p');
  const text = (paragraph ? textOf(paragraph) : article.title).replace(/\s+/g, ' ').trim();
  return text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

/** What an article page needs beyond the plan: its sanitized body and the chrome's links. */
export interface ArticlePageInput {
  t: Translator;
  article: Article;
  body: Root;
  translated: boolean;
  /** For an outdated translation: the source article's page, relative, and its locale. */
  outdatedFrom?: { href: string; locale: string };
  related: PageLink[];
  canonical: string;
  alternates: LocaleTarget[];
  xDefault?: string;
  switcher: LocaleTarget[];
  editions: LocaleTarget[];
  year: number;
}

/**
 * An article page. The article element carries the article's language when it is not the
 * page's (WCAG 3.1.2), and a visible notice says the article is not translated.
 */
export function articlePage(input: ArticlePageInput): Root {
  const { t, article } = input;
  const foreign = article.lang !== t.locale;
  const chromeLang = foreign ? { lang: languageTag(t.locale) } : {};
  const language = languageName(article.lang, t.locale);
  const meta: Child[] = [];
  if (article.date)
    meta.push(h('time', { dateTime: article.date.toISOString().slice(0, 10) }, t.t('article.publishedOn', { date: article.date })), ' · ');
  if (article.author) meta.push(h('span.byline', t.t('article.byline', { author: article.author })), ' · ');
  meta.push(h('span.reading-time', t.t('article.readingTime', { count: readingMinutes(article.body) })));
  if (!input.translated) meta.push(' · ', h('span', t.t('article.originalLanguage', { language })));
  const main: Child[] = [];
  if (!input.translated) main.push(h('p.notice', { role: 'note' }, t.t('article.notTranslated', { language })));
  if (input.outdatedFrom) {
    const { href, locale } = input.outdatedFrom;
    main.push(
      h('p.notice.outdated', { role: 'note' }, [
        t.t('article.outdated'),
        ' ',
        h('a', { href, hrefLang: languageTag(locale) }, t.t('article.readOriginal', { language: languageName(locale, t.locale) })),
      ]),
    );
  }
  main.push(
    h('article', foreign ? { lang: languageTag(article.lang) } : {}, [
      h('h1', article.title),
      h('p.meta', chromeLang, ...meta),
      h('div.article-body', input.body.children as ElementContent[]),
    ]),
    h('aside.related', { ariaLabelledBy: 'related-title' }, [
      h('h2#related-title', t.t('related.title')),
      input.related.length === 0
        ? h('p', t.t('related.empty'))
        : h(
            'ul',
            input.related.map((link) =>
              h(
                'li',
                h(
                  'a',
                  {
                    href: `${upFromArticle(article.slug)}${articleDir(link.locale, link.slug)}`,
                    ...(link.lang !== t.locale && { lang: languageTag(link.lang) }),
                  },
                  link.title,
                ),
              ),
            ),
          ),
    ]),
    h('section.comments#comments', { ariaLabelledBy: 'comments-title' }, [
      h('h2#comments-title', t.t('comments.title')),
      h('p', t.t('comments.count', { count: 0 })),
      h('p', t.t('comments.loginRequired')),
      h('p', [t.t('comments.loginPrompt'), ' ', h('button', { type: 'button', disabled: true }, t.t('auth.login'))]),
    ]),
  );
  return pageShell({
    t,
    up: upFromArticle(article.slug),
    title: article.title,
    description: describe(article, input.body),
    canonical: input.canonical,
    ogType: 'article',
    alternates: input.alternates,
    ...(input.xDefault && { xDefault: input.xDefault }),
    switcher: input.switcher,
    editions: input.editions,
    year: input.year,
    main,
  });
}

/** Site-wide facts every page's links are made from. */
export interface SiteLinks {
  /** The public URL of a locale's index, or of one of its articles. */
  url: (locale: string, slug?: string) => string;
  locales: readonly string[];
  sourceLocale: string;
  year: number;
}

/**
 * The page of one plan entry: the switcher leads to the same slug in every locale; hreflang
 * alternates (and x-default, the source locale's page when it is one) only among real translations.
 */
export function articlePageFor(page: ArticlePagePlan, t: Translator, body: Root, site: SiteLinks): Root {
  const up = upFromArticle(page.slug);
  const target = (locale: string): LocaleTarget => ({
    locale,
    href: `${up}${articleDir(locale, page.slug)}`,
    url: site.url(locale, page.slug),
  });
  const xDefault =
    page.alternates.length > 0
      ? site.url(page.alternates.includes(site.sourceLocale) ? site.sourceLocale : (page.alternates[0] as string), page.slug)
      : undefined;
  return articlePage({
    t,
    article: page.article,
    body,
    translated: page.translated,
    ...(page.outdatedFrom && {
      outdatedFrom: { href: `${up}${articleDir(page.outdatedFrom.locale, page.outdatedFrom.slug)}`, locale: page.outdatedFrom.locale },
    }),
    related: page.related,
    canonical: site.url(page.canonicalLocale, page.slug),
    alternates: page.alternates.map(target),
    ...(xDefault && { xDefault }),
    switcher: site.locales.map(target),
    editions: site.locales.map((locale) => ({ locale, href: `${up}${locale}/`, url: site.url(locale) })),
    year: site.year,
  });
}
