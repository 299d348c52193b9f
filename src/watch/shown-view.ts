import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { applySuppressions } from '../suppressions/apply-suppressions.js';
import type { Suppressions } from '../suppressions/suppression-entry.js';

/** A re-check's diagnostics before and after, each without what the suppressions hid at its time. */
export interface ShownSwap {
  before: Diagnostic[];
  after: Diagnostic[];
}

/**
 * What the watcher shows of its diagnostics under the suppressions `check` applied to its first
 * report, and within that report's `--rule` and `--severity`. An entry's findings are counted over
 * the whole project (one more finding reveals them all), so after each re-check the hidden set is
 * worked out over everything the watcher holds, and the re-check's before and after are each
 * filtered by the set of their own time.
 */
export class ShownView {
  private hidden: ReadonlySet<Diagnostic>;

  constructor(
    private readonly suppressions: Suppressions | undefined,
    everything: () => readonly Diagnostic[],
    private readonly inReport: (d: Diagnostic) => boolean = () => true,
  ) {
    this.hidden = suppressions ? this.hiddenIn(everything()) : new Set();
  }

  /** Filters a re-check's before and after, given everything the watcher holds after it (asked for only under suppressions). */
  show(before: readonly Diagnostic[], after: readonly Diagnostic[], everything: () => readonly Diagnostic[]): ShownSwap {
    const was = this.hidden;
    if (this.suppressions) this.hidden = this.hiddenIn(everything());
    return {
      before: before.filter((d) => !was.has(d) && this.inReport(d)),
      after: after.filter((d) => !this.hidden.has(d) && this.inReport(d)),
    };
  }

  private hiddenIn(everything: readonly Diagnostic[]): ReadonlySet<Diagnostic> {
    return new Set(this.suppressions ? applySuppressions(everything, this.suppressions).suppressed : []);
  }
}
