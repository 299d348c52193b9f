/** What generateSite wrote. */
export interface GeneratedSite {
  articles: number;
  translations: number;
  /** Article pages a build makes (articles times locales). */
  pages: number;
}

/** The config of a generated site. */
export declare const SITE_CONFIG: Record<string, unknown>;

/** Writes a seeded site of `articles` English articles and their es-AR translations under `root`. */
export declare function generateSite(options: { root: string; articles: number; seed?: number }): Promise<GeneratedSite>;
