/** A `$t(...)` reference inside a message. */
export interface NestingRef {
  /** The key as written, namespace prefix included (`common:title`). */
  key: string;
  /** Whether options such as `{"count": 3}` follow the key. */
  hasOptions: boolean;
  /** Whether those options carry a count, so plural forms of the key resolve it. */
  hasCount: boolean;
}

/** The interpolations of a message: variable names once each, in order, and the unescaped ones. */
export interface Interpolations {
  variables: string[];
  /** Variables written unescaped (`{{- html}}`). */
  unescaped: string[];
}

const NONE: readonly string[] = Object.freeze([]);
const NO_INTERPOLATIONS: Interpolations = Object.freeze({ variables: NONE as string[], unescaped: NONE as string[] });
const NESTING = /\$t\(\s*([^,()]+?)\s*(,\s*(\{[^()]*\}))?\s*\)/g;
const TAG = /<(\/?)([A-Za-z][\w-]*|\d+)(?:\s[^<>]*?)?\s*(\/?)>/g;

/**
 * The `{{...}}` interpolations as i18next reads them with its default prefix and suffix:
 * `{{x}}`, `{{- x}}` (unescaped), `{{x, format(options)}}` (the name is before the comma).
 * Substring search, no regular expression: this runs for most strings of every locale.
 */
export function interpolationsOf(value: string): Interpolations {
  let at = value.indexOf('{{');
  if (at < 0) return NO_INTERPOLATIONS;
  const variables: string[] = [];
  let unescaped = NONE as string[];
  while (at >= 0) {
    const end = value.indexOf('}}', at + 2);
    if (end < 0) break;
    let inner = value.slice(at + 2, end).trim();
    const raw = inner.startsWith('-');
    if (raw) inner = inner.slice(1).trim();
    const comma = inner.indexOf(',');
    const name = comma < 0 ? inner : inner.slice(0, comma).trim();
    if (name !== '') {
      if (!variables.includes(name)) variables.push(name);
      if (raw && !unescaped.includes(name)) unescaped = [...unescaped, name];
    }
    at = value.indexOf('{{', end + 2);
  }
  return { variables, unescaped };
}

/** The `$t(key)` and `$t(key, {...})` nestings of a message. */
export function nestingOf(value: string): NestingRef[] {
  if (!value.includes('$t(')) return [];
  const refs: NestingRef[] = [];
  for (const match of value.matchAll(NESTING)) {
    const options = match[3] ?? '';
    refs.push({ key: (match[1] ?? '').replace(/^["']|["']$/g, ''), hasOptions: options !== '', hasCount: /"count"\s*:/.test(options) });
  }
  return refs;
}

/** The tags of a message normalised to `<b>`, `</b>`, `<1>`, `<br/>`, sorted: a translation may reorder them. */
export function tagsOf(value: string): string[] {
  if (!value.includes('<')) return NONE as string[];
  const tags: string[] = [];
  for (const match of value.matchAll(TAG)) tags.push(match[1] ? `</${match[2]}>` : match[3] ? `<${match[2]}/>` : `<${match[2]}>`);
  return tags.sort();
}
