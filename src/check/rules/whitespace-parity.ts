import { comparableTargets } from '../absent-keys.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

const LEADING = /^\s+/;
const TRAILING = /\s+$/;

function describe(space: string | undefined): string {
  if (!space) return 'none';
  return JSON.stringify(space);
}

/** Leading or trailing whitespace that differs from the source: words run together or gaps appear. */
export const whitespaceParity: Rule = {
  id: 'whitespace-parity',
  defaultSeverity: 'warning',
  description: 'A translation starts or ends with other whitespace than its source; strings joined in code then run together or gain gaps.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "by": "By "\n}\n',
      'locales/es/ui.json': '{\n  "by": "Por"\n}\n',
    },
    expect: ['locales/es/ui.json:2:3 whitespace-parity'],
  },
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "by": "By "\n}\n',
      'locales/es/ui.json': '{\n  "by": "Por "\n}\n',
    },
  },
  check(context, report) {
    for (const [, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      for (const pair of context.pairs(bundle)) {
        const { value, sourceValue } = pair;
        if (value.trim() === '') continue;
        const edges = [
          ['leading', value.match(LEADING)?.[0], sourceValue.match(LEADING)?.[0]],
          ['trailing', value.match(TRAILING)?.[0], sourceValue.match(TRAILING)?.[0]],
        ] as const;
        for (const [edge, ours, theirs] of edges) {
          if (ours === theirs) continue;
          report({ target: inBundle(bundle), anchor: { kind: 'key', key: pair.key }, key: pair.key, message: `${edge} whitespace ${describe(ours)} differs from the ${context.sourceLocale} source's ${describe(theirs)}` });
        }
      }
    }
  },
};
