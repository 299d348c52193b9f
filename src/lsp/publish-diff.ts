import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Remembers what was last published for each file, so a keystroke republishes only the files
 * whose diagnostics changed (and clears those that have none left).
 */
export class PublishDiff {
  private readonly sent = new Map<string, string>();

  /** The files whose diagnostics differ from the last call's, each with its list now (empty: cleared). */
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
      const signature = JSON.stringify(list);
      if (this.sent.get(file) === signature) continue;
      changed.set(file, list);
      if (list.length === 0) this.sent.delete(file);
      else this.sent.set(file, signature);
    }
    return changed;
  }
}
