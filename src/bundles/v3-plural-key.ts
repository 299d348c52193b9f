import { unescapedInner, type InterpolationSyntax } from './interpolation-syntax.js';
import { nextSpan, spanEnd } from './variable-spans.js';

/**
 * A key as i18next's v3 JSON format (i18next before 21, or `compatibilityJSON: 'v3'` before 24)
 * suffixes a plural form: `points_plural` in a language of two forms (the singular is the bare
 * `points`), `points_0` to `points_5` in one of more (ar, ru) or of one (ja `points_0`). i18next 26
 * reads none of them as a form: they are keys of their own.
 */
export interface V3PluralKey {
  base: string;
  /** `plural` for `_plural`, else the form's number. */
  form: 'plural' | number;
}

/** The highest numbered v3 form: Arabic's sixth, `_5`. */
const LAST_NUMBERED = 5;

/** Reads a v3 plural suffix (`_plural`, `_0` to `_5`) off a flat key; undefined for any other key. */
export function parseV3PluralKey(key: string, pluralSeparator = '_'): V3PluralKey | undefined {
  // Most keys end in neither "l" nor a digit 0-5: they are passed over before anything is sliced.
  const last = key.charCodeAt(key.length - 1);
  if (last !== 0x6c && (last < 0x30 || last > 0x30 + LAST_NUMBERED)) return undefined;
  const at = key.lastIndexOf(pluralSeparator);
  if (at <= 0) return undefined;
  const suffix = key.slice(at + pluralSeparator.length);
  const base = key.slice(0, at);
  if (suffix === 'plural') return { base, form: 'plural' };
  if (suffix.length === 1 && suffix >= '0' && suffix <= String(LAST_NUMBERED)) return { base, form: Number(suffix) };
  return undefined;
}

/** The key of one v3 form: the inverse of parseV3PluralKey. */
export const v3FormKey = (base: string, form: 'plural' | number, pluralSeparator = '_'): string => `${base}${pluralSeparator}${form}`;

/**
 * A message as i18next renders it with only `count` passed: each `{{count}}` span (formatted or
 * not) gives the number, any other variable stays as written (i18next keeps a span it has no value
 * for). Good for small integers only, which every format writes as their digits.
 */
export function renderCount(value: string, count: number, syntax: InterpolationSyntax): string {
  let out = '';
  let from = 0;
  for (let at = nextSpan(value, 0, syntax.prefix, syntax.suffix); at >= 0; at = nextSpan(value, from, syntax.prefix, syntax.suffix)) {
    const end = spanEnd + syntax.suffix.length;
    const raw = value.slice(at + syntax.prefix.length, spanEnd);
    const inner = unescapedInner(raw, syntax) ?? raw;
    const separator = inner.indexOf(syntax.formatSeparator);
    const name = (separator < 0 ? inner : inner.slice(0, separator)).trim();
    out += value.slice(from, at) + (name === 'count' ? String(count) : value.slice(at, end));
    from = end;
  }
  return out + value.slice(from);
}
