import { ENDONYMS } from './endonym-table.js';

let known: Set<string> | undefined;

/**
 * Whether a text is a language's name in that language (`Deutsch`, `日本語`, `Français `): what a
 * language menu shows in every locale alike, so a translation that keeps it is no oversight.
 */
export function isEndonym(text: string): boolean {
  known ??= new Set(ENDONYMS);
  return known.has(text.trim().toLowerCase());
}
