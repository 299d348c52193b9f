/** One translation read from an exchange file: where it goes and its text. */
export interface ImportedEntry {
  namespace: string;
  key: string;
  value: string;
}

/** What an exchange file holds: its target locale (when it says), its translations, and the entries it cannot give, with why. */
export interface ImportedFile {
  locale: string | undefined;
  entries: ImportedEntry[];
  skipped: { namespace: string; key: string; reason: string }[];
}
