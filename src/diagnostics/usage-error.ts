/** A request the tool cannot carry out as asked (an unknown locale, a bad path): exit 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
