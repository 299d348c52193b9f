import { expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { toBundle } from '../../src/project/bundle.js';
import { namespaceContext } from '../../src/project/namespace-context.js';
import { sourceMemo } from '../../src/project/source-memo.js';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';

/** How a bundle file is read: i18next's key separator and nesting prefix. */
const READING = { keySeparator: '.', interpolation: DEFAULT_SYNTAX } as const;

const config = parseConfig({});
const bundle = (locale: string, text: string) =>
  toBundle({ file: `locales/${locale}/ui.json`, locale, namespace: 'ui', bytes: Buffer.from(text) }, READING);
const contextOf = (...files: ReturnType<typeof bundle>[]) =>
  namespaceContext({ namespace: 'ui', config, locales: ['en', 'es', 'de'], files, checkedLocales: new Set(files.map((f) => f.locale)) });

it('shares one memo between the contexts of a namespace over the same source bundle', () => {
  const memo = sourceMemo<number>();
  const en = bundle('en', '{ "a": "A" }');
  const first = contextOf(en, bundle('es', '{ "a": "A es" }'));
  const second = contextOf(en, bundle('de', '{ "a": "A de" }'));
  memo(first).set('a', 1);
  expect(memo(second).get('a')).toBe(1);
  expect(memo(contextOf(bundle('en', '{ "a": "A" }'))).has('a')).toBe(false);
});

it('keeps a memo per context when the namespace has no source', () => {
  const memo = sourceMemo<number>();
  const first = contextOf(bundle('es', '{ "a": "A es" }'));
  memo(first).set('a', 1);
  expect(memo(first).get('a')).toBe(1);
  expect(memo(contextOf(bundle('es', '{ "a": "A es" }'))).has('a')).toBe(false);
});
