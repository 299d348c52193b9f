import type { Diagnostic, RelatedLocation, Severity } from '../diagnostics/diagnostic.js';
import { rawOffset } from '../bundles/json-scan.js';
import { locate, type Bundle } from '../project/bundle.js';
import type { Anchor, Finding, FindingRelation } from './finding.js';

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
  if (anchor.kind === 'in-value') {
    const span = locator.span(anchor.key);
    if (!span || bundle.text.charCodeAt(span.valueStart) !== 0x22) return span && { start: span.keyStart, end: span.valueEnd };
    return { start: rawOffset(bundle.text, span.valueStart, anchor.start), end: rawOffset(bundle.text, span.valueStart, anchor.end) };
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

/** Where a diagnostic starts and ends in its file. */
interface Place {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

const FILE_START: Place = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The place of a span in a bundle (the start of the file without one). */
function placeOf(bundle: Bundle | undefined, span: Span | undefined, keySeparator: string | false): Place {
  if (!span || !bundle) return FILE_START;
  const { lines } = locate(bundle, keySeparator);
  return { start: lines.position(span.start), end: lines.position(Math.max(span.start, span.end)) };
}

/**
 * The deepest ancestor `ancestors` gives for a key (its last path before a separator, `''` for
 * none): every key with the same one is anchored at the same place by a `parent` anchor.
 */
function deepestAncestor(key: string, sep: string | false): string {
  if (sep === false) return '';
  let last = 0;
  for (let at = key.indexOf(sep); at > 0; at = key.indexOf(sep, at + 1)) last = at;
  return key.slice(0, last);
}

/** Places of `parent` anchors by bundle and deepest ancestor. */
const parentPlaces = new WeakMap<Bundle, Map<string, Place>>();

/**
 * The place of a `parent` anchor, found once per object: a locale that lacks thousands of keys
 * has them all anchored at the few objects that should hold them (LibreChat: 46,712 missing keys).
 */
function parentPlace(bundle: Bundle, finding: Finding, key: string, keySeparator: string | false): Place {
  let places = parentPlaces.get(bundle);
  if (!places) parentPlaces.set(bundle, (places = new Map()));
  const deepest = deepestAncestor(key, keySeparator);
  let place = places.get(deepest);
  if (!place) places.set(deepest, (place = placeOf(bundle, spanOf(finding, finding.anchor, keySeparator), keySeparator)));
  return place;
}

/** Related locations by bundle, message and key, each as a list of one: read-only, so shared by every diagnostic that names one. */
const relatedByBundle = new WeakMap<Bundle, Map<string, Map<string, RelatedLocation[]>>>();

/**
 * The place of a key in a bundle as a list holding its related location. A missing key points at
 * the same source key from every locale that lacks it, so each distinct one is located and worded
 * once, and the list of one is shared too (most findings have one related location).
 */
function relatedOnly(bundle: Bundle, key: string, message: string, keySeparator: string | false): RelatedLocation[] {
  let byMessage = relatedByBundle.get(bundle);
  if (!byMessage) relatedByBundle.set(bundle, (byMessage = new Map()));
  let byKey = byMessage.get(message);
  if (!byKey) byMessage.set(message, (byKey = new Map()));
  let related = byKey.get(key);
  if (!related) {
    const span = bundle.data ? locate(bundle, keySeparator).span(key) : undefined;
    const at = span ? locate(bundle, keySeparator).lines.position(span.keyStart) : { line: 1, column: 1 };
    related = [{ file: bundle.file, line: at.line, column: at.column, message: `${message}: "${key}"` }];
    byKey.set(key, related);
  }
  return related;
}

/** A finding's related locations, shared with every other finding that names the same ones alone. */
function relatedOf(relations: readonly FindingRelation[], keySeparator: string | false): RelatedLocation[] {
  if (relations.length === 1) {
    const only = relations[0] as FindingRelation;
    return relatedOnly(only.bundle, only.key, only.message, keySeparator);
  }
  return relations.map((r) => relatedOnly(r.bundle, r.key, r.message, keySeparator)[0] as RelatedLocation);
}

/** The message last given to a diagnostic with each shared list of related locations. */
const messageByRelated = new WeakMap<RelatedLocation[], string>();

/**
 * One text for equal messages: a rule words the same message for every locale that lacks a key,
 * each a rope of the pieces it was built from; the first one met is kept (flat) and shared.
 * Looking a rope up flattens it to hash it, so a message is first compared with the last one
 * given with the same related locations (the same source key), which is most often equal.
 */
function sharedMessage(message: string, messages: Map<string, string> | undefined, related: RelatedLocation[] | undefined): string {
  if (!messages) return message;
  const last = related && messageByRelated.get(related);
  if (last !== undefined && last === message) return last;
  let known = messages.get(message);
  if (known === undefined) messages.set(message, (known = message));
  if (related) messageByRelated.set(related, known);
  return known;
}

/**
 * Turns a rule's finding into a diagnostic with line and column; positions are computed only here.
 * `messages`, kept by the caller for a run, shares equal message texts between diagnostics. The
 * diagnostic is built whole, in one of four fixed shapes: fields added afterwards would each
 * cost an out-of-object property store, tens of thousands of times on a backlog.
 */
export function toDiagnostic(
  finding: Finding,
  ruleId: string,
  severity: Severity,
  keySeparator: string | false,
  messages?: Map<string, string>,
): Diagnostic {
  const { anchor } = finding;
  const bundle = finding.target.bundle;
  const { start, end } =
    anchor.kind === 'parent' && bundle?.data
      ? parentPlace(bundle, finding, anchor.key, keySeparator)
      : placeOf(bundle, spanOf(finding, anchor, keySeparator), keySeparator);
  const { file, locale, namespace } = finding.target;
  const { line, column } = start;
  const { line: endLine, column: endColumn } = end;
  const related = finding.related?.length ? relatedOf(finding.related, keySeparator) : undefined;
  // Only a single related location's list is shared between diagnostics (see relatedOf).
  const message = sharedMessage(finding.message, messages, finding.related?.length === 1 ? related : undefined);
  const { key } = finding;
  const source = 'check';
  if (key !== undefined)
    return related
      ? { file, line, column, endLine, endColumn, severity, ruleId, source, message, locale, namespace, key, related }
      : { file, line, column, endLine, endColumn, severity, ruleId, source, message, locale, namespace, key };
  return related
    ? { file, line, column, endLine, endColumn, severity, ruleId, source, message, locale, namespace, related }
    : { file, line, column, endLine, endColumn, severity, ruleId, source, message, locale, namespace };
}
