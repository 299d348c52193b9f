import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';
import { firstUnit, lastUnit } from '../../bundles/edge-units.js';

/** Whether a UTF-16 unit is whitespace as `\s` sees it; -1 (an empty string's edge) is not. */
function isSpace(code: number): boolean {
  return (code >= 0 && code <= 32) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The whitespace a string starts with, or undefined; trimStart removes exactly what `\s` matches. */
function leading(value: string): string | undefined {
  const rest = value.trimStart().length;
  return rest === value.length ? undefined : value.slice(0, value.length - rest);
}

/**
 * The whitespace a string ends with, or undefined. Not `/\s+$/`: that tries every start of a
 * run of spaces and scans it to the end, so a million spaces before a letter took minutes.
 */
function trailing(value: string): string | undefined {
  const rest = value.trimEnd().length;
  return rest === value.length ? undefined : value.slice(rest);
}

/** An edge as the message quotes it: a long run is shortened, with its length. */
function shown(edge: string): string {
  return edge.length <= 20 ? JSON.stringify(edge) : `${JSON.stringify(edge.slice(0, 10))}… (${edge.length} characters)`;
}

/** What one edge holds against the source's: both named, or the side that has none said so. */
function difference(edge: string, ours: string | undefined, theirs: string | undefined, sourceLocale: string): string {
  if (ours === undefined) return `no ${edge} whitespace where the ${sourceLocale} source has ${shown(theirs ?? '')}`;
  if (theirs === undefined) return `${edge} whitespace ${shown(ours)} where the ${sourceLocale} source has none`;
  return `${edge} whitespace ${shown(ours)} differs from the ${sourceLocale} source's ${shown(theirs)}`;
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
      ['leading', leading(value), leading(sourceValue)],
      ['trailing', trailing(value), trailing(sourceValue)],
    ] as const;
    for (const [edge, ours, theirs] of edges) {
      if (ours === theirs) continue;
      const key = pair.key;
      report({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, message: difference(edge, ours, theirs, context.sourceLocale) });
    }
  },
};
