import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { MAX_NESTING_DEPTH, offsetOfDepth } from './nesting-depth.js';

/** A parsed JSON object (a bundle or a JSON config), or the first syntax error with its offset in the text. */
export type ParsedJson = { ok: true; data: Record<string, unknown> } | { ok: false; offset: number; length: number; message: string };

const messages: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes (is there a trailing comma?)',
  ValueExpected: 'expected a value (is there a trailing comma, or is the file cut short?)',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" (is the file cut short?)',
  CloseBracketExpected: 'expected "]" (is the file cut short?)',
  EndOfFileExpected: 'unexpected content after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character in a string (escape it, e.g. \\n)',
};

/** The message for a bundle nested deeper than MAX_NESTING_DEPTH. */
export const TOO_DEEP = `nested deeper than ${MAX_NESTING_DEPTH} levels: this looks like a generated or corrupt file, not a bundle`;

/** Thrown from jsonc-parser's visitor to stop at the first error: nothing after it is reported. */
const STOP = Symbol('first error found');

function locateError(text: string, fallback: string): { offset: number; length: number; message: string } {
  let first: { error: ParseErrorCode; offset: number; length: number } | undefined;
  try {
    visit(
      text,
      {
        onError: (error, offset, length) => {
          first = { error, offset, length };
          throw STOP;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (stopped) {
    if (stopped !== STOP) throw stopped;
  }
  if (!first) return { offset: 0, length: 0, message: fallback };
  const code = printParseErrorCode(first.error);
  return { offset: first.offset, length: first.length, message: messages[code] ?? code };
}

/**
 * Parses the text of a JSON object (a bundle, a JSON config). The fast path is the engine's JSON.parse; only a text it rejects is
 * parsed again by jsonc-parser to say where and why, so valid files pay nothing extra.
 */
export function parseJson(text: string): ParsedJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (text.trim() === '')
      return { ok: false, offset: 0, length: 0, message: 'the file is empty: a bundle is a JSON object, at least {}' };
    // jsonc-parser recurses once per level: a file nested too deep is reported before it runs.
    const tooDeep = offsetOfDepth(text, MAX_NESTING_DEPTH + 1);
    return {
      ok: false,
      ...(tooDeep >= 0 ? { offset: tooDeep, length: 1, message: TOO_DEEP } : locateError(text, (error as Error).message)),
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const start = text.length - text.trimStart().length;
    return {
      ok: false,
      offset: start,
      length: 1,
      message: `a bundle must be a JSON object, not ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`}`,
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}
