import { locate } from '../../project/bundle.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

/** The same key twice in one object: JSON.parse keeps the last silently, so one translation is lost. */
export const duplicateKey: Rule = {
  id: 'duplicate-key',
  defaultSeverity: 'error',
  description: 'A key appears twice in the same object. i18next keeps only the last value, so the first one is silently lost.',
  failing: {
    files: { 'locales/en/ui.json': '{\n  "title": "Title",\n  "title": "Heading"\n}\n' },
    expect: ['locales/en/ui.json:3:3 duplicate-key'],
  },
  claims: [{ says: 'i18next keeps only the last value', locale: 'en', key: 'title', shows: 'Heading' }],
  passing: { files: { 'locales/en/ui.json': '{\n  "title": "Title",\n  "heading": "Heading"\n}\n' } },
  check(context, report) {
    for (const bundle of context.checkedFiles) {
      if (!bundle.mayHaveDuplicates) continue;
      const { positions, lines } = locate(bundle, context.keySeparator);
      for (const duplicate of positions.duplicates) {
        const first = lines.position(duplicate.first.keyStart);
        report({
          target: inBundle(bundle),
          anchor: { kind: 'span', span: duplicate.again },
          key: duplicate.key,
          message: `duplicate key "${duplicate.key}" (first at line ${first.line}, column ${first.column}); only this last value is used`,
        });
      }
    }
  },
};
