import type { Root } from 'hast';
import { h } from 'hastscript';
import { autonym } from './locale-names.js';
import { pageShell, type LocaleTarget } from './page-shell.js';
import type { PageLink } from './plan-site.js';
import type { Translator } from './translator.js';
import { languageTag } from '../locale/locale-tag.js';

/** What a locale index or the root page needs: the translator and where the other editions are. */
export interface IndexInput {
  t: Translator;
  canonical: string;
  switcher: LocaleTarget[];
  editions: LocaleTarget[];
  /** The source locale's version, for hreflang x-default. */
  xDefault?: string;
  year: number;
}

/**
 * A locale's index: its articles newest first, each title in its own language. The indexes are
 * all-UI pages, so every locale's index is a real translation of the others (hreflang).
 */
export function localeIndexPage(input: IndexInput, articles: readonly PageLink[]): Root {
  const { t } = input;
  const title = t.t('index.title');
  return pageShell({
    ...input,
    up: '../',
    title,
    description: t.t('site.tagline'),
    ogType: 'website',
    alternates: input.switcher.length > 1 ? input.switcher : [],
    ...(input.switcher.length > 1 && input.xDefault && { xDefault: input.xDefault }),
    main: [
      h('h1', title),
      h('p', t.t('index.articleCount', { count: articles.length })),
      h(
        'ul#articles',
        articles.map((link) =>
          h('li', h('a', { href: `${link.slug}/`, ...(link.lang !== t.locale && { lang: languageTag(link.lang) }) }, link.title)),
        ),
      ),
    ],
  });
}

/** The root page: one link per locale edition, in the source locale's chrome. */
export function rootIndexPage(input: IndexInput): Root {
  const { t } = input;
  return pageShell({
    ...input,
    up: '',
    title: t.t('footer.languages'),
    description: t.t('site.tagline'),
    ogType: 'website',
    alternates: [],
    main: [
      h('h1', t.t('site.name')),
      h(
        'ul#articles',
        input.editions.map((edition) =>
          h(
            'li',
            h(
              'a',
              { href: edition.href, hrefLang: languageTag(edition.locale), lang: languageTag(edition.locale) },
              autonym(edition.locale),
            ),
          ),
        ),
      ),
    ],
  });
}
