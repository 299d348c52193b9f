/** Text as a regular expression that matches exactly it: for patterns built from a config's strings. */
export const regexEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Characters as a regular expression's character class holds them, each once. */
export const charClass = (text: string): string => [...new Set(text)].map((char) => char.replace(/[-[\]\\^]/g, '\\$&')).join('');
