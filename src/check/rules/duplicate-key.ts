import { locate } from '../../project/bundle.js';
import { inBundle } from '../finding.js';
import { keysLostToDuplicate } from '../../bundles/duplicate-loss.js';
import type { Rule } from '../rule.js';

/** The keys a first object loses, a few named: the message says what the page no longer has. */
function lostText(lost: readonly string[]): string {
  if (lost.length === 0) return '';
  const named = lost
    .slice(0, 5)
    .map((key) => `"${key}"`)
    .join(', ');
  return `, so ${lost.length === 1 ? 'the key' : `${lost.length} keys`} only the first holds ${lost.length === 1 ? 'is' : 'are'} lost: ${named}${lost.length > 5 ? ` and ${lost.length - 5} more` : ''}`;
}

/** The same key twice in one object: JSON.parse keeps the last silently, so one translation is lost. */
export const duplicateKey: Rule = {
  id: 'duplicate-key',
  defaultSeverity: 'error',
  description:
    'A key appears twice in the same object. i18next keeps only the last value, so the first one is silently lost; for an object written twice, so is every key only the first holds, which the message names.',
  docs: {
    checks: 'a key twice in one object (JSON.parse silently keeps the last)',
    why: '`JSON.parse` keeps the last value without a word: the first translation is lost, and a translator who corrects it sees no change on the page.',
    passes: 'The same name in different objects, and names that differ only in case (`Title` and `title` are two keys to i18next).',
  },
  examples: {
    invalid: [
      {
        name: 'The same key twice',
        files: { 'locales/en/ui.json': '{\n  "title": "Title",\n  "title": "Heading"\n}\n' },
        expect: [
          'locales/en/ui.json:3:3 error duplicate key "title" (first at line 2, column 3); only this last value is used [duplicate-key]',
        ],
      },
      {
        name: 'Twice in a nested object',
        files: {
          'locales/en/ui.json': '{\n  "nav": {\n    "home": "Home",\n    "home": "Start"\n  }\n}\n',
        },
        expect: [
          'locales/en/ui.json:4:5 error duplicate key "nav.home" (first at line 3, column 5); only this last value is used [duplicate-key]',
        ],
      },
      {
        name: 'An object written twice: the keys only the first holds are lost',
        files: {
          'locales/en/ui.json': '{\n  "settings": { "title": "Settings", "save": "Save" },\n  "settings": { "save": "Save" }\n}\n',
        },
        expect: [
          'locales/en/ui.json:3:3 error duplicate key "settings" (first at line 2, column 3); only this last value is used, so the key only the first holds is lost: "settings.title" [duplicate-key]',
        ],
      },
    ],
    valid: [
      { name: 'Distinct keys', files: { 'locales/en/ui.json': '{\n  "title": "Title",\n  "heading": "Heading"\n}\n' } },
      {
        name: 'The same name in two objects',
        files: {
          'locales/en/ui.json': '{\n  "nav": { "title": "Menu" },\n  "title": "Title",\n  "Title": "Heading"\n}\n',
        },
      },
    ],
  },
  claims: [{ says: 'i18next keeps only the last value', locale: 'en', key: 'title', shows: 'Heading' }],
  check(context, report) {
    for (const bundle of context.checkedFiles) {
      if (!bundle.mayHaveDuplicates) continue;
      const { positions, lines } = locate(bundle, context.keySeparator);
      for (const duplicate of positions.duplicates) {
        const first = lines.position(duplicate.first.keyStart);
        const lost = keysLostToDuplicate(bundle.text, duplicate.key, duplicate.first, duplicate.again, context.keySeparator || '.');
        report({
          target: inBundle(bundle),
          anchor: { kind: 'span', span: duplicate.again },
          key: duplicate.key,
          message: `duplicate key "${duplicate.key}" (first at line ${first.line}, column ${first.column}); only this last value is used${lostText(lost)}`,
        });
      }
    }
  },
};
