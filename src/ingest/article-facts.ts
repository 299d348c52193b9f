import { parseCredit } from './credit-line.js';
import { parseByline, parseDate } from './page-meta.js';
import type { HtmlMeta } from './segment-html.js';
import type { ClassifiedSegment } from './segment.js';
import { parseUpdateLine } from './update-line.js';

/** What the page says about its article besides the text: front matter fields. */
export interface ArticleFacts {
  date?: string;
  updated?: string;
  author?: string;
  credit?: string;
}

/** A UI template a fact line brings (`Foto: {{credit}}`), with the key it gets unless one already holds it. */
export interface FactTemplate {
  text: string;
  section: string;
  name: string;
}

/** The front matter field each stamp reason fills, in the order the article lists them. */
export const FACT_FIELDS: ReadonlyArray<[reason: string, field: keyof ArticleFacts]> = [
  ['date', 'date'],
  ['updated', 'updated'],
  ['byline', 'author'],
  ['credit', 'credit'],
];

/**
 * The article's date, update time, author and photo credit from the segments the classifier
 * skipped as stamps (article ones before chrome ones), else from the page head; and the UI
 * templates of the update and credit lines used, so the site can print them as the page did.
 */
export function articleFacts(segments: readonly ClassifiedSegment[], meta: HtmlMeta): { facts: ArticleFacts; templates: FactTemplate[] } {
  const stamps = [...segments.filter((segment) => segment.zone !== 'chrome'), ...segments.filter((segment) => segment.zone === 'chrome')];
  const first = (reason: string, read: (segment: ClassifiedSegment) => unknown) => stamps.find((segment) => segment.role === 'skipped' && segment.reason === reason && read(segment) !== undefined);
  const readDate = (segment: ClassifiedSegment) => parseDate(segment.value ?? segment.text);
  // A date line first, else a byline that ends with the date ("By Ana Pérez · March 3, 2025").
  const dateSegment = first('date', readDate) ?? first('byline', readDate);
  const date = (dateSegment && readDate(dateSegment)) ?? (meta.date === undefined ? undefined : parseDate(meta.date));
  const bylineSegment = first('byline', () => true);
  const author = (bylineSegment && (parseByline(bylineSegment.text) ?? bylineSegment.text)) ?? meta.author;
  const update = first('updated', (segment) => parseUpdateLine(segment.text));
  const updated = update && parseUpdateLine(update.text);
  const creditSegment = first('credit', (segment) => parseCredit(segment.text));
  const credit = creditSegment && parseCredit(creditSegment.text);
  const templates: FactTemplate[] = [];
  if (updated) templates.push({ text: updated.template, section: 'article', name: 'updatedOn' });
  if (credit?.template) templates.push({ text: credit.template, section: 'article', name: 'photoCredit' });
  const facts = { ...(date && { date }), ...(updated && { updated: updated.at }), ...(author && { author }), ...(credit && { credit: credit.credit }) };
  return { facts, templates };
}
