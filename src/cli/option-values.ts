import { InvalidArgumentError } from 'commander';

/** A repeatable option's values, in the order given (`--locale es --locale fr`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** An option that counts something: a whole number, 0 or more. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}
