/** One translation read from an exchange file: where it goes and its text. */
export interface ImportedEntry {
  namespace: string;
  key: string;
  value: string;
}

/** What an exchange file holds: its target locale (when it says) and its translations. */
export interface ImportedFile {
  locale: string | undefined;
  entries: ImportedEntry[];
}
