import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEverything } from '../../src/check/load-full-check.js';
import { checkExitCode } from '../../src/cli/commands/check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { formatSuppressions } from '../../src/suppressions/format-suppressions.js';
import { parseSuppressions } from '../../src/suppressions/parse-suppressions.js';
import { suppressResult } from '../../src/suppressions/suppress-result.js';
import { SUPPRESSIBLE_RULES } from '../../src/suppressions/suppressible-rules.js';
import { pruneSuppressions, suppressFindings } from '../../src/suppressions/update-suppressions.js';

const KEYS = ['title', 'nav.home', 'nav.back', 'count_one', 'count_other', 'greet', 'a.b.c', 'empty'];
const SOURCE: Record<string, string> = {
  title: 'Title',
  'nav.home': 'Home',
  'nav.back': 'Back',
  count_one: 'one item',
  count_other: '{{count}} items',
  greet: 'Hi {{name}}, <b>welcome</b>',
  'a.b.c': 'Deep',
  empty: 'Filled',
};
/** What a translation may hold for a key: a translation, the source text, a broken variable or tag, nothing. */
const VALUES = ['Traducido', 'same', 'Hola', '', '{{other}}', '<i>x</i>'];

/** A bundle as text: some keys of the pool with some of VALUES, written flat (`"a.b.c"`), nested, or repeated. */
const bundleText = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...KEYS, 'extra', 'count_many')),
    fc.array(fc.constantFrom(...VALUES), { minLength: 10, maxLength: 10 }),
    fc.boolean(),
    fc.constantFrom('ok', 'duplicate', 'broken'),
  )
  .map(([keys, values, nested, shape]) => {
    const pairs = keys.map((key, i) => {
      const value = values[i % values.length] === 'same' ? (SOURCE[key] ?? 'same') : (values[i % values.length] as string);
      return nested && key.includes('.')
        ? `${JSON.stringify(key.split('.')[0])}: {${JSON.stringify(key.split('.').slice(1).join('.'))}: ${JSON.stringify(value)}}`
        : `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    });
    if (shape === 'duplicate' && pairs.length > 0) pairs.push(pairs[0] as string, pairs[0] as string);
    return `{\n  ${pairs.join(',\n  ')}${shape === 'broken' ? ',' : ''}\n}\n`;
  });

const project = fc.record({
  locales: fc.uniqueArray(fc.constantFrom('es', 'es-AR', 'fr', 'de', 'pt-br', 'ja'), { minLength: 1, maxLength: 3 }),
  namespaces: fc.uniqueArray(fc.constantFrom('common', 'shop'), { minLength: 1, maxLength: 2 }),
  bundles: fc.array(bundleText, { minLength: 6, maxLength: 6 }),
});

describe('--suppress-all, on random projects', () => {
  it('leaves nothing to fail, nothing unused and nothing to prune, in a file that reads back as written', async () => {
    await fc.assert(
      fc.asyncProperty(project, async ({ locales, namespaces, bundles }) => {
        const root = mkdtempSync(join(tmpdir(), 'l10n-suppress-all-'));
        try {
          const source = Object.fromEntries(KEYS.map((key) => [key, SOURCE[key]]));
          let next = 0;
          for (const namespace of namespaces) {
            mkdirSync(join(root, 'locales', 'en'), { recursive: true });
            writeFileSync(join(root, 'locales', 'en', `${namespace}.json`), JSON.stringify(source));
            for (const locale of locales) {
              mkdirSync(join(root, 'locales', locale), { recursive: true });
              writeFileSync(join(root, 'locales', locale, `${namespace}.json`), bundles[next++ % bundles.length] as string);
            }
          }
          const config = parseConfig({ sourceLocale: 'en' });
          const result = await checkEverything(root, config);
          const suppressions = suppressFindings(new Map(), result.diagnostics, undefined);
          const applied = suppressResult(result, suppressions);
          expect(checkExitCode(applied.result, 0)).toBe(0);
          expect(applied.unused).toEqual([]);
          expect(applied.result.suppressed.length + applied.result.diagnostics.length).toBe(result.diagnostics.length);
          expect(pruneSuppressions(suppressions, result.diagnostics)).toEqual(suppressions);
          const parsed = parseSuppressions(formatSuppressions(suppressions), SUPPRESSIBLE_RULES);
          expect(parsed.ok && new Map([...parsed.suppressions].sort())).toEqual(new Map([...suppressions].sort()));
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  });
});
