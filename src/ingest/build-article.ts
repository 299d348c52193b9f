import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { isDeviceName } from '../content/slug.js';
import type { ClassifiedSegment } from './segment.js';

/** Everything the article file records besides its body. */
export interface ArticleHead {
  title: string;
  slug: string;
  lang: string;
  date?: string;
  /** When the page says it was last updated: `YYYY-MM-DDTHH:MM` on the page's clock, or a day. */
  updated?: string;
  author?: string;
  /** Who the article's photo is credited to ("Archivo", "Gentileza Bodega Los Álamos"). */
  credit?: string;
  sourcePage: string;
  sourcePageHash: string;
}

const STOP_WORDS = new Set(
  'a an the of in on at to for and or by with from as is are was were be been its it that this into over after about says said'.split(' '),
);

/**
 * A readable slug from a title: its main clause (before a comma, colon or dash), without
 * accents and small words, at most eight words: "Zelenskyy accuses Chinese nationals of working
 * in Russian drone factories, raising..." -> `zelenskyy-accuses-chinese-nationals-working-russian-drone-factories`.
 * A slug Windows reserves for a device ("Con" -> `con`) gets `-article` after it.
 */
export function slugFromTitle(title: string): string {
  const clause = title.split(/[,:;—–|]| - /)[0]!;
  const words = (text: string): string[] =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
  const chosen = words(clause).length >= 3 ? words(clause) : words(title);
  const slug = chosen.slice(0, 8).join('-') || 'article';
  return isDeviceName(slug) ? `${slug}-article` : slug;
}

/** The article's description: its first paragraph, cut after a sentence (or a word) near 200 characters. */
export function describe(paragraph: string): string {
  if (paragraph.length <= 200) return paragraph;
  const sentence = /^.{40,200}?[.!?](?=\s)/.exec(paragraph)?.[0];
  return sentence ?? `${paragraph.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

/** The markdown of one body segment: the HTML block's own markdown, or the text line as it was. */
function markdownOf(segment: ClassifiedSegment): string {
  if (segment.markdown !== undefined) return segment.markdown;
  if (segment.role === 'heading') return `## ${segment.text}`;
  if (segment.role === 'quote') return `> ${segment.text}`;
  return segment.text;
}

/** Segments that belong to the article body, in page order. */
const bodySegments = (segments: readonly ClassifiedSegment[]): ClassifiedSegment[] =>
  segments.filter(
    (segment) => segment.role === 'heading' || segment.role === 'paragraph' || segment.role === 'quote' || segment.role === 'caption',
  );

/**
 * The article file: gray-matter front matter (title, slug, lang, date, update, author and credit when known,
 * description, the source page and its hash) and the body blocks separated by blank lines.
 * Same input, same bytes, so re-ingest is a no-op.
 */
export function buildArticle(head: ArticleHead, segments: readonly ClassifiedSegment[]): string {
  const body = bodySegments(segments);
  const first = body.find((segment) => segment.role === 'paragraph');
  const data = {
    title: head.title,
    slug: head.slug,
    lang: head.lang,
    ...(head.date !== undefined && { date: head.date }),
    ...(head.updated !== undefined && { updated: head.updated }),
    ...(head.author !== undefined && { author: head.author }),
    ...(head.credit !== undefined && { credit: head.credit }),
    ...(first && { description: describe(first.text) }),
    sourcePage: head.sourcePage,
    sourcePageHash: head.sourcePageHash,
  };
  const text = `${body.map(markdownOf).join('\n\n')}\n`;
  return `${matter.stringify(text, data, { lineWidth: -1 } as Parameters<typeof matter.stringify>[2]).trimEnd()}\n`;
}

/** The hash an article records of the page it was ingested from: line endings normalised, 16 hex digits. */
export const pageHash = (raw: string): string => createHash('sha256').update(raw.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 16);
