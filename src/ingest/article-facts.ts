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

/** Whether a segment sits outside the article: a chrome block, or a text-dump line before the title or after the body. */
const outsideArticle = (segment: ClassifiedSegment): boolean =>
  segment.zone === 'chrome' || (segment.zone === 'flat' && (segment.section === 'header' || segment.section === 'footer'));

/**
 * The article's date, update time, author and photo credit from the segments the classifier
 * skipped as stamps (those in the article before those around it: the date a masthead shows is
 * today's, not the article's), else from the page head; the UI templates of the update and
 * credit lines used, so the site can print them as the page did; and which segment (by index)
 * each field was read from, for the report.
 */
export function articleFacts(
  segments: readonly ClassifiedSegment[],
  meta: HtmlMeta,
): { facts: ArticleFacts; templates: FactTemplate[]; factSources: Map<number, keyof ArticleFacts> } {
  const stamps = [...segments.filter((segment) => !outsideArticle(segment)), ...segments.filter(outsideArticle)];
  const first = (reason: string, read: (segment: ClassifiedSegment) => unknown) =>
    stamps.find((segment) => segment.role === 'skipped' && segment.reason === reason && read(segment) !== undefined);
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
  const facts = {
    ...(date && { date }),
    ...(updated && { updated: updated.at }),
    ...(author && { author }),
    ...(credit && { credit: credit.credit }),
  };
  const factSources = new Map<number, keyof ArticleFacts>();
  const used: Array<[ClassifiedSegment | undefined, keyof ArticleFacts]> = [
    [bylineSegment, 'author'],
    [dateSegment, 'date'],
    [update, 'updated'],
    [creditSegment, 'credit'],
  ];
  // A byline that also dates the article reports as the author; its date still fills `date`.
  for (const [segment, field] of used)
    if (segment && facts[field] !== undefined && !factSources.has(segments.indexOf(segment)))
      factSources.set(segments.indexOf(segment), field);
  return { facts, templates, factSources };
}
