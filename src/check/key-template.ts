import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../bundles/interpolation-syntax.js';

/**
 * A key built from variables at run time (`item_{{kind}}`): the literal text between its
 * `{{...}}` spans, each span standing for at least one character.
 */
export interface KeyTemplate {
  parts: string[];
  /** The shortest key that fits: every literal part plus one character per variable. */
  minLength: number;
}

/**
 * The literal parts of a key template, split at each variable (`{{...}}` in i18next's default
 * syntax; one scan, no regular expression built from data).
 */
export function keyTemplate(key: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): KeyTemplate {
  const { prefix, suffix } = syntax;
  const opening = prefix.charAt(0);
  const closing = suffix.charAt(suffix.length - 1);
  const parts: string[] = [];
  let from = 0;
  for (let at = key.indexOf(prefix); at >= 0;) {
    const end = key.indexOf(suffix, at + prefix.length);
    if (end < 0) break;
    const inner = key.slice(at + prefix.length, end);
    // A span holding a brace is no variable (`{{a{b}}`); nor is any that starts before that
    // brace, as it ends at the same `}}`: the next one may start at the brace (`{{{a}}` holds `{{a}}`).
    const brace = Math.max(inner.lastIndexOf(opening), inner.lastIndexOf(closing));
    if (brace >= 0) {
      at = key.indexOf(prefix, at + 1 + brace);
      continue;
    }
    parts.push(key.slice(from, at));
    from = end + suffix.length;
    at = key.indexOf(prefix, from);
  }
  parts.push(key.slice(from));
  return { parts, minLength: parts.reduce((sum, part) => sum + part.length, parts.length - 1) };
}

/**
 * Whether a key fits a template: it starts with the first part, ends with the last, and holds
 * the others in order with at least one character before each. Placing each part at its
 * leftmost place is optimal, so one pass of substring searches decides it, never backtracking.
 */
export function fitsTemplate(template: KeyTemplate, key: string): boolean {
  const { parts } = template;
  if (key.length < template.minLength) return false;
  const first = parts[0] as string;
  if (parts.length === 1) return key === first;
  const last = parts[parts.length - 1] as string;
  if (!key.startsWith(first) || !key.endsWith(last)) return false;
  let at = first.length;
  const end = key.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    const found = key.indexOf(part, at + 1);
    if (found < 0 || found + part.length > end - 1) return false;
    at = found + part.length;
  }
  return at + 1 <= end;
}
