import { applyEdits, modify } from 'jsonc-parser';
import { tagsOf } from '../bundles/message-parts.js';
import { variableNames, writtenName } from '../check/shown-names.js';
import { detectFormat, formattingOptions } from '../sync/detect-format.js';
import { keyPaths } from '../sync/key-paths.js';
import type { DocumentNamespace } from './document-namespace.js';
import type { TextFix } from './sync-fixes.js';

const TAG = /<\/?(?:[A-Za-z][\w-]*|\d+)(?:\s[^<>]*?)?\s*\/?>/g;

/** The source string a target string is compared with (`x_other` for a Spanish `x_many`). */
function pairOf(doc: DocumentNamespace, key: string): { value: string; sourceValue: string } | undefined {
  return doc.bundle ? doc.context.pairs(doc.bundle).find((pair) => pair.key === key) : undefined;
}

/** The file with one string value replaced, written in place (everything else byte for byte). */
function withValue(doc: DocumentNamespace, text: string, key: string, value: string): string | undefined {
  const path = keyPaths(doc.bundle?.data, doc.context.keySeparator).get(key);
  if (!path) return undefined;
  const options = formattingOptions(detectFormat(text));
  return applyEdits(text, modify(text, path, value, options ? { formattingOptions: options } : {}));
}

/**
 * Puts back the variables (`{{name}}`, or `{name}` in an ICU message) a translation dropped, at its end, for the translator to move:
 * only when it invents none (then the two pass the same variables and the rule is satisfied).
 */
export function restoreVariables(doc: DocumentNamespace, text: string, key: string): TextFix | undefined {
  const pair = pairOf(doc, key);
  if (!pair) return undefined;
  const config = doc.context.config;
  const theirs = variableNames(pair.sourceValue, config);
  const ours = variableNames(pair.value, config);
  const dropped = theirs.filter((name) => !ours.includes(name));
  if (dropped.length === 0 || ours.some((name) => !theirs.includes(name))) return undefined;
  const added = dropped.map((name) => writtenName(name, config)).join(' ');
  const fixed = withValue(doc, text, key, `${pair.value} ${added}`);
  return fixed === undefined ? undefined : { title: `Restore ${added} (at the end: move it where it belongs)`, text: fixed };
}

/**
 * Puts back the tags a translation dropped, at its end and in the source's order (`<b></b>`), for
 * the translator to wrap the right words: only when it adds no tag of its own.
 */
export function restoreTags(doc: DocumentNamespace, text: string, key: string): TextFix | undefined {
  const pair = pairOf(doc, key);
  if (!pair) return undefined;
  const left = tagsOf(pair.value).slice();
  const theirs = tagsOf(pair.sourceValue).slice();
  for (const tag of left) {
    const at = theirs.indexOf(tag);
    if (at < 0) return undefined;
    theirs.splice(at, 1);
  }
  if (theirs.length === 0) return undefined;
  // The source's own spelling of each dropped tag, in its order.
  const dropped: string[] = [];
  for (const match of pair.sourceValue.matchAll(TAG)) {
    const [normal] = tagsOf(match[0]);
    const at = normal === undefined ? -1 : theirs.indexOf(normal);
    if (at < 0) continue;
    theirs.splice(at, 1);
    dropped.push(match[0]);
  }
  const fixed = withValue(doc, text, key, pair.value + dropped.join(''));
  return fixed === undefined ? undefined : { title: `Restore ${dropped.join('')} (at the end: wrap the right words)`, text: fixed };
}
