/** One translation read from an exchange file: where it goes and its text. */
export interface ImportedEntry {
  namespace: string;
  key: string;
  value: string;
  /**
   * How the format reads a text back, when it cannot carry every text (XLIFF loses a final line
   * break): a bundle value that reads back as `value` is the same translation, left as it is.
   */
  readBack?: (text: string) => string;
}

/** What an exchange file holds: its target locale (when it says) and its translations. */
export interface ImportedFile {
  locale: string | undefined;
  entries: ImportedEntry[];
}
