/**
 * An exchange file that cannot be read as a whole (not well formed, an element where XLIFF allows
 * none, a Plural-Forms header that does not fit the locale): nothing of it is imported. The
 * message starts with `line L, column C:`; `reason` is the rest, for a `file:line:col` report.
 */
export class ExchangeSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(line: number, column: number, reason: string) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = 'ExchangeSyntaxError';
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}
