/** A flat key from the key of its object and a name in it (`comments` + `count_one`). */
export const fullKey = (prefix: string, name: string, join: string): string => (prefix === '' ? name : prefix + join + name);

/**
 * One translated string beside the source string it translates. The walk reuses one object
 * for every pair, so a rule reads it during its call and keeps only strings; the full keys
 * are joined only when a rule asks for them (when it reports).
 */
export class Pair {
  prefix = '';
  name = '';
  sourceName = '';
  value = '';
  /** The source string as readers of the source see it: where i18next skips an empty one (returnEmptyString: false), the key the app passes (a plural form without its suffix). */
  sourceValue = '';
  /** The source string as the file writes it. */
  sourceWritten = '';
  constructor(
    readonly locale: string,
    private readonly join: string,
  ) {}

  /** Full key of the target string (`comments.count_many`). */
  get key(): string {
    return fullKey(this.prefix, this.name, this.join);
  }

  /** Full key of the source string it is compared with (`comments.count_other`). */
  get sourceKey(): string {
    return fullKey(this.prefix, this.sourceName, this.join);
  }
}
