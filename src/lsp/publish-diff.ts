import { isDeepStrictEqual } from 'node:util';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';

/** What was last published for a file: the diagnostics themselves, in report order. */
interface Sent {
  held: ReadonlySet<Diagnostic>;
  list: readonly Diagnostic[];
}

/** Whether two lists in report order say the same, finding by finding (stops at the first difference). */
function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i] || isDeepStrictEqual(d, b[i]));
}

/**
 * Remembers what was last published for each file, so a keystroke republishes only the files
 * whose diagnostics changed (and clears those that have none left). The session keeps the
 * diagnostics of what it did not re-check as the same objects, so a file holding exactly the
 * objects it held is unchanged without being compared; only the others are sorted and compared
 * with the list last sent, finding by finding (a re-check that finds the same again is not
 * republished). No text of the lists is kept or built: a project with tens of thousands of
 * findings would pay for it in time and memory on every edit.
 */
export class PublishDiff {
  private readonly sent = new Map<string, Sent>();

  /** The files whose diagnostics differ from the last call's, each with its list now in report order (empty: cleared). */
  changes(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) {
      const list = byFile.get(d.file);
      if (list) list.push(d);
      else byFile.set(d.file, [d]);
    }
    const changed = new Map<string, Diagnostic[]>();
    for (const file of new Set([...this.sent.keys(), ...byFile.keys()])) {
      const list = byFile.get(file) ?? [];
      const before = this.sent.get(file);
      if (before && before.held.size === list.length && list.every((d) => before.held.has(d))) continue;
      list.sort(compareDiagnostics);
      if (list.length === 0) this.sent.delete(file);
      else this.sent.set(file, { held: new Set(list), list });
      if (!sameFindings(before?.list ?? [], list)) changed.set(file, list);
    }
    return changed;
  }
}
