import fc from 'fast-check';
import i18next from 'i18next';
import { expect, it } from 'vitest';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';
import { referencedKey, referencedNamespace, splitNamespace } from '../../src/bundles/reference-target.js';

// Keys as apps write them: object paths (`common:title`), natural language (`Status: ok`, `URL:`),
// dotted names before a colon (`Ollama.com: {{NAME}}`) and keys that hold a `$t()`.
const piece = fc.constantFrom('a', 'bc', ':', '::', '|', '.', '_', ' ', ',', '?', '!', ';', '$t(x)', 'Ollama.com', '{{NAME}}');
const key = fc.array(piece, { minLength: 1, maxLength: 7 }).map((parts) => parts.join(''));
const splitting = fc.record({
  nsSeparator: fc.constantFrom<string | false>(':', '::', '|', false),
  keySeparator: fc.constantFrom<string | false>('.', '_', false),
  separatorsGiven: fc.boolean(),
});

/** i18next 26's own reading of a key (Translator.extractFromKey), set up as the config says the app sets it. */
function i18nextSplit(k: string, s: { nsSeparator: string | false; keySeparator: string | false; separatorsGiven: boolean }) {
  const i18n = i18next.createInstance();
  // An app that gives no separator string leaves i18next's defaults (':' and '.'), or turns one off.
  void i18n.init({
    initAsync: false,
    defaultNS: 'own',
    ...(s.separatorsGiven || s.nsSeparator === false ? { nsSeparator: s.nsSeparator } : {}),
    ...(s.separatorsGiven || s.keySeparator === false ? { keySeparator: s.keySeparator } : {}),
  });
  const translator = (i18n as unknown as { translator: { extractFromKey(k: string, o: object): { key: string; namespaces: string[] } } })
    .translator;
  return translator.extractFromKey(k, {});
}

it('splits a key at its namespace separator exactly as i18next 26 does, natural language and $t() included', () => {
  fc.assert(
    fc.property(key, splitting, (k, s) => {
      // Without a separator string given, the app runs i18next's defaults: ':' and '.'.
      fc.pre(
        s.separatorsGiven || ((s.nsSeparator === ':' || s.nsSeparator === false) && (s.keySeparator === '.' || s.keySeparator === false)),
      );
      fc.pre(
        s.separatorsGiven
          ? s.nsSeparator !== s.keySeparator && (typeof s.nsSeparator === 'string' || typeof s.keySeparator === 'string')
          : true,
      );
      const ours = splitNamespace(k, { ...s, interpolation: DEFAULT_SYNTAX });
      const theirs = i18nextSplit(k, s);
      expect({ key: ours.key, namespace: ours.namespace ?? 'own' }).toEqual({ key: theirs.key, namespace: theirs.namespaces[0] });
    }),
    { numRuns: 2000 },
  );
});

it('reads the examples of real projects as i18next does', () => {
  const defaults = { nsSeparator: ':', keySeparator: '.', separatorsGiven: false, interpolation: DEFAULT_SYNTAX } as const;
  expect(splitNamespace('Status: ok', defaults)).toEqual({ namespace: undefined, key: 'Status: ok' });
  expect(splitNamespace('URL:', defaults)).toEqual({ namespace: 'URL', key: '' });
  expect(splitNamespace('Ollama.com: {{NAME}}', defaults)).toEqual({ namespace: 'Ollama.com', key: ' {{NAME}}' });
  expect(splitNamespace('common:title', defaults)).toEqual({ namespace: 'common', key: 'title' });
  expect(splitNamespace('Status: ok', { ...defaults, separatorsGiven: true })).toEqual({ namespace: 'Status', key: ' ok' });
  expect(referencedNamespace({ key: 'Status: ok', namespace: 'shared' }, 'own', defaults)).toBe('shared');
  expect(referencedKey('common:nav:home', defaults)).toBe('nav.home');
});
