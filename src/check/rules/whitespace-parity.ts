import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';
import { firstUnit, lastUnit } from '../../bundles/edge-units.js';

const LEADING = /^\s+/;
const TRAILING = /\s+$/;

/** Whether a UTF-16 unit is whitespace as `\s` sees it; -1 (an empty string's edge) is not. */
function isSpace(code: number): boolean {
  return (code >= 0 && code <= 32) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** What one edge holds against the source's: both named, or the side that has none said so. */
function difference(edge: string, ours: string | undefined, theirs: string | undefined, sourceLocale: string): string {
  if (ours === undefined) return `no ${edge} whitespace where the ${sourceLocale} source has ${JSON.stringify(theirs)}`;
  if (theirs === undefined) return `${edge} whitespace ${JSON.stringify(ours)} where the ${sourceLocale} source has none`;
  return `${edge} whitespace ${JSON.stringify(ours)} differs from the ${sourceLocale} source's ${JSON.stringify(theirs)}`;
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
  checkPair(pair, bundle, context, report) {
    const { value, sourceValue } = pair;
    if (!isSpace(firstUnit(value)) && !isSpace(lastUnit(value)) && !isSpace(firstUnit(sourceValue)) && !isSpace(lastUnit(sourceValue))) return;
    if (value.trim() === '') return;
    const edges = [
      ['leading', value.match(LEADING)?.[0], sourceValue.match(LEADING)?.[0]],
      ['trailing', value.match(TRAILING)?.[0], sourceValue.match(TRAILING)?.[0]],
    ] as const;
    for (const [edge, ours, theirs] of edges) {
      if (ours === theirs) continue;
      const key = pair.key;
      report({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, message: difference(edge, ours, theirs, context.sourceLocale) });
    }
  },
};
