import { CHROME_SENTENCE } from './language-cues.js';
import { isProse, looksLikeTag, shapeOf } from './segment-shape.js';
import { IngestProblem, type ClassifiedSegment, type DetectedSegment, type SegmentRole } from './segment.js';

const as = (segment: DetectedSegment, role: SegmentRole, reason: string): ClassifiedSegment => ({ ...segment, role, reason });

/** A segment in site chrome: UI unless it is another article's headline, a tag, a stamp or a comment. */
function chromeRole(segment: DetectedSegment): ClassifiedSegment {
  const shape = shapeOf(segment);
  if (segment.hint === 'comment') return as(segment, 'skipped', 'reader comment');
  if (segment.hint === 'date' || segment.hint === 'byline' || segment.hint === 'credit') return as(segment, 'skipped', segment.hint);
  if (shape.meta) return as(segment, 'skipped', shape.meta);
  if (shape.tagLabel || shape.relatedLabel) return as(segment, 'ui', `label of the ${segment.section} block`);
  if (segment.section === 'tags' && (segment.hint === 'link' || looksLikeTag(segment, shape))) return as(segment, 'skipped', 'tag value');
  if (segment.lang === 'und') return as(segment, 'skipped', 'no words to translate');
  if (segment.lang === 'en' && !shape.chromeWord && (shape.words >= 4 || (segment.section === 'related' && segment.hint !== 'label'))) {
    return as(segment, 'skipped', 'headline or summary of another article');
  }
  if (segment.section === 'related' && (segment.hint === 'link' || segment.hint === 'heading') && shape.words >= 4 && !CHROME_SENTENCE.test(segment.text)) {
    return as(segment, 'skipped', 'headline of another article');
  }
  return as(segment, 'ui', `page chrome (${segment.section})`);
}

/** A segment in the article: body text unless a short Spanish line or a site label sits there. */
function bodyRole(segment: DetectedSegment): ClassifiedSegment {
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
    case 'comment':
      return as(segment, 'skipped', segment.hint);
    default:
  }
  if (shape.meta && shape.words <= 6) return as(segment, 'skipped', shape.meta);
  if (shape.relatedLabel || shape.tagLabel) return as(segment, 'ui', 'label inside the article');
  if (shape.chromeWord) return as(segment, 'ui', 'site label in English');
  if (segment.lang === 'und') return as(segment, 'skipped', 'no words to translate');
  if (segment.lang === 'es' && !shape.quoted && (shape.words < 10 || CHROME_SENTENCE.test(segment.text))) return as(segment, 'ui', 'Spanish label inside the article');
  if (segment.hint === 'heading') return as(segment, 'heading', 'article heading');
  if (segment.hint === 'link' && segment.lang === 'en' && shape.words >= 4 && !shape.terminal) return as(segment, 'skipped', 'headline of another article');
  return as(segment, 'paragraph', shape.quoted ? 'quoted paragraph' : 'article paragraph');
}

/**
 * Roles for an HTML page: the landmark decides first (article body or chrome block), then
 * language and wording move the exceptions (a Spanish "Puede interesarte" inside the article is
 * UI, an English "Newsletter" in the header is UI, another article's headline is skipped).
 * Strings repeated on other pages of the site are chrome wherever they sit.
 */
export function classifyHtml(segments: readonly DetectedSegment[], repeated: ReadonlySet<string>, headTitle: string | undefined): ClassifiedSegment[] {
  const classified = segments.map((segment) => (segment.zone === 'body' && !repeated.has(segment.text) ? bodyRole(segment) : chromeRole(segment)));
  if (!classified.some((segment) => segment.role === 'title') && headTitle === undefined) throw new IngestProblem('no title found: the page has no h1 in its article and no <title>');
  if (!classified.some((segment) => segment.role === 'paragraph' && segment.lang === 'en' && isProse(segment, shapeOf(segment)))) {
    throw new IngestProblem('no English body paragraph found in the article (is the page only Spanish?)');
  }
  return classified;
}
