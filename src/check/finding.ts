import type { KeySpan } from '../bundles/index-positions.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Bundle } from '../project/bundle.js';

/** Where in its file a finding points; turned into line and column only when reported. */
export type Anchor =
  /** The key token through the end of its value. */
  | { kind: 'key'; key: string }
  /** The object that should hold `key`: its deepest existing ancestor (a value of another type there itself), or 1:1. */
  | { kind: 'parent'; key: string }
  /** A part of the string value of `key`, `start` to `end` in the decoded string (an ICU argument). */
  | { kind: 'in-value'; key: string; start: number; end: number }
  /** A raw span, for syntax errors and duplicates. */
  | { kind: 'offset'; offset: number; length: number }
  | { kind: 'span'; span: KeySpan }
  /** A key written with the separator in its own name (`"a.b": ...`). */
  | { kind: 'flat-key'; key: string }
  /** The start of the file (a file that does not exist yet, or a file-wide problem). */
  | { kind: 'file' };

/** The file a finding belongs to; `bundle` is absent when the file does not exist. */
export interface FindingTarget {
  file: string;
  locale: string;
  namespace: string;
  bundle: Bundle | undefined;
}

/** A place in another bundle that explains a finding (the source key of a missing translation). */
export interface FindingRelation {
  bundle: Bundle;
  key: string;
  message: string;
}

/** What a rule reports; the runner adds rule id, severity and position. */
export interface Finding {
  target: FindingTarget;
  anchor: Anchor;
  message: string;
  key?: string;
  /**
   * The rule's grade for this finding when it is less than the rule's default level (a warning
   * within an error rule); the configured level shifts it by the same steps (gradedSeverity).
   */
  severity?: Severity;
  related?: FindingRelation[];
}

/** Shorthand for the target of an existing bundle. */
export function inBundle(bundle: Bundle): FindingTarget {
  return { file: bundle.file, locale: bundle.locale, namespace: bundle.namespace, bundle };
}
