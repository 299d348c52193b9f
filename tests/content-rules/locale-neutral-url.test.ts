import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeNeutralUrl } from '../../src/content/locale-neutral-url.js';

describe('localeNeutralUrl', () => {
  it('leaves out the locale segment of relative, absolute and full URLs, whatever its case', () => {
    expect(localeNeutralUrl('/en/guides/x/', 'en')).toBe(localeNeutralUrl('/es/guides/x/', 'es'));
    expect(localeNeutralUrl('../en/x#top', 'en')).toBe(localeNeutralUrl('../es-ar/x#top', 'es-AR'));
    expect(localeNeutralUrl('https://developer.mozilla.org/en-US/docs/Web', 'en')).toBe('https://developer.mozilla.org/{{lng}}/docs/Web');
    expect(localeNeutralUrl('https://en.example.com/guide?lang=en', 'en')).toBe('https://en.example.com/guide?lang=en');
  });

  it('tells apart links to other pages, and does not take a word for a locale', () => {
    expect(localeNeutralUrl('/en/guides/x/', 'en')).not.toBe(localeNeutralUrl('/es/guides/y/', 'es'));
    expect(localeNeutralUrl('/end/x', 'en')).toBe('/end/x');
    expect(localeNeutralUrl('/en-route/x', 'en')).toBe('/en-route/x');
  });

  it('a path written under one locale matches itself written under another', () => {
    const segment = fc.stringMatching(/^[a-z0-9_.~]{4,10}$/);
    const locale = fc.constantFrom('en', 'es', 'es-AR', 'pt-BR', 'zh-cn', 'fr');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), locale, locale, fc.boolean(), (path, a, b, absolute) => {
        const under = (lng: string): string => `${absolute ? 'https://docs.example.org' : ''}/${lng.toLowerCase()}/${path.join('/')}/`;
        expect(localeNeutralUrl(under(a), a)).toBe(localeNeutralUrl(under(b), b));
        expect(localeNeutralUrl(`/${path.join('/')}`, a)).toBe(`/${path.join('/')}`);
      }),
    );
  });
});
