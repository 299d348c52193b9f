/** A defect injected into a generated project, where a checker should report it. */
export interface Defect {
  kind: string;
  file: string;
  locale: string;
  namespace: string;
  key: string | null;
  line: number;
}

/** What generateProject wrote. */
export interface GeneratedProject {
  size: string;
  seed: number;
  locales: number;
  namespaces: number;
  files: number;
  messages: number;
  bytes: number;
  defects: Defect[];
}

/** Corpus sizes by name. */
export declare const SIZES: Record<
  'small' | 'medium' | 'large',
  { locales: number; namespaces: number; messages: number; perKind: number }
>;
/** BCP 47 tags, source first. */
export declare const LOCALES: string[];
/** The folder spelled otherwise than i18next writes its code, and the locale whose clean files it holds. */
export declare const MISNAMED_LOCALE: { folder: string; locale: string };
/** Namespace names. */
export declare const NAMESPACES: string[];
/** Writes a deterministic project with recorded defects into outDir. */
export declare function generateProject(options: { size: string; seed?: number; outDir: string }): GeneratedProject;
