/**
 * Characters a terminal acts on or a reader cannot see: C0 controls (ESC starts every colour,
 * cursor, erase, title and clipboard sequence; BEL ends OSC; CR and LF move the cursor), DEL, C1
 * controls (U+009B is CSI and U+009D is OSC on their own), lone surrogates, line and paragraph
 * separators, bidi controls (U+202A-U+202E, U+2066-U+2069, U+061C) and other format characters
 * (U+200B, U+2060, U+FEFF, soft hyphen). A zero-width joiner between two emoji is left alone: it
 * is part of one visible picture (👩‍💻).
 */
const UNSAFE =
  // eslint-disable-next-line no-misleading-character-class -- ZWJ is matched alone on purpose, emoji sequences around it are spared
  /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]|(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})|(?!\u200D)\p{Cf}/gu;

/**
 * Every character UNSAFE matches is of one of these classes, so a text without any (most keys and
 * messages) is safe as it is: this plain class is searched at half the cost of UNSAFE's lookarounds.
 */
const MAYBE_UNSAFE = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\p{Cf}]/u;

const NAMED = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

const escapeOne = (char: string): string => NAMED.get(char) ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/**
 * Text from data (a key, a value, a path, a message that quotes them) made safe to print on one
 * terminal line: every character of UNSAFE becomes a visible escape (`\n`, `\u001b`, `\u202e`),
 * so a key can neither set the title, erase lines nor write the clipboard, nor split a finding
 * over two lines. Every human-readable output of the CLI passes its data through here.
 */
export function terminalSafe(text: string): string {
  return MAYBE_UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}

const safeRun = (run: string): string => run.split('\t').map(terminalSafe).join('\t');

/**
 * Text of many lines (a diff of a bundle) made safe line by line: its line breaks and tabs (a
 * file's indentation) are kept, a CR that ends a line (a CRLF file) too; everything else
 * terminalSafe escapes.
 */
export function terminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.endsWith('\r') ? `${safeRun(line.slice(0, -1))}\r` : safeRun(line)))
    .join('\n');
}
