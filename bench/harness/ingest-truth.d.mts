/** What a page's truth file says ingest must find. */
export interface IngestTruth {
  title: string;
  body: string[];
  ui: string[];
  teasers: string[];
  tags: string[];
  frontMatter: Record<string, string>;
}

/** The part of an ingest report (`--format json`) the score reads. */
export interface ScoredReport {
  title: string;
  segments: Array<{ text: string; role: string; file: string | null; key: string | null }>;
}

/** One page scored against its truth. */
export interface IngestPageScore {
  title: boolean;
  body: { found: number; total: number; inOrder: boolean; extra: number };
  ui: { found: number; total: number; missed: string[] };
  leaked: string[];
  intoBody: string[];
  facts: { found: number; total: number; missed: string[] };
}

/** Pages scored together. */
export interface IngestScoreSum {
  pages: number;
  titles: number;
  body: { found: number; total: number; inOrder: boolean; extra: number };
  ui: { found: number; total: number };
  leaked: number;
  intoBody: number;
  facts: { found: number; total: number };
}

/** Scores one ingest report against a page's truth file. */
export declare function scoreIngestPage(report: ScoredReport, truth: IngestTruth, frontMatter: Record<string, unknown>): IngestPageScore;
/** Adds up page scores. */
export declare function sumIngestScores(scores: IngestPageScore[]): IngestScoreSum;
