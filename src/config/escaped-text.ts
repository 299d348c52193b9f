// What only a pattern's syntax means: an unescaped one of these, or `\` before a letter or digit
// (`\d`, `\1`), makes a pattern match more than one text; a `{` stands for itself unless it counts (`a{2}`).
const OPERATOR = /[.*+?^$|()[\]]/;
const COUNT = /^\{\d+(?:,\d*)?\}/;

/**
 * The one text a regex-escaped pattern matches (`\$t\(` -> `$t(`), as i18next's deprecated
 * `nestingPrefixEscaped` gives it; undefined for a pattern that matches more than one text.
 */
export function escapedText(pattern: string): string | undefined {
  let text = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined || /[\dA-Za-z]/.test(next)) return undefined;
      text += next;
      i++;
    } else if (OPERATOR.test(c) || (c === '{' && COUNT.test(pattern.slice(i)))) return undefined;
    else text += c;
  }
  return text;
}
