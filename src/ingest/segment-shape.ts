import { CHROME_WORDS, RELATED_LABELS, SECTION_WORDS, TAG_LABELS, labelOf, wordsOf } from './language-cues.js';
import { isCredit, isDateLine, parseByline } from './page-meta.js';
import type { DetectedSegment } from './segment.js';
import { isUpdateLine } from './update-line.js';

/** What a segment's wording says about it, independent of where it sits. */
export interface Shape {
  words: number;
  /** Ends like a sentence (or a closing quote after one). */
  terminal: boolean;
  /** Opens with a quotation mark or dash of dialogue: somebody's words, kept in the article. */
  quoted: boolean;
  tagLabel: boolean;
  relatedLabel: boolean;
  chromeWord: boolean;
  /** Ends with a photo credit ("... (Photo: Reuters)"): a caption of the article's image. */
  caption: boolean;
  /** A date or update stamp, a byline or a credit: front matter or nothing, never body text. */
  meta: 'date' | 'updated' | 'byline' | 'credit' | undefined;
}

const CAPTION_CREDIT =
  /(?:\((?:fotos?|photos?|im[aá]gen|image|cr[eé]dito|credit)\s*:[^)]*\)|\b(?:Foto|Photo|Imagen|Image|Credit|Crédito)\s*:\s*[\p{L} ./&-]{2,40})\s*$/iu;

/** Reads the shape of a segment's text. */
export function shapeOf(segment: DetectedSegment): Shape {
  const { text } = segment;
  const label = labelOf(text);
  const words = wordsOf(text);
  // A byline that also dates the article is a byline: its date is read from it too. An update
  // line names a date too, but not the day of publication.
  const meta =
    parseByline(text) !== undefined
      ? 'byline'
      : isUpdateLine(text)
        ? 'updated'
        : isDateLine(text)
          ? 'date'
          : isCredit(text)
            ? 'credit'
            : undefined;
  return {
    words: words.length,
    terminal: /[.!?…:;]["'”’»)]*$/.test(text.trim()),
    quoted: /^["“«‘—–]/.test(text.trim()),
    tagLabel: TAG_LABELS.has(label),
    relatedLabel: RELATED_LABELS.has(label),
    chromeWord: words.length > 0 && words.length <= 2 && words.every((word) => CHROME_WORDS.has(word)),
    meta,
    // A credit closes the line: its last 300 characters hold it, and `[^)]*` in the pattern would
    // scan a long line to its end from every "(foto:".
    caption: meta === undefined && words.length >= 4 && CAPTION_CREDIT.test(text.length > 300 ? text.slice(-300) : text),
  };
}

/** English prose: a sentence long enough to be body text, not a label or a headline. */
export const isProse = (segment: DetectedSegment, shape: Shape): boolean =>
  segment.lang === 'en' && !shape.meta && !shape.chromeWord && ((shape.words >= 5 && shape.terminal) || shape.words >= 25);

/** The chrome block a text-dump line belongs to: named by its words, else by its place around the article. */
export function flatSection(text: string, place: 'header' | 'article' | 'footer'): string {
  const shape = labelOf(text);
  if (TAG_LABELS.has(shape)) return 'tags';
  if (RELATED_LABELS.has(shape)) return 'related';
  return SECTION_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? place;
}

/**
 * A short, capitalised line without sentence punctuation ("Javier Milei", "Comercio exterior"):
 * what a tag value looks like. A line that names a chrome block ("Comentarios", "Compartir en
 * WhatsApp") ends the tag list instead.
 */
export function looksLikeTag(segment: DetectedSegment, shape: Shape): boolean {
  const words = segment.text.split(/\s+/);
  const cased =
    words.every((word) => /^\p{Lu}/u.test(word) || (word.length <= 3 && /^\p{Ll}+$/u.test(word))) ||
    (words.length <= 3 && /^\p{Lu}/u.test(words[0]!));
  return (
    shape.words <= 4 &&
    !shape.terminal &&
    !shape.chromeWord &&
    !shape.tagLabel &&
    !shape.relatedLabel &&
    !/[\d,]/.test(segment.text) &&
    cased &&
    !SECTION_WORDS.some(([pattern]) => pattern.test(segment.text))
  );
}
