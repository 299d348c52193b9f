import { quote } from '../../project/absent-keys.js';
import { inBundle, type Finding } from '../finding.js';
import { splitNamespace, type KeySplitting } from '../../bundles/reference-target.js';
import type { Bundle } from '../../project/bundle.js';
import { lookupPath } from '../../project/lookup-path.js';
import type { Rule } from '../rule.js';

/** What i18next reads for a key written twice, for the message. */
const spelling = (value: unknown): string =>
  typeof value === 'string' ? quote(value) : value === undefined || value === null ? 'neither' : 'an object of keys';

/**
 * Where i18next's walk down a flat key's parts stops, for the message of a key it never reaches:
 * the nested objects it enters (`"DeepSeek-V3"` for `"DeepSeek-V3.1": {"description"}`), and the
 * part the last of them lacks; empty when the first part names no object.
 */
function walkStop(data: Record<string, unknown>, key: string, sep: string): string {
  const parts = key.split(sep);
  const entered: string[] = [];
  let at: unknown = data;
  for (const part of parts) {
    const next: unknown = Object.hasOwn(at as object, part) ? (at as Record<string, unknown>)[part] : undefined;
    if (next === null || typeof next !== 'object') break;
    entered.push(part);
    at = next;
  }
  const lacked = parts[entered.length];
  return entered.length === 0 || lacked === undefined
    ? ''
    : ` (${entered.map((part) => JSON.stringify(part)).join(' > ')}, which has no ${JSON.stringify(lacked)})`;
}

/**
 * Source keys i18next reads as another namespace's (`URL:` is key "" of namespace "URL"), so a
 * t() of the key never reads it: only the source's, once, as translations follow it.
 */
function reportNamespaced(source: Bundle, splitting: KeySplitting, report: (finding: Finding) => void): void {
  const separator = splitting.nsSeparator;
  if (separator === false || separator === '') return;
  for (const key of source.flat?.values.keys() ?? []) {
    if (!key.includes(separator)) continue;
    const split = splitNamespace(key, splitting);
    if (split.namespace === undefined) continue;
    report({
      target: inBundle(source),
      anchor: { kind: 'flat-key', key },
      key,
      message: `"${key}" can never be read by its name: i18next reads it as key ${JSON.stringify(split.key)} of namespace ${JSON.stringify(split.namespace)}, ${splitting.separatorsGiven ? 'since with a separator given it takes no key for natural language' : 'since it does not read as natural language'}; set "nsSeparator": false if the app does, or reword the key`,
    });
  }
}

/** `"a.b"` beside a nested `a.b`: two spellings of one key, and i18next reads the nested one first. */
export const keyCollision: Rule = {
  id: 'key-collision',
  defaultSeverity: 'error',
  description:
    'A flat key with the key separator ("a.b") and a nested key (a > b) name the same translation; i18next reads one of them (the message says which), so the other is dead text. Also a key under a flat name that i18next never reaches ("a.b": {"d"} beside a nested a > b: it follows the nested a.b and never comes back), and a source key i18next reads as another namespace\'s ("URL:" is key "" of namespace "URL", where "Status: ok" reads as natural language), so that t("URL:") shows "".',
  docs: {
    checks:
      '`"a.b"` beside nested `a` > `b` (i18next reads one of them, not always the nested one: the message names what it reads; the other is dead text); a key under a flat name i18next never reaches (`"a.b": {"d"}` beside nested `a` > `b`: it follows the nested `a.b` and never comes back); a source key i18next splits at `:` into a namespace and a key (`URL:`, `Ollama.com: {{NAME}}`; not natural language such as `Status: ok`, unless the config gives a separator string, as the app then does)',
    why: 'i18next reads one of the two spellings; the other is dead text that translators keep updating with no effect on the page.',
    passes: 'A key written once, flat (`"menu.open"`) or nested (`"menu": { "open" }`), and flat keys whose path no nested object shares.',
  },
  examples: {
    invalid: [
      {
        name: 'A flat key beside the same nested path',
        files: { 'locales/en/ui.json': '{\n  "menu": { "open": "Open" },\n  "menu.open": "Open menu"\n}\n' },
        expect: [
          'locales/en/ui.json:3:3 error "menu.open" is written both as one flat key and as nested keys; i18next reads "Open" and never the other spelling [key-collision]',
        ],
      },
      {
        name: 'A flat key i18next never reaches',
        files: {
          'locales/en/ui.json': '{\n  "a": { "b": { "c": "C" } },\n  "a.b": { "d": "D" }\n}\n',
        },
        expect: [
          'locales/en/ui.json:3:12 error "a.b.d" can never be read: i18next follows the nested objects of its path ("a" > "b", which has no "d") and never comes back to the flat spelling [key-collision]',
        ],
      },
      {
        name: 'A source key i18next reads as another namespace',
        files: { 'locales/en/ui.json': '{\n  "URL:": "URL:",\n  "Status: ok": "Status OK"\n}\n' },
        expect: [
          'locales/en/ui.json:2:3 error "URL:" can never be read by its name: i18next reads it as key "" of namespace "URL", since it does not read as natural language; set "nsSeparator": false if the app does, or reword the key [key-collision]',
        ],
      },
    ],
    valid: [
      { name: 'Only the nested spelling', files: { 'locales/en/ui.json': '{\n  "menu": { "open": "Open", "close": "Close" }\n}\n' } },
      {
        name: 'A flat key with no nested twin',
        files: {
          'locales/en/ui.json': '{\n  "menu.open": "Open",\n  "nav": { "home": "Home" }\n}\n',
        },
      },
    ],
  },
  claims: [
    { says: 'i18next reads one of them', locale: 'en', key: 'menu.open', shows: 'Open' },
    { says: 't("URL:") shows ""', files: { 'locales/en/ui.json': '{ "URL:": "URL:" }' }, locale: 'en', key: 'URL:', shows: '' },
  ],
  check(context, report) {
    const source = context.source;
    if (context.checksSource && source?.flat) reportNamespaced(source, context.config, report);
    for (const bundle of context.checkedFiles) {
      if (!bundle.mayHaveCollisions) continue;
      const flat = bundle.flat;
      const data = bundle.data;
      if (!flat || !data) continue;
      for (const key of flat.collisions) {
        report({
          target: inBundle(bundle),
          anchor: { kind: 'flat-key', key },
          key,
          message: `"${key}" is written both as one flat key and as nested keys; i18next reads ${spelling(lookupPath(data, key, context.keySeparator))} and never the other spelling`,
        });
      }
      if (context.keySeparator === false) continue;
      const collided = new Set(flat.collisions);
      for (const [key, value] of flat.values) {
        if (collided.has(key) || typeof value !== 'string' || lookupPath(data, key, context.keySeparator) === value) continue;
        report({
          target: inBundle(bundle),
          anchor: { kind: 'flat-key', key },
          key,
          message: `"${key}" can never be read: i18next follows the nested objects of its path${walkStop(data, key, context.keySeparator)} and never comes back to the flat spelling`,
        });
      }
    }
  },
};
