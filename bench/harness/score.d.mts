import type { Defect } from '../generate-project.mjs';

/** A checker's finding; `rule` is null for checkers without rule ids. */
export interface Finding {
  rule: string | null;
  file: string;
  key: string | null;
}

/** Recall per kind, overall, and the findings that match no defect. */
export interface Score {
  found: number;
  total: number;
  byKind: Record<string, { found: number; total: number }>;
  falseAlarms: number;
  falseAlarmSamples: Finding[];
}

/** Findings of `l10n check --format json`. */
export declare function l10nFindings(stdout: string): Finding[];
/** Findings of @lingual/i18n-check from its table reporter. */
export declare function i18nCheckFindings(stdout: string): Finding[];
/** Scores findings against recorded defects. */
export declare function score(findings: Finding[], defects: Defect[]): Score;
