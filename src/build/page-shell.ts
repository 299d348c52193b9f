import type { Element, Root } from 'hast';
import { h, type Child } from 'hastscript';
import { FAVICON_PATH, SITE_CSS_PATH } from './site-css.js';
import { autonym, languageName, ogLocale, textDirection } from './locale-names.js';
import type { Translator } from './translator.js';
import { languageTag } from '../locale/locale-tag.js';

/**
 * No script at all, styles only from the site's own stylesheet, no plugins, no forms, no
 * `<base>`: even if a hostile string slipped through escaping it could not run.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self' https:; style-src 'self'; base-uri 'none'; form-action 'none'";

/** A locale version of the current page, for the switcher and hreflang alternates. */
export interface LocaleTarget {
  locale: string;
  /** Relative URL from the current page. */
  href: string;
  /** Absolute URL, for hreflang. */
  url: string;
}

/** Everything the shared chrome (head, header, footer) needs to know about one page. */
export interface ShellInput {
  t: Translator;
  /** Relative prefix from the page to the output root (`../../` for an article). */
  up: string;
  title: string;
  description: string;
  canonical: string;
  ogType: 'article' | 'website';
  /** Hreflang alternates: real translations only (plus x-default), or empty. */
  alternates: LocaleTarget[];
  xDefault?: string;
  /** Every locale version of this page, the current one included. */
  switcher: LocaleTarget[];
  /** The locale indexes, for the footer. */
  editions: LocaleTarget[];
  year: number;
  main: Child[];
}

function switcherNav(t: Translator, targets: readonly LocaleTarget[]): Element {
  const items = targets.map((target) =>
    target.locale === t.locale
      ? h(
          'li',
          h(
            'span',
            {
              ariaCurrent: 'true',
              lang: languageTag(target.locale),
              title: t.t('language.current', { language: languageName(target.locale, t.locale) }),
            },
            autonym(target.locale),
          ),
        )
      : h(
          'li',
          h(
            'a',
            {
              href: target.href,
              hrefLang: languageTag(target.locale),
              lang: languageTag(target.locale),
              title: t.t('language.readIn', { language: languageName(target.locale, t.locale) }),
            },
            autonym(target.locale),
          ),
        ),
  );
  return h('nav.switcher', { ariaLabel: t.t('language.switcherLabel') }, h('ul', items));
}

/** The generator every page names in its head: it also marks a folder as an l10n build output. */
export const GENERATOR = 'l10n';

/** The complete page: `<html lang dir>` is the UI locale; the content comes in `main`. */
export function pageShell(input: ShellInput): Root {
  const { t, up } = input;
  const home = `${up}${t.locale}/`;
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: GENERATOR }),
    h('title', `${input.title} · ${t.t('site.name')}`),
    h('meta', { name: 'description', content: input.description }),
    h('link', { rel: 'canonical', href: input.canonical }),
    ...input.alternates.map((alt) => h('link', { rel: 'alternate', hrefLang: languageTag(alt.locale), href: alt.url })),
    ...(input.xDefault ? [h('link', { rel: 'alternate', hrefLang: 'x-default', href: input.xDefault })] : []),
    h('meta', { property: 'og:type', content: input.ogType }),
    h('meta', { property: 'og:title', content: input.title }),
    h('meta', { property: 'og:description', content: input.description }),
    h('meta', { property: 'og:url', content: input.canonical }),
    h('meta', { property: 'og:site_name', content: t.t('site.name') }),
    h('meta', { property: 'og:locale', content: ogLocale(t.locale) }),
    ...input.alternates
      .filter((alt) => alt.locale !== t.locale)
      .map((alt) => h('meta', { property: 'og:locale:alternate', content: ogLocale(alt.locale) })),
    h('link', { rel: 'stylesheet', href: `${up}${SITE_CSS_PATH}` }),
    h('link', { rel: 'icon', type: 'image/svg+xml', href: `${up}${FAVICON_PATH}` }),
  ]);
  const header = h('header.site-header', [
    h('a.skip', { href: '#main' }, t.t('nav.skipToContent')),
    h('a.brand', { href: home }, t.t('site.name')),
    h(
      'nav',
      { ariaLabel: t.t('nav.label') },
      h('ul', [h('li', h('a', { href: home }, t.t('nav.home'))), h('li', h('a', { href: `${home}#articles` }, t.t('nav.articles')))]),
    ),
    ...(input.switcher.length > 1 ? [switcherNav(t, input.switcher)] : []),
    h('p.tagline', t.t('site.tagline')),
  ]);
  const footer = h('footer.site-footer', [
    h('nav', { ariaLabel: t.t('footer.languages') }, [
      h('p', t.t('footer.languages')),
      h(
        'ul',
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
    ]),
    h('p', t.t('footer.rights', { year: input.year })),
  ]);
  const body = h('body', [header, h('main#main', {}, ...input.main), footer]);
  return {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang: languageTag(t.locale), dir: textDirection(t.locale) }, [head, body])],
  };
}
