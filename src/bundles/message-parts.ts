/** A `$t(...)` reference inside a message. */
export interface NestingRef {
  /** The key as written, namespace prefix included (`common:title`). */
  key: string;
  /** Whether options such as `{"count": 3}` follow the key. */
  hasOptions: boolean;
  /** Whether those options carry a count, so plural forms of the key resolve it. */
  hasCount: boolean;
}

/** The parts of a message that a translation must keep. */
export interface MessageParts {
  /** Interpolated variable names, once each, in order (`count`, `date`). */
  variables: string[];
  /** Variables written unescaped (`{{- html}}`). */
  unescaped: string[];
  nesting: NestingRef[];
  /** Tags normalised to `<b>`, `</b>`, `<1>`, `<br/>`, sorted: their order may change in a translation. */
  tags: string[];
}

const INTERPOLATION = /\{\{(-?)\s*([^{}]*?)\s*\}\}/g;
const NESTING = /\$t\(\s*([^,()]+?)\s*(,\s*(\{[^()]*\}))?\s*\)/g;
const TAG = /<(\/?)([A-Za-z][\w-]*|\d+)(?:\s[^<>]*?)?\s*(\/?)>/g;
const EMPTY: MessageParts = Object.freeze({ variables: [], unescaped: [], nesting: [], tags: [] }) as MessageParts;

/** Whether a string has anything for messageParts to find; a cheap test for the hot path. */
export function hasParts(value: string): boolean {
  return value.includes('{{') || value.includes('$t(') || value.includes('<');
}

/**
 * Splits a message into i18next's interpolations (`{{x}}`, `{{- x}}`, `{{x, format(opts)}}`),
 * nestings (`$t(key)`, `$t(key, {...})`) and tags (`<b>`, `<1>`, `<br/>`), as i18next reads them
 * with its default prefixes.
 */
export function messageParts(value: string): MessageParts {
  if (!hasParts(value)) return EMPTY;
  const variables: string[] = [];
  const unescaped: string[] = [];
  for (const match of value.matchAll(INTERPOLATION)) {
    const inner = match[2] ?? '';
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    if (name === '') continue;
    if (!variables.includes(name)) variables.push(name);
    if (match[1] === '-' && !unescaped.includes(name)) unescaped.push(name);
  }
  const nesting: NestingRef[] = [];
  for (const match of value.matchAll(NESTING)) {
    const options = match[3] ?? '';
    nesting.push({ key: (match[1] ?? '').replace(/^["']|["']$/g, ''), hasOptions: options !== '', hasCount: /"count"\s*:/.test(options) });
  }
  const tags: string[] = [];
  for (const match of value.matchAll(TAG)) tags.push(match[1] ? `</${match[2]}>` : match[3] ? `<${match[2]}/>` : `<${match[2]}>`);
  tags.sort();
  return { variables, unescaped, nesting, tags };
}
