import { CHROME_SENTENCE } from './language-cues.js';
import { isProse, looksLikeTag, shapeOf } from './segment-shape.js';
import type { SiteKnowledge } from './site-knowledge.js';
import { IngestProblem, type ClassifiedSegment, type DetectedSegment, type SegmentRole } from './segment.js';
import { looksLikeUiWord } from './uncertain-line.js';

const as = (segment: DetectedSegment, role: SegmentRole, reason: string): ClassifiedSegment => ({ ...segment, role, reason });

/** The stamp a segment marked as date, byline or credit is: an update line says so by its words. */
const stampReason = (hint: 'date' | 'byline' | 'credit', shape: ReturnType<typeof shapeOf>): string =>
  shape.meta === 'updated' ? 'updated' : hint;

/** A segment in site chrome: UI unless it is another article's headline, a tag, a stamp or a comment. */
function chromeRole(segment: DetectedSegment, known: ReadonlySet<string>): ClassifiedSegment {
  const shape = shapeOf(segment);
  if (segment.hint === 'comment') return as(segment, 'skipped', 'reader comment');
  if (segment.hint === 'date' || segment.hint === 'byline' || segment.hint === 'credit')
    return as(segment, 'skipped', stampReason(segment.hint, shape));
  if (shape.meta) return as(segment, 'skipped', shape.meta);
  if (shape.tagLabel || shape.relatedLabel) return as(segment, 'ui', `label of the ${segment.section} block`);
  if (segment.section === 'tags' && (segment.hint === 'link' || looksLikeTag(segment, shape))) return as(segment, 'skipped', 'tag value');
  if (known.has(segment.text)) return as(segment, 'ui', 'string already in the bundle or ingest.keys');
  if (segment.lang === 'und')
    return looksLikeUiWord(segment, shape)
      ? as(segment, 'ui', `UI word of uncertain language in a chrome block (${segment.section})`)
      : as(segment, 'skipped', 'no words to translate');
  if (segment.lang === 'en' && !shape.chromeWord && (shape.words >= 4 || (segment.section === 'related' && segment.hint !== 'label'))) {
    return as(segment, 'skipped', 'headline or summary of another article');
  }
  if (
    segment.section === 'related' &&
    (segment.hint === 'link' || segment.hint === 'heading') &&
    shape.words >= 4 &&
    !CHROME_SENTENCE.test(segment.text)
  ) {
    return as(segment, 'skipped', 'headline of another article');
  }
  return as(segment, 'ui', `page chrome (${segment.section})`);
}

/** A segment in the article: body text unless a short Spanish line or a site label sits there. */
function bodyRole(segment: DetectedSegment, known: ReadonlySet<string>): ClassifiedSegment {
  const shape = shapeOf(segment);
  switch (segment.hint) {
    case 'title':
      return as(segment, 'title', 'first h1 of the article');
    case 'quote':
      return as(segment, 'quote', 'blockquote');
    case 'image':
      return as(segment, 'caption', 'image description (alt)');
    case 'caption':
      return shape.meta === 'credit' ? as(segment, 'skipped', 'credit') : as(segment, 'caption', 'figcaption');
    case 'date':
    case 'byline':
    case 'credit':
      return as(segment, 'skipped', stampReason(segment.hint, shape));
    case 'comment':
      return as(segment, 'skipped', segment.hint);
    default:
  }
  // An update line is long ("Última actualización: 22 de abril de 2025, 18:40") and still a stamp.
  if (shape.meta === 'updated' || (shape.meta && shape.words <= 6)) return as(segment, 'skipped', shape.meta);
  if (shape.relatedLabel || shape.tagLabel) return as(segment, 'ui', 'label inside the article');
  if (shape.chromeWord) return as(segment, 'ui', 'site label in English');
  if (known.has(segment.text) && !isProse(segment, shape)) return as(segment, 'ui', 'string already in the bundle or ingest.keys');
  if (segment.lang === 'und')
    return segment.hint === 'label' && looksLikeUiWord(segment, shape)
      ? as(segment, 'ui', 'button or label of uncertain language inside the article')
      : as(segment, 'skipped', 'no words to translate');
  // A linked line of four words or more inside the article is another article's headline, in either language.
  if (segment.hint === 'link' && shape.words >= 4 && !shape.terminal && !shape.quoted)
    return as(segment, 'skipped', 'headline of another article');
  if (segment.lang === 'es' && !shape.quoted && (shape.words < 10 || CHROME_SENTENCE.test(segment.text)))
    return as(segment, 'ui', 'Spanish label inside the article');
  if (segment.hint === 'heading') return as(segment, 'heading', 'article heading');
  return as(segment, 'paragraph', shape.quoted ? 'quoted paragraph' : 'article paragraph');
}

/**
 * Roles for an HTML page: the landmark decides first (article body or chrome block), then
 * language and wording move the exceptions (a Spanish "Puede interesarte" inside the article is
 * UI, an English "Newsletter" in the header is UI, another article's headline is skipped).
 * Strings repeated on other pages of the site are chrome wherever they sit.
 */
export function classifyHtml(
  segments: readonly DetectedSegment[],
  site: SiteKnowledge,
  headTitle: string | undefined,
): ClassifiedSegment[] {
  const classified = segments.map((segment) =>
    segment.zone === 'body' && !site.repeated.has(segment.text) ? bodyRole(segment, site.known) : chromeRole(segment, site.known),
  );
  if (!classified.some((segment) => segment.role === 'title') && headTitle === undefined)
    throw new IngestProblem('no title found: the page has no h1 in its article and no <title>');
  if (!classified.some((segment) => segment.role === 'paragraph' && segment.lang === 'en' && isProse(segment, shapeOf(segment)))) {
    throw new IngestProblem('no English body paragraph found in the article (is the page only Spanish?)');
  }
  return classified;
}
