import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSuppressions } from '../../src/suppressions/format-suppressions.js';
import { parseSuppressions } from '../../src/suppressions/parse-suppressions.js';
import { entryId, type Subject, type SuppressionEntry } from '../../src/suppressions/suppression-entry.js';

const known = new Set(['missing-key', 'duplicate-key', 'locale-code']);

/** The first problem as `line:column message`, as the CLI prints it after the file name. */
function firstProblem(text: string): string {
  const parsed = parseSuppressions(text, known);
  if (parsed.ok) throw new Error('expected a problem');
  const [first] = parsed.problems;
  return `${first?.line}:${first?.column} ${first?.message}`;
}

describe('parseSuppressions', () => {
  it('reads both sections into entries by rule and subject', () => {
    const parsed = parseSuppressions(
      '{"keys": {"missing-key": {"es": {"common": {"a.b": 2}}}}, "files": {"locale-code": {"locales/pt-br/x.json": 1}}}',
      known,
    );
    expect(parsed.ok && [...parsed.suppressions.values()]).toEqual([
      { ruleId: 'missing-key', subject: { kind: 'key', locale: 'es', namespace: 'common', key: 'a.b' }, count: 2 },
      { ruleId: 'locale-code', subject: { kind: 'file', file: 'locales/pt-br/x.json' }, count: 1 },
    ]);
  });

  it.each([
    ['{\n  "keys": {\n    "missing-key": {,\n', '3:21 expected a value (is there a trailing comma, or is the file cut short?)'],
    ['', '1:1 the file is empty: a suppressions file is a JSON object, at least {}'],
    ['\n  [1]', '2:3 the file must be an object, not an array'],
    ['{\n  "keys": {\n    "missing-keys": {}\n  }\n}', '3:5 unknown rule "missing-keys" (known: missing-key, duplicate-key, locale-code)'],
    ['{"keys": {}, "rules": {}}', '1:14 unknown section "rules": a suppressions file holds "keys" and "files"'],
    [
      '{"keys": {"missing-key": {"es": {"common": {"a": "2"}}}}}',
      '1:50 expected how many findings are suppressed, a whole number 1 or more, not a string',
    ],
    [
      '{"keys": {"missing-key": {"es": {"common": {"a": 0}}}}}',
      '1:50 expected how many findings are suppressed, a whole number 1 or more, not 0',
    ],
    [
      '{"keys": {"missing-key": {"es": {"common": {"a": 1.5}}}}}',
      '1:50 expected how many findings are suppressed, a whole number 1 or more, not 1.5',
    ],
    ['{"keys": {"missing-key": {"es": ["common"]}}}', '1:33 the namespaces of missing-key in es must be an object, not an array'],
    ['{"files": {"locale-code": {"a.json": 1, "a.json": 2}}}', '1:41 "a.json" appears twice in the files of locale-code: merge the two'],
    [
      '{"keys": {"missing-key": {"es": {"common": {"a": [[[[1]]]]}}}}}',
      '1:50 nested deeper than a suppressions file is (rule, locale, namespace, key): 5 levels',
    ],
  ])('refuses %j at %s', (text, problem) => {
    expect(firstProblem(text)).toBe(problem);
  });

  it('lists every problem in file order', () => {
    const parsed = parseSuppressions('{"keys": {"a": {}, "b": {}}, "files": {"c": {}}}', known);
    expect(parsed.ok ? [] : parsed.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['1:11', '1:20', '1:40']);
  });

  it('keeps a key named __proto__ as a key', () => {
    const parsed = parseSuppressions('{"keys": {"missing-key": {"es": {"common": {"__proto__": 1}}}}}', known);
    expect(parsed.ok && [...parsed.suppressions.values()].map((e) => e.subject)).toEqual([
      { kind: 'key', locale: 'es', namespace: 'common', key: '__proto__' },
    ]);
  });
});

const name = fc.string({ minLength: 0, maxLength: 6 });
const subject: fc.Arbitrary<Subject> = fc.oneof(
  fc.record(
    { kind: fc.constant('key' as const), locale: name, namespace: name, key: fc.oneof(name, fc.constant('__proto__')) },
    { noNullPrototype: true },
  ),
  fc.record({ kind: fc.constant('file' as const), file: name }, { noNullPrototype: true }),
);
// One entry per rule and subject, as a file holds them.
const entries = fc.uniqueArray(
  fc.record({ ruleId: fc.constantFrom(...known), subject, count: fc.integer({ min: 1, max: 1e6 }) }, { noNullPrototype: true }),
  { maxLength: 30, selector: (e) => entryId(e.ruleId, e.subject) },
);
const toMap = (list: SuppressionEntry[]): Map<string, SuppressionEntry> => new Map(list.map((e) => [entryId(e.ruleId, e.subject), e]));

describe('the suppressions file', () => {
  it('round-trips: what formatSuppressions writes, parseSuppressions reads back as the same entries', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const suppressions = toMap(list);
        const parsed = parseSuppressions(formatSuppressions(suppressions), known);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(new Map([...parsed.suppressions].sort())).toEqual(new Map([...suppressions].sort()));
      }),
    );
  });

  it('is the same text whatever order the entries come in', () => {
    fc.assert(
      fc.property(entries, (list) => {
        expect(formatSuppressions(toMap([...list].reverse()))).toBe(formatSuppressions(toMap(list)));
      }),
    );
  });
});
