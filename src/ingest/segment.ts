/** The language a segment is in: the site mixes exactly these two, anything else is `und`. */
export type SegmentLang = 'en' | 'es' | 'und';

/** Where a segment goes: the article (title..caption), the UI bundle (ui), or nowhere but the report (skipped). */
export type SegmentRole = 'title' | 'heading' | 'paragraph' | 'quote' | 'caption' | 'ui' | 'skipped';

/** What the markup (or a line's shape) says a segment is, before language is taken into account. */
export type SegmentHint =
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'quote'
  | 'caption'
  | 'image'
  | 'link'
  | 'tag'
  | 'credit'
  | 'byline'
  | 'date'
  | 'comment'
  | 'label'
  | 'text';

/**
 * One piece of a page as the segmenter found it. `zone` is the landmark it sits in (`flat` for
 * text dumps, which have none); `section` names the chrome block (nav, comments, share...), which
 * also seeds derived keys; `markdown` is how an HTML body block reads as markdown.
 */
export interface RawSegment {
  text: string;
  zone: 'body' | 'chrome' | 'flat';
  section: string;
  hint: SegmentHint;
  markdown?: string;
  /** A machine-readable value the markup carried (a `<time datetime>`), used for front matter. */
  value?: string;
}

/** A segment with its language guess, already combined with cues from the text itself. */
export interface DetectedSegment extends RawSegment {
  lang: SegmentLang;
  confidence: number;
}

/** A segment with its final role; `reason` says why, for the text report. */
export interface ClassifiedSegment extends DetectedSegment {
  role: SegmentRole;
  reason: string;
}

/** A problem with a page that stops its ingest: shown as `page: message`, never as a stack trace. */
export class IngestProblem extends Error {
  override readonly name = 'IngestProblem';
}
