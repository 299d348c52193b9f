/** Text as a regular expression that matches exactly it: for patterns built from a config's strings. */
export const regexEscape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
