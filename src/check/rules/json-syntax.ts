import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

/** A bundle that is not valid JSON (or not UTF-8, or unreadable): one fatal finding at its place. */
export const jsonSyntax: Rule = {
  id: 'json-syntax',
  defaultSeverity: 'error',
  description: 'The file is not a valid JSON object (syntax error, invalid UTF-8, unreadable). Nothing else is checked in it; every other file still is.',
  failing: {
    files: { 'locales/en/ui.json': '{\n  "title": "Title",\n}\n' },
    expect: ['locales/en/ui.json:3:1 json-syntax'],
  },
  passing: { files: { 'locales/en/ui.json': '{\n  "title": "Title"\n}\n' } },
  check(context, report) {
    for (const bundle of context.checkedFiles) {
      if (bundle.broken) report({ target: inBundle(bundle), anchor: { kind: 'offset', offset: bundle.broken.offset, length: bundle.broken.length }, message: bundle.broken.message });
    }
  },
};
