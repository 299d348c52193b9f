import type { Suppressions } from './suppression-entry.js';

/** A level of the file: names to deeper levels or, at the bottom, counts. */
type Level = Map<string, Level | number>;

function levelAt(level: Level, names: readonly string[]): Level {
  let current = level;
  for (const name of names) {
    let next = current.get(name);
    if (!(next instanceof Map)) current.set(name, (next = new Map()));
    current = next;
  }
  return current;
}

// Code-unit order, as JSON.stringify would meet the names in a sorted object: the same on every machine.
const byName = (a: [string, unknown], b: [string, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function print(level: Level, indent: string): string {
  if (level.size === 0) return '{}';
  const inner = `${indent}  `;
  const lines = [...level]
    .sort(byName)
    .map(([name, value]) => `${inner}${JSON.stringify(name)}: ${typeof value === 'number' ? String(value) : print(value, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * The suppressions file's text: `keys` (rule, locale, namespace, key: count) and `files` (rule,
 * file: count), every level sorted by name and indented by two spaces, one entry per line, so a
 * fixed finding is one removed line in a diff and two runs on the same project write the same bytes.
 */
export function formatSuppressions(suppressions: Suppressions): string {
  const root: Level = new Map([
    ['files', new Map()],
    ['keys', new Map()],
  ]);
  for (const { ruleId, subject, count } of suppressions.values()) {
    if (subject.kind === 'key') levelAt(root, ['keys', ruleId, subject.locale, subject.namespace]).set(subject.key, count);
    else levelAt(root, ['files', ruleId]).set(subject.file, count);
  }
  return `${print(root, '')}\n`;
}
