/** Locale tags and other names of letters, digits and hyphens only: ordered by code point once lowercased. */
const PLAIN = /^[A-Za-z0-9-]*$/;

let collator: Intl.Collator | undefined;

/**
 * Orders two strings as `a.localeCompare(b, 'en')` does (-1, 0 or 1). Building ICU's collator is
 * 10-25 ms of a small check's start, so strings of letters, digits and hyphens that differ in more
 * than case are compared without it: English collation puts the hyphen before digits and digits
 * before letters, ignoring case, which is their code point order once lowercased. Anything else
 * (accents, other scripts, a difference in case only) goes to the collator, built on first need.
 */
export function compareInEnglish(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN.test(a) && PLAIN.test(b)) {
    const lowerA = a.toLowerCase();
    const lowerB = b.toLowerCase();
    if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  }
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}
