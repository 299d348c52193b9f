/** One bundle file on disk, read but not parsed. */
export interface BundleSource {
  /** Path relative to the root, `/`-separated. */
  file: string;
  locale: string;
  /** `ui`, or `views/settings` for `locales/<lng>/views/settings.json`. */
  namespace: string;
  /** The raw bytes; undefined when the file could not be read (see `readError`). */
  bytes: Buffer | undefined;
  readError?: string;
  /** Why the file is not read at all (a link whose real path is outside the project): a diagnostic, never its bytes. */
  refused?: string;
  /** Reads the same file again (see readBundleFiles' `reread`): when present, the parsed bundle does not keep the bytes. */
  reread?: () => Buffer;
  /** Lets go of bytes read on demand once they are parsed (see readBundleFiles): `bytes` then reads the file again. */
  release?: () => void;
}
