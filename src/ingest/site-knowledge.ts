/**
 * What the run knows about the site beside the page: texts seen on other pages of the same run
 * (site chrome), and the UI strings already in the bundle or named in `ingest.keys`.
 */
export interface SiteKnowledge {
  repeated: ReadonlySet<string>;
  known: ReadonlySet<string>;
}
