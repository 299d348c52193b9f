import { ExchangeSyntaxError } from './exchange-syntax-error.js';

/** One PO entry as read, with the line and column of its first keyword. */
export interface PoEntry {
  msgctxt: string | undefined;
  msgid: string;
  msgidPlural: string | undefined;
  msgstr: string[];
  line: number;
  column: number;
}

/** A PO file as read: its header fields (with the line each is on) and its entries in order. */
export interface PoFile {
  headers: Map<string, { value: string; line: number }>;
  entries: PoEntry[];
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  "'": "'",
  '?': '?',
};

/** The text of one quoted PO string starting at `column` (1-based) of `line`. */
function literal(source: string, line: number, column: number): string {
  const fail = (at: number, reason: string): never => {
    throw new ExchangeSyntaxError(line, at, reason);
  };
  if (source[column - 1] !== '"') fail(column, 'a quoted string is expected here');
  let out = '';
  let i = column;
  for (; i < source.length && source[i] !== '"'; i++) {
    if (source[i] !== '\\') {
      out += source[i];
      continue;
    }
    const next = source[++i] ?? '';
    const octal = /^[0-7]{1,3}/.exec(source.slice(i))?.[0];
    if (octal) {
      out += String.fromCharCode(parseInt(octal, 8));
      i += octal.length - 1;
    } else out += ESCAPES[next] ?? fail(i, `\\${next} is not an escape PO knows (write \\\\ for a backslash)`);
  }
  if (i >= source.length) fail(column, 'the string is not closed on its line (a quote inside it must be written \\")');
  if (source.slice(i + 1).trim() !== '') fail(i + 2, 'nothing may follow the closing quote on the line');
  return out;
}

/**
 * Reads a PO file strictly, unlike gettext's lenient parsers that guess: an unclosed string, an
 * unknown escape, a keyword out of place, msgstr[n] numbered out of order, or a context given
 * twice is an ExchangeSyntaxError at its line and column, and nothing of the file is imported.
 * Comments and obsolete (`#~`) entries are skipped.
 */
export function readPo(text: string): PoFile {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const entries: PoEntry[] = [];
  const contexts = new Map<string, number>();
  let entry: (PoEntry & { last: string }) | undefined;
  const finish = (): void => {
    if (!entry) return;
    if (entry.last === 'msgctxt' || entry.last === 'msgid' || entry.last === 'msgid_plural')
      throw new ExchangeSyntaxError(
        entry.line,
        entry.column,
        `the entry has no ${entry.last === 'msgid_plural' ? 'msgstr[0]' : entry.last === 'msgctxt' ? 'msgid' : 'msgstr'}`,
      );
    const id = `${entry.msgctxt ?? ''}\u0004${entry.msgid}`;
    const first = contexts.get(id);
    if (first !== undefined)
      throw new ExchangeSyntaxError(
        entry.line,
        entry.column,
        `this entry (msgctxt ${JSON.stringify(entry.msgctxt ?? '')}) is at line ${first} already`,
      );
    contexts.set(id, entry.line);
    const { last: _, ...done } = entry;
    entries.push(done);
    entry = undefined;
  };
  let target: { append(text: string): void } | undefined;
  for (const [index, source] of lines.entries()) {
    const line = index + 1;
    const trimmed = source.trimStart();
    const column = source.length - trimmed.length + 1;
    if (trimmed === '' || trimmed.startsWith('#')) {
      target = undefined;
      continue;
    }
    if (trimmed.startsWith('"')) {
      if (!target) throw new ExchangeSyntaxError(line, column, 'a string that continues no msgid or msgstr');
      target.append(literal(source, line, column));
      continue;
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[([0-9]+)\])?(?=\s|$)/.exec(trimmed);
    if (!keyword)
      throw new ExchangeSyntaxError(
        line,
        column,
        `"${trimmed.split(/\s/)[0]}" is not a PO keyword (msgctxt, msgid, msgid_plural, msgstr, msgstr[n])`,
      );
    const [word, name, n] = keyword as unknown as [string, string, string | undefined];
    const value = literal(source, line, column + word.length + (/^\s+/.exec(trimmed.slice(word.length))?.[0].length ?? 0));
    const out = (reason: string): never => {
      throw new ExchangeSyntaxError(line, column, `${word} ${reason}`);
    };
    if (name === 'msgctxt' || (name === 'msgid' && entry?.last !== 'msgctxt')) {
      finish();
      entry = { msgctxt: undefined, msgid: '', msgidPlural: undefined, msgstr: [], line, column, last: '' };
    }
    if (!entry) out('must follow msgid');
    const current = entry as PoEntry & { last: string };
    if (name === 'msgctxt') current.msgctxt = value;
    else if (name === 'msgid') current.msgid = value;
    else if (name === 'msgid_plural') {
      if (current.last !== 'msgid') out('must follow msgid');
      current.msgidPlural = value;
    } else {
      const plural = current.msgidPlural !== undefined;
      if (current.last === 'msgctxt' || current.last === '') out('must follow msgid');
      if (plural && n === undefined) out('of a plural entry must be numbered: msgstr[0], msgstr[1]...');
      if (!plural && n !== undefined) out('is numbered, but the entry has no msgid_plural');
      if (!plural && current.msgstr.length > 0) out('is given twice');
      if (plural && Number(n) !== current.msgstr.length)
        out(`follows msgstr[${current.msgstr.length - 1}]: forms are numbered 0, 1, 2... in order`);
      current.msgstr.push(value);
    }
    current.last = n === undefined ? name : 'msgstr';
    const at = name === 'msgstr' ? current.msgstr.length - 1 : -1;
    target = {
      append: (more) => {
        if (name === 'msgctxt') current.msgctxt += more;
        else if (name === 'msgid') current.msgid += more;
        else if (name === 'msgid_plural') current.msgidPlural += more;
        else current.msgstr[at] += more;
      },
    };
  }
  finish();
  const headers = new Map<string, { value: string; line: number }>();
  const header = entries.find((e) => e.msgctxt === undefined && e.msgid === '');
  if (header) {
    // Header fields sit one per line of the msgstr, which starts on the header's msgstr line or after it.
    const headerLines = lines.slice(header.line - 1);
    for (const field of (header.msgstr[0] ?? '').split('\n')) {
      const colon = field.indexOf(':');
      if (colon <= 0) continue;
      const name = field.slice(0, colon).trim();
      const found = headerLines.findIndex((l) => l.trimStart().startsWith(`"${name}:`));
      headers.set(name, { value: field.slice(colon + 1).trim(), line: header.line + Math.max(0, found) });
    }
  }
  return { headers, entries: entries.filter((e) => e !== header) };
}
