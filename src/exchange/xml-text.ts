/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: C0 controls other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF, and surrogates that are not part of a
 * pair. A JSON bundle can hold every one of them (`"\u0001"`, `"\ud800"`).
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** The first character of `text` that XML cannot carry, or undefined. */
export function firstNonXmlChar(text: string): string | undefined {
  // Without the u flag a lone surrogate is one code unit: match on code units.
  return new RegExp(NOT_XML.source).exec(text)?.[0];
}

/** `U+0001`, as a message names a character. */
export const codePointName = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/**
 * An attribute value: markup characters escaped, and line breaks and tabs as character
 * references, which XML's attribute normalisation would otherwise turn into spaces.
 */
export function xmlAttribute(value: string): string {
  return value.replace(/[&<>"\r\n\t]/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Text content for XLIFF 2.0: markup characters escaped, a carriage return as `&#13;` (a parser
 * turns a literal one into a line feed), and each character XML cannot hold as the
 * `<cp hex="…"/>` element XLIFF 2.0 defines for it, so that the text comes back exactly.
 */
export function xliffText(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    const code = value.charCodeAt(i);
    const paired =
      code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff;
    if (paired) {
      out += value.slice(i, i + 2);
      i++;
    } else if (firstNonXmlChar(c) !== undefined) out += `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    else if (c === '&' || c === '<' || c === '>' || c === '\r') out += ESCAPES[c];
    else out += c;
  }
  return out;
}
