import { describe, expect, it } from 'vitest';
import { compareDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { PublishDiff } from '../../src/lsp/publish-diff.js';

const at = (file: string, line: number, message = `finding at ${line}`): Diagnostic => ({
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 1,
  severity: 'error',
  ruleId: 'missing-key',
  source: 'check',
  message,
});

describe('what the language server republishes after a change', () => {
  it('publishes every file at first, each in report order', () => {
    const diff = new PublishDiff();
    const first = diff.changes([at('b.json', 3), at('a.json', 2), at('b.json', 1)]);
    expect([...first.keys()].sort()).toEqual(['a.json', 'b.json']);
    expect(first.get('b.json')?.map((d) => d.line)).toEqual([1, 3]);
  });

  it('leaves out a file holding the same objects, in any order, and one re-checked to the same findings', () => {
    const diff = new PublishDiff();
    const kept = [at('a.json', 1), at('a.json', 2)];
    const redone = at('b.json', 5);
    diff.changes([...kept, redone]);
    expect(diff.changes([kept[1] as Diagnostic, redone, kept[0] as Diagnostic]).size).toBe(0);
    expect(diff.changes([...kept, at('b.json', 5)]).size).toBe(0);
  });

  it('republishes a file whose findings changed, and clears one that has none left', () => {
    const diff = new PublishDiff();
    const a = [at('a.json', 1), at('a.json', 2)];
    diff.changes([...a, at('b.json', 5)]);
    const changed = diff.changes([...a, at('b.json', 5, 'another message'), at('b.json', 4)]);
    expect([...changed.keys()]).toEqual(['b.json']);
    expect(changed.get('b.json')).toEqual([at('b.json', 4), at('b.json', 5, 'another message')].sort(compareDiagnostics));
    const cleared = diff.changes(a);
    expect([...cleared]).toEqual([['b.json', []]]);
    expect(diff.changes([a[0] as Diagnostic]).get('a.json')).toEqual([a[0]]);
  });
});
