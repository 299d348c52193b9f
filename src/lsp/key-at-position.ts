import { getLocation } from 'jsonc-parser';

/** The flat key under an offset of a bundle's text, and whether the offset is on its name. */
export interface KeyAt {
  key: string;
  onName: boolean;
}

/**
 * The flat key (`menu.open`, parts joined by the key separator) whose name or value holds the
 * offset, from jsonc-parser's location, which reads text that does not parse too.
 */
export function keyAtOffset(text: string, offset: number, keySeparator: string | false): KeyAt | undefined {
  const location = getLocation(text, offset);
  if (location.path.length === 0) return undefined;
  const parts = location.path.map(String);
  if (parts.some((part) => part === '')) return undefined;
  return { key: parts.join(keySeparator === false ? '.' : keySeparator), onName: location.isAtPropertyKey };
}
