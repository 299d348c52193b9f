import type { FormattingOptions } from 'jsonc-parser';

/** How a JSON file is laid out, so an edit can be written the way its author wrote the rest. */
export interface TextFormat {
  /** The indentation unit (`\t`, two spaces), or undefined for a file written on one line. */
  indent: string | undefined;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
  bom: boolean;
  /** Whether a key's colon is followed by a space (`"a": 1`) or not (`"a":1`, minified files). */
  colonSpace: boolean;
}

const INDENTED = /\n([ \t]+)\S/;

/** A file that is an empty object (`{}`, as ntfy's bn.json): it shows no layout of its own. */
const EMPTY_OBJECT = /^\uFEFF?\s*\{\s*\}\s*$/;

/**
 * Reads indentation, line endings, final newline and byte-order mark off a file's text. An empty
 * object says nothing of its author's layout, so what is written into it is indented by two
 * spaces, as most bundles are, not kept on one line as in a file written so on purpose.
 */
export function detectFormat(text: string): TextFormat {
  const bom = text.charCodeAt(0) === 0xfeff;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const match = INDENTED.exec(text);
  const lead = match?.[1];
  const indent = lead === undefined ? (EMPTY_OBJECT.test(text) ? '  ' : undefined) : lead.startsWith('\t') ? '\t' : lead;
  const colon = /"\s*:(\s?)/.exec(text);
  return { indent, eol, finalNewline: /\n$/.test(text), bom, colonSpace: colon ? colon[1] !== '' : true };
}

/** The jsonc-parser options that reproduce a format; none for a one-line file (edits stay inline). */
export function formattingOptions(format: TextFormat): FormattingOptions | undefined {
  if (format.indent === undefined) return undefined;
  const tabs = format.indent === '\t';
  return { insertSpaces: !tabs, tabSize: tabs ? 1 : format.indent.length, eol: format.eol };
}

/** Puts the final newline and byte-order mark back as the original had them. */
export function restoreEnds(text: string, format: TextFormat): string {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const ending = /\r?\n$/.exec(body);
  if (ending && !format.finalNewline) body = body.slice(0, -ending[0].length);
  if (!ending && format.finalNewline) body += format.eol;
  return format.bom ? `\uFEFF${body}` : body;
}

/** Serialises a new file in a given format (used when a locale has no file for a namespace yet). */
export function serialise(value: unknown, format: TextFormat): string {
  const text = JSON.stringify(value, null, format.indent ?? '');
  return restoreEnds(format.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text, format);
}
