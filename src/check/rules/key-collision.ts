import { inBundle } from '../finding.js';
import { lookupPath } from '../lookup-path.js';
import type { Rule } from '../rule.js';

/** `"a.b"` beside a nested `a.b`: two spellings of one key, and i18next reads the nested one first. */
export const keyCollision: Rule = {
  id: 'key-collision',
  defaultSeverity: 'error',
  description:
    'A flat key with the key separator ("a.b") and a nested key (a > b) name the same translation; i18next reads the nested one first, so the other is dead text. Also a key under a flat name that i18next never reaches ("a.b": {"d"} beside a nested a > b: it follows the nested a.b and never comes back).',
  failing: {
    files: { 'locales/en/ui.json': '{\n  "menu": { "open": "Open" },\n  "menu.open": "Open menu"\n}\n' },
    expect: ['locales/en/ui.json:3:3 key-collision'],
  },
  passing: { files: { 'locales/en/ui.json': '{\n  "menu": { "open": "Open", "close": "Close" }\n}\n' } },
  check(context, report) {
    for (const bundle of context.checkedFiles) {
      if (!bundle.mayHaveCollisions) continue;
      const flat = bundle.flat;
      if (!flat || !bundle.data) continue;
      for (const key of flat.collisions) {
        report({
          target: inBundle(bundle),
          anchor: { kind: 'flat-key', key },
          key,
          message: `"${key}" is written both as one flat key and as nested keys; i18next reads the nested spelling first, so the flat one shows only where the nested value is null`,
        });
      }
      if (context.keySeparator === false) continue;
      const collided = new Set(flat.collisions);
      for (const [key, value] of flat.values) {
        if (collided.has(key) || typeof value !== 'string' || lookupPath(bundle.data, key, context.keySeparator) === value) continue;
        report({
          target: inBundle(bundle),
          anchor: { kind: 'flat-key', key },
          key,
          message: `"${key}" can never be read: i18next follows the nested objects of its path and never comes back to the flat spelling`,
        });
      }
    }
  },
};
