/** BCP 47 tags the status project takes its locales from, source first. */
export declare const STATUS_LOCALES: string[];
/** Namespace names the status project takes its namespaces from. */
export declare const STATUS_NAMESPACES: string[];
/** Writes a deterministic backlog project for the status page into outDir. */
export declare function generateStatusProject(options: {
  locales?: number;
  namespaces?: number;
  keys?: number;
  seed?: number;
  outDir: string;
}): { locales: string[]; namespaces: string[]; files: number };
