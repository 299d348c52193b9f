import { articleFacts, type ArticleFacts, type FactTemplate } from './article-facts.js';
import { classifyFlat } from './classify-flat.js';
import { classifyHtml } from './classify-html.js';
import { identifyLanguage, type DetectScores } from './identify-language.js';
import { segmentHtml, type HtmlMeta } from './segment-html.js';
import { IngestProblem, type ClassifiedSegment, type RawSegment } from './segment.js';
import type { SiteKnowledge } from './site-knowledge.js';

/**
 * A plain-text dump has one segment per line, in page order; blank lines separate nothing
 * more than a newline does, and surrounding spaces are the scraper's, not the author's.
 */
export function segmentText(text: string): RawSegment[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, zone: 'flat' as const, section: '', hint: 'text' as const }));
}

/** A page as read from disk: its project-relative path, its text and its format. */
export interface PageSource {
  path: string;
  raw: string;
  kind: 'text' | 'html';
}

/** A page split and classified: the article's title and facts, the templates of its fact lines, and every segment with its role. */
export interface AnalysedPage {
  page: PageSource;
  title: string;
  facts: ArticleFacts;
  templates: FactTemplate[];
  /** Which segment (by index) each front matter field was read from. */
  factSources: Map<number, keyof ArticleFacts>;
  segments: ClassifiedSegment[];
}

/** Whether a page is HTML: by extension, else by its first tag. */
export const pageKind = (path: string, raw: string): PageSource['kind'] =>
  /\.x?html?$/i.test(path) || /^\s*(<!doctype html|<html|<head|<body|<article|<main)/i.test(raw) ? 'html' : 'text';

/** The raw segments of a page, before languages and roles (used to spot text repeated across pages). */
export function rawSegments(page: PageSource): { segments: RawSegment[]; meta: HtmlMeta } {
  return page.kind === 'html' ? segmentHtml(page.raw) : { segments: segmentText(page.raw), meta: {} };
}

/**
 * Splits, identifies and classifies one page, with what the run knows about the site. Throws
 * an IngestProblem when the page has no English article or no Spanish chrome, so nothing half-understood is written.
 */
export function analysePage(
  page: PageSource,
  detect: DetectScores,
  site: SiteKnowledge = { repeated: new Set(), known: new Set() },
): AnalysedPage {
  const { segments, meta } = rawSegments(page);
  if (segments.length === 0) throw new IngestProblem('the page has no text');
  const detected = segments.map((segment) => ({ ...segment, ...identifyLanguage(segment.text, detect) }));
  const classified = page.kind === 'html' ? classifyHtml(detected, site, meta.title) : classifyFlat(detected, site);
  if (!classified.some((segment) => segment.role === 'ui')) {
    throw new IngestProblem(
      'no Spanish UI string found: this does not look like a page of the site (English article inside Spanish chrome)',
    );
  }
  const title = classified.find((segment) => segment.role === 'title')?.text ?? meta.title?.split(/ [|–—-] /)[0]?.trim() ?? '';
  return { page, title, segments: classified, ...articleFacts(classified, meta) };
}

/** Texts that occur on at least two of the pages: the site's chrome, whatever the markup says. */
export function repeatedTexts(pages: ReadonlyArray<readonly RawSegment[]>): Set<string> {
  const seen = new Map<string, number>();
  for (const segments of pages)
    for (const text of new Set(segments.map((segment) => segment.text))) seen.set(text, (seen.get(text) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count >= 2).map(([text]) => text));
}
