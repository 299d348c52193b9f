/**
 * A whole number as `n.toLocaleString('en')` writes it (`1,234,567`), without ICU: building its
 * number formatter is 15-30 ms of a small check's start, and reports print counts only. Other
 * numbers (fractions, beyond 2^53) still go to `toLocaleString`.
 */
export function groupedCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  const head = ((digits.length - 1) % 3) + 1;
  let text = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) text += `,${digits.slice(at, at + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${text}` : text;
}
