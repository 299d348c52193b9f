/** Where the string literal that opens at `at` (its quote) ends: its closing quote, or the text's end. */
export function stringEnd(text: string, at: number): number {
  const quote = text[at];
  let i = at + 1;
  for (; i < text.length && text[i] !== quote; i++) if (text[i] === '\\') i++;
  return i;
}

/** A JavaScript name (`$t`, `i18n$`) as a regular-expression source: its `$` escaped. */
export const escapeName = (name: string): string => name.replace(/[$]/g, '\\$&');

/**
 * Where the expression that starts at `at` ends as a property's value does: the first `,` outside
 * brackets and strings, or the `}`, `)` or `]` that closes what holds it; the text's end without one.
 */
export function valueEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"' || c === "'" || c === '`') i = stringEnd(text, i);
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && depth-- === 0) return i;
    else if ((c === ',' || c === ';') && depth === 0) return i;
  }
  return text.length;
}

/**
 * The object literal (or block) that opens at `at`, its `{`, to its matching brace (braces in
 * strings, such as `prefix: '{'`, not counted); undefined without its end within `limit` characters.
 */
export function braceBlock(text: string, at: number, limit = Infinity): string | undefined {
  let depth = 0;
  for (let i = at; i < text.length && i < at + limit; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') i = stringEnd(text, i);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(at, i + 1);
  }
  return undefined;
}

/**
 * A script's text with its comments blanked out, strings kept: init reads an i18next setup as
 * text, and a commented-out `// keySeparator: false` (or one in a block comment) is no setting of
 * the app. Each comment becomes spaces (line breaks kept), so offsets stay where they were.
 * Template literals are read to their closing backtick; a regular expression holding a quote
 * or `//` may be misread, which costs at most one setting of that file.
 */
export function withoutComments(text: string): string {
  let out = '';
  let copied = 0;
  const blank = (from: number, to: number): void => {
    out += text.slice(copied, from) + text.slice(from, to).replace(/[^\n\r]/g, ' ');
    copied = to;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') i = stringEnd(text, i);
    else if (c === '/' && text[i + 1] === '/') {
      let to = i;
      while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
      blank(i, to);
      i = to - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const to = end < 0 ? text.length : end + 2;
      blank(i, to);
      i = to - 1;
    }
  }
  return out + text.slice(copied);
}
