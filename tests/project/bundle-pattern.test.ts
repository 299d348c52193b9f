import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildNamespaceOf,
  bundlePathOf,
  fillPattern,
  matchBundleFile,
  matchPattern,
  parsePattern,
} from '../../src/project/bundle-pattern.js';

const PATTERNS = [
  'locales/{{lng}}/{{ns}}.json',
  'i18n/{{lng}}.json',
  'locales/{{ns}}/{{lng}}.json',
  '{{lng}}.json',
  'src/{{ns}}.{{lng}}.json',
];
const segment = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const namespace = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const locale = fc.constantFrom('en', 'es-AR', 'pt_BR', 'zh-Hant-TW', 'aii', 'de');

describe('bundle patterns', () => {
  it('read back the locale and namespace of every path they make', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), locale, namespace, (text, lng, ns) => {
        const pattern = parsePattern(text);
        const path = fillPattern(pattern, lng, pattern.hasNamespace ? ns : 'translation', 'translation');
        expect(path).toBeDefined();
        expect(matchPattern(pattern, path ?? '', 'translation')).toMatchObject({
          locale: lng,
          namespace: pattern.hasNamespace ? ns : 'translation',
        });
      }),
    );
  });

  it('write a named locale under its name and read the name back as its code', () => {
    const name = fc
      .stringMatching(/^[a-z][a-z-]{2,20}$/)
      .filter((text) => !['en', 'es-AR', 'pt_BR', 'zh-Hant-TW', 'aii', 'de'].includes(text));
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), locale, locale, name, namespace, (text, named, lng, alias, ns) => {
        const pattern = parsePattern(text, { [named]: alias });
        const path = fillPattern(pattern, lng, pattern.hasNamespace ? ns : 'translation', 'translation') ?? '';
        expect(path).toBe(text.replace('{{lng}}', lng === named ? alias : lng).replace('{{ns}}', ns));
        expect(matchPattern(pattern, path, 'translation')).toMatchObject({
          locale: lng,
          namespace: pattern.hasNamespace ? ns : 'translation',
        });
      }),
    );
  });

  it('read and write the files of a fixed locale, only for that locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('lang/{{ns}}.json', 'i18n/{{ns}}/source.json', 'lang/main.json'),
        locale,
        locale,
        namespace,
        (text, own, lng, ns) => {
          const pattern = parsePattern({ pattern: text, locale: own });
          const name = pattern.hasNamespace ? ns : 'translation';
          const path = fillPattern(pattern, lng, name, 'translation');
          expect(path).toBe(lng === own ? text.replace('{{ns}}', ns) : undefined);
          if (path !== undefined) expect(matchPattern(pattern, path, 'translation')).toMatchObject({ locale: own, namespace: name });
        },
      ),
    );
  });

  it("give a fixed locale's new file its own pattern, and other locales theirs", () => {
    const config = {
      bundles: ['lang/{{ns}}-{{lng}}.json', { pattern: 'lang/{{ns}}.json', locale: 'en' }],
      localesDir: 'locales',
      defaultNamespace: 'translation',
      localeNames: {},
    };
    expect(bundlePathOf(config, 'en', 'admin', ['lang/admin-de.json'])).toBe('lang/admin.json');
    expect(bundlePathOf(config, 'fr', 'admin', ['lang/admin.json'])).toBe('lang/admin-fr.json');
  });

  it('read and write the files of a pattern that names its namespace, only for that namespace', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          { pattern: 'client/src/__locales/{{lng}}.json' },
          { pattern: '{{lng}}.json' },
          { pattern: 'lang/main.json', locale: 'en' },
        ),
        namespace,
        locale,
        fc.option(namespace),
        (entry, own, lng, other) => {
          // Its own namespace at times, another the rest.
          const ns = other ?? own;
          const pattern = parsePattern({ ...entry, namespace: own });
          const path = fillPattern(pattern, lng, ns, 'translation');
          const held = ns === own && (entry.locale ?? lng) === lng;
          expect(path).toBe(held ? entry.pattern.replace('{{lng}}', lng) : undefined);
          if (path !== undefined) expect(matchPattern(pattern, path, 'translation')).toMatchObject({ locale: lng, namespace: own });
        },
      ),
    );
  });

  it("give a new file of a namespace its own pattern's place, whichever the siblings", () => {
    const config = {
      bundles: [
        { pattern: 'client/src/__locales/{{lng}}.json', namespace: 'translation' },
        { pattern: 'client/src/__locales-services/{{lng}}.json', namespace: 'services' },
      ],
      localesDir: 'locales',
      defaultNamespace: 'translation',
      localeNames: {},
    };
    expect(bundlePathOf(config, 'fr', 'services')).toBe('client/src/__locales-services/fr.json');
    expect(bundlePathOf(config, 'fr', 'services', ['client/src/__locales/en.json'])).toBe('client/src/__locales-services/fr.json');
    expect(bundlePathOf(config, 'fr', 'translation', ['client/src/__locales-services/en.json'])).toBe('client/src/__locales/fr.json');
    expect(bundlePathOf(config, 'fr', 'admin')).toBeUndefined();
    expect(buildNamespaceOf({ ...config, build: {} })).toBe('translation');
    expect(buildNamespaceOf({ ...config, bundles: [config.bundles[1] as { pattern: string; namespace: string }], build: {} })).toBe(
      'services',
    );
  });

  it('take at the root only names that are locales', () => {
    const root = [parsePattern('{{lng}}.json')];
    expect(matchBundleFile(root, 'en.json', 'translation')?.locale).toBe('en');
    expect(matchBundleFile(root, 'pt-BR.json', 'translation')?.locale).toBe('pt-BR');
    for (const file of ['package.json', 'tsconfig.json', 'ui.json', 'renovate.json', 'aii.json'])
      expect(matchBundleFile(root, file, 'translation'), file).toBeUndefined();
    expect(matchBundleFile(root, 'aii.json', 'translation', ['en', 'aii'])?.locale).toBe('aii');
  });

  it('give a missing file the pattern its namespace already uses', () => {
    const config = {
      bundles: ['locales/{{lng}}/{{ns}}.json', 'packages/{{ns}}/{{lng}}.json'],
      localesDir: 'locales',
      defaultNamespace: 'translation',
      localeNames: {},
    };
    expect(bundlePathOf(config, 'fr', 'admin', ['packages/admin/en.json'])).toBe('packages/admin/fr.json');
    expect(bundlePathOf(config, 'fr', 'admin')).toBe('locales/fr/admin.json');
    expect(bundlePathOf({ ...config, bundles: 'i18n/{{lng}}.json' }, 'fr', 'admin')).toBeUndefined();
    expect(
      bundlePathOf({ bundles: undefined, localesDir: './public/locales/', defaultNamespace: 'translation', localeNames: {} }, 'fr', 'ui'),
    ).toBe('public/locales/fr/ui.json');
  });
});
