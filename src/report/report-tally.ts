import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareInEnglish } from './english-order.js';
import { groupedCount } from './grouped-count.js';

/** Findings of one rule in one locale, by severity, and how many more a suppression file holds back. */
export interface TallyRow {
  /** The locale, or null for findings about no locale (the config, a template). */
  locale: string | null;
  ruleId: string;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

/** The summary of a report: totals and one row per locale x rule that has findings. */
export interface ReportTally {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings a suppressions file holds back (in scope): shown apart, never failing the run. */
  suppressed: number;
  /** Findings of rules or severities the scope (`--rule`, `--severity`) leaves out. */
  outOfScope: number;
  /** By locale (no locale last), then in rule order. */
  rows: TallyRow[];
}

const rowOf = (rows: Map<string, TallyRow>, d: Diagnostic): TallyRow => {
  const id = `${d.locale ?? ''}\u0000${d.ruleId}`;
  let row = rows.get(id);
  if (!row) rows.set(id, (row = { locale: d.locale ?? null, ruleId: d.ruleId, errors: 0, warnings: 0, infos: 0, suppressed: 0 }));
  return row;
};

/**
 * Counts every finding in scope per locale x rule x severity, and the suppressed ones apart: one
 * pass, one small row per locale and rule whatever the number of findings.
 */
export function tallyFindings(
  diagnostics: readonly Diagnostic[],
  suppressed: readonly Diagnostic[],
  keep: (d: Diagnostic) => boolean,
  ruleOrder: readonly string[],
): ReportTally {
  const rows = new Map<string, TallyRow>();
  const tally: ReportTally = { errors: 0, warnings: 0, infos: 0, suppressed: 0, outOfScope: 0, rows: [] };
  for (const d of diagnostics) {
    if (!keep(d)) {
      tally.outOfScope++;
      continue;
    }
    const row = rowOf(rows, d);
    if (d.severity === 'error') {
      row.errors++;
      tally.errors++;
    } else if (d.severity === 'warning') {
      row.warnings++;
      tally.warnings++;
    } else {
      row.infos++;
      tally.infos++;
    }
  }
  for (const d of suppressed)
    if (keep(d)) {
      rowOf(rows, d).suppressed++;
      tally.suppressed++;
    }
  const rank = (id: string): number => {
    const at = ruleOrder.indexOf(id);
    return at < 0 ? ruleOrder.length : at;
  };
  tally.rows = [...rows.values()].sort(
    (a, b) =>
      (a.locale === null ? 1 : 0) - (b.locale === null ? 1 : 0) ||
      compareInEnglish(a.locale ?? '', b.locale ?? '') ||
      rank(a.ruleId) - rank(b.ruleId) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return tally;
}

/** The summary table's columns, shared by the text and markdown reports. */
export const TALLY_HEADER = ['locale', 'rule', 'errors', 'warnings', 'infos', 'suppressed'];
/** How each column of TALLY_HEADER is aligned. */
export const TALLY_ALIGN: ('left' | 'right')[] = ['left', 'left', 'right', 'right', 'right', 'right'];

/** A tally row as the cells of TALLY_HEADER; findings about no locale are under `(none)`. */
export const tallyCells = (row: TallyRow): string[] => [
  row.locale ?? '(none)',
  row.ruleId,
  ...[row.errors, row.warnings, row.infos, row.suppressed].map((n) => groupedCount(n)),
];
