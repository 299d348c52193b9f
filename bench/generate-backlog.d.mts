/** What generateBacklog wrote. */
export interface GeneratedBacklog {
  size: string;
  seed: number;
  locales: string[];
  /** The partly translated locales: half of their keys missing. */
  partial: string[];
  namespaces: string[];
  files: number;
  messages: number;
  bytes: number;
}

/** Backlog sizes by name. */
export declare const BACKLOG_SIZES: Record<'test' | 'bench', { locales: number; namespaces: number; messages: number }>;
/** Writes a deterministic project with a translation backlog into outDir. */
export declare function generateBacklog(options: { size?: string; seed?: number; outDir: string }): GeneratedBacklog;
