import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { renderConfig, type InitConfig } from '../../src/init/render-config.js';
import { tempProject } from '../support/temp-project.js';

const root = tempProject({});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder name as a file system may hold it: quotes, backslash-free, `${`, `*\/`, newlines, emoji. */
const segment = fc
  .string({
    minLength: 1,
    maxLength: 8,
    unit: fc.constantFrom('a', 'é', "'", '"', '`', '$', '{', '}', '*', '/', '\n', ' ', '😀', '\u2028'),
  })
  .filter((name) => !name.includes('/') && name !== '.' && name !== '..');

const pattern = fc
  .array(
    segment.filter((name) => !/\{\{|\}\}/.test(name)),
    { minLength: 0, maxLength: 3 },
  )
  .map((dirs) => [...dirs, '{{lng}}.json'].join('/'));

const config: fc.Arbitrary<InitConfig> = fc.record(
  {
    // init proposes no pattern over a folder whose name holds `{{` or `}}` (see findBundleSets); a list for folders of one namespace.
    bundles: fc.oneof(
      pattern,
      fc.array(pattern, { minLength: 2, maxLength: 4 }),
      // A locale whose files do not name it, beside the pattern of the others.
      fc.tuple(
        pattern,
        pattern.map((text) => ({ pattern: text.replace('{{lng}}', '{{ns}}'), locale: 'en' })),
      ),
    ),
    contentDir: segment,
    sourceLocale: fc.constant('en'),
    locales: fc
      .subarray(['de', 'es-AR', 'pt_BR', 'zh-Hant-TW', 'fr', 'ja', 'ko', 'ru', 'uk', 'it', 'nl', 'pl', 'sv', 'tr', 'ar'])
      .map((rest) => ['en', ...rest]),
    namespaces: fc.array(
      segment.filter((name) => !/\{\{|\}\}/.test(name)),
      { minLength: 1, maxLength: 3 },
    ),
    fallbacks: fc.dictionary(
      fc.constantFrom('fr', 'pt-BR', 'zh-Hant-TW', 'es_AR', 'default'),
      fc.array(fc.constantFrom('fr-FR', 'en', 'pt'), { maxLength: 3 }),
    ),
    keySeparator: fc.constant(false as const),
    nsSeparator: fc.constant(false as const),
    interpolation: fc.record({ prefix: segment, suffix: segment, escapeValue: fc.boolean() }, { requiredKeys: [] }),
    // A rule's options as init writes them: formatter names the app adds, named anyhow.
    rules: fc.oneof(
      fc.constant({ 'locale-code': 'off' as const }),
      fc
        .array(segment, { minLength: 1, maxLength: 3 })
        .map((formatters) => ({ 'format-mismatch': ['error', { formatters }] as ['error', { formatters: string[] }] })),
    ),
  },
  { requiredKeys: ['sourceLocale', 'locales'] },
);

it('writes a config that loads back to exactly what was inferred, whatever the folders are named', async () => {
  await fc.assert(
    fc.asyncProperty(config, async (inferred) => {
      writeFileSync(join(root, 'l10n.config.ts'), renderConfig(inferred));
      const { config: loaded } = await loadConfig(root);
      expect(loaded).toMatchObject(Object.fromEntries(Object.entries(inferred).filter(([, value]) => value !== undefined)));
    }),
    { numRuns: 40 },
  );
});

it('keeps lines short: a long locale list is wrapped', () => {
  const locales = ['en', ...Array.from({ length: 40 }, (_, i) => `x${String.fromCharCode(97 + (i % 26))}${i}`)];
  const lines = renderConfig({ sourceLocale: 'en', locales }).split('\n');
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
  expect(lines).toContain('  locales: [');
});

it('writes an object too long for a line one property per line (readest: a fallback per locale)', () => {
  const fallbacks = Object.fromEntries(
    ['zh-TW', 'zh-HK', 'pt-BR', 'es-AR', 'fr-CA', 'de-AT'].map((code) => [code, [code.slice(0, 2), 'en']]),
  );
  const text = renderConfig({ sourceLocale: 'en', locales: ['en'], fallbacks });
  const lines = text.split('\n');
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
  expect(lines).toContain('  fallbacks: {');
  expect(lines).toContain('    "zh-TW": ["zh", "en"],');
  // A short object stays on its line.
  expect(renderConfig({ sourceLocale: 'en', locales: ['en'], fallbacks: { fr: ['en'] } })).toContain('  fallbacks: { fr: ["en"] },');
});
