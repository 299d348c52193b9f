import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

/** A bundle that is not valid JSON (or not UTF-8, or unreadable): one fatal finding at its place. */
export const jsonSyntax: Rule = {
  id: 'json-syntax',
  defaultSeverity: 'error',
  description:
    'The file is not a valid JSON object (syntax error, invalid UTF-8, unreadable). Nothing else is checked in it; every other file still is.',
  docs: {
    checks:
      'not valid JSON (trailing comma, comment, unterminated string, cut short), not UTF-8, unreadable; one finding at its place, every other file still checked',
    why: 'A file `JSON.parse` rejects is not loaded at all: i18next gets none of its strings, and readers see the fallback language (or raw keys) for every key in it.',
    passes: 'Any file `JSON.parse` accepts, whatever its layout; a broken file does not stop the others from being checked.',
  },
  examples: {
    invalid: [
      {
        name: 'A trailing comma',
        files: { 'locales/en/ui.json': '{\n  "title": "Title",\n}\n' },
        expect: ['locales/en/ui.json:3:1 error expected a property name in double quotes (is there a trailing comma?) [json-syntax]'],
      },
      {
        name: 'A comment (JSON has none)',
        files: {
          'locales/en/ui.json': '{\n  // the page title\n  "title": "Title"\n}\n',
        },
        expect: ['locales/en/ui.json:2:3 error comments are not allowed in JSON [json-syntax]'],
      },
      {
        name: 'A file cut short',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n',
        },
        expect: ['locales/en/ui.json:3:1 error expected "}" (is the file cut short?) [json-syntax]'],
      },
    ],
    valid: [
      { name: 'Valid JSON', files: { 'locales/en/ui.json': '{\n  "title": "Title"\n}\n' } },
      {
        name: 'Escaped quotes and unicode escapes',
        files: {
          'locales/en/ui.json': '{\n  "quote": "She said \\"hi\\" \\u2014 twice"\n}\n',
        },
      },
    ],
  },
  check(context, report) {
    for (const bundle of context.checkedFiles) {
      if (bundle.broken)
        report({
          target: inBundle(bundle),
          anchor: { kind: 'offset', offset: bundle.broken.offset, length: bundle.broken.length },
          message: bundle.broken.message,
        });
    }
  },
};
