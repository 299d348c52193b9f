import type { Diagnostic, RelatedLocation, Severity } from '../diagnostics/diagnostic.js';
import { locate, type Bundle } from '../project/bundle.js';
import type { Anchor, Finding } from './finding.js';

interface Span {
  start: number;
  end: number;
}

function ancestors(key: string, sep: string | false): string[] {
  if (sep === false) return [''];
  const list = [''];
  for (let at = key.indexOf(sep); at > 0; at = key.indexOf(sep, at + 1)) list.push(key.slice(0, at));
  return list.reverse();
}

function spanOf(finding: Finding, anchor: Anchor, keySeparator: string | false): Span | undefined {
  const bundle = finding.target.bundle;
  if (!bundle || anchor.kind === 'file') return undefined;
  if (anchor.kind === 'offset') return { start: anchor.offset, end: anchor.offset + anchor.length };
  if (!bundle.data) return undefined;
  const locator = locate(bundle, keySeparator);
  if (anchor.kind === 'span') return { start: anchor.span.keyStart, end: anchor.span.valueEnd };
  if (anchor.kind === 'flat-key') {
    const span = locator.positions.flatKeys.get(anchor.key) ?? locator.positions.keys.get(anchor.key);
    return span && { start: span.keyStart, end: span.keyEnd };
  }
  if (anchor.kind === 'key') {
    const span = locator.span(anchor.key);
    return span && { start: span.keyStart, end: span.valueEnd };
  }
  for (const path of ancestors(anchor.key, keySeparator)) {
    const span = locator.span(path);
    if (!span) continue;
    if ('{['.includes(bundle.text.charAt(span.valueStart))) return { start: span.valueStart, end: span.valueStart + 1 };
    // A string (or null) where the source has an object: the value that hides the key.
    if (path !== '') return { start: span.keyStart, end: span.valueEnd };
  }
  return undefined;
}

/** Related locations by bundle, message and key: read-only, so shared by every diagnostic that names one. */
const relatedByBundle = new WeakMap<Bundle, Map<string, Map<string, RelatedLocation>>>();

/**
 * The place of a key in a bundle as a related location. A missing key points at the same source key
 * from every locale that lacks it, so each distinct one is located and worded once.
 */
function relatedLocation(bundle: Bundle, key: string, message: string, keySeparator: string | false): RelatedLocation {
  let byMessage = relatedByBundle.get(bundle);
  if (!byMessage) relatedByBundle.set(bundle, (byMessage = new Map()));
  let byKey = byMessage.get(message);
  if (!byKey) byMessage.set(message, (byKey = new Map()));
  let related = byKey.get(key);
  if (!related) {
    const span = bundle.data ? locate(bundle, keySeparator).span(key) : undefined;
    const at = span ? locate(bundle, keySeparator).lines.position(span.keyStart) : { line: 1, column: 1 };
    related = { file: bundle.file, line: at.line, column: at.column, message: `${message}: "${key}"` };
    byKey.set(key, related);
  }
  return related;
}

/** Turns a rule's finding into a diagnostic with line and column; positions are computed only here. */
export function toDiagnostic(finding: Finding, ruleId: string, severity: Severity, keySeparator: string | false): Diagnostic {
  const span = spanOf(finding, finding.anchor, keySeparator);
  const bundle = finding.target.bundle;
  let start = { line: 1, column: 1 };
  let end = { line: 1, column: 1 };
  if (span && bundle) {
    const { lines } = locate(bundle, keySeparator);
    start = lines.position(span.start);
    end = lines.position(Math.max(span.start, span.end));
  }
  const diagnostic: Diagnostic = {
    file: finding.target.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    severity,
    ruleId,
    source: 'check',
    message: finding.message,
    locale: finding.target.locale,
    namespace: finding.target.namespace,
  };
  if (finding.key !== undefined) diagnostic.key = finding.key;
  if (finding.related?.length) {
    diagnostic.related = finding.related.map((r) => relatedLocation(r.bundle, r.key, r.message, keySeparator));
  }
  return diagnostic;
}
