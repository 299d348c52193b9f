import { CHROME_SENTENCE } from './language-cues.js';
import { flatSection, isProse, looksLikeTag, shapeOf, type Shape } from './segment-shape.js';
import type { SiteKnowledge } from './site-knowledge.js';
import { IngestProblem, type ClassifiedSegment, type DetectedSegment, type SegmentRole } from './segment.js';
import { looksLikeUiWord } from './uncertain-line.js';

type Mode = 'none' | 'tags' | 'teasers';

interface Line {
  segment: DetectedSegment;
  shape: Shape;
  repeated: boolean;
  /** The site already has this string (bundle value or `ingest.keys`): UI wherever it sits. */
  known: boolean;
}

const as = (segment: DetectedSegment, role: SegmentRole, reason: string): ClassifiedSegment => ({ ...segment, role, reason });

/** A line that could be a headline: English, four words or more, neither a stamp nor site chrome. */
const isHeadline = ({ segment, shape, repeated }: Line): boolean =>
  segment.lang === 'en' && !repeated && shape.words >= 4 && !shape.meta && !shape.quoted && !shape.chromeWord;

/**
 * The title: the first headline before the first body paragraph that is not in a list of other
 * articles' headlines (after "Más leídas" and the like, until a Spanish label ends the list); when
 * every headline is in such a list, the last one before the body.
 */
function findTitle(lines: readonly Line[]): number {
  const prose = lines.findIndex((line) => !line.repeated && isProse(line.segment, line.shape));
  let teasers = false;
  let lastTeaser = -1;
  for (let index = 0; index < (prose < 0 ? lines.length : prose); index += 1) {
    const line = lines[index]!;
    if (line.shape.relatedLabel) teasers = true;
    else if (isHeadline(line)) {
      if (!teasers) return index;
      lastTeaser = index;
    } else if (line.segment.lang === 'es' && !line.shape.meta) teasers = false;
  }
  return lastTeaser >= 0 ? lastTeaser : lines.findIndex(isHeadline);
}

/**
 * A Spanish line of four words or more right after a "Puede interesarte" label (or after another
 * teaser) is another article's headline, unless it reads like the site's own sign-up or comment text.
 */
const isSpanishTeaser = ({ segment, shape, known }: Line, mode: Mode): boolean =>
  mode === 'teasers' && segment.lang === 'es' && !known && shape.words >= 4 && !shape.quoted && !CHROME_SENTENCE.test(segment.text);

/** Outside the article (before its title, after its last paragraph, or repeated on every page). */
function chromeRole(line: Line, mode: Mode): [ClassifiedSegment, Mode] {
  const { segment, shape } = line;
  if (shape.meta) return [as(segment, 'skipped', shape.meta), mode];
  if (shape.tagLabel) return [as(segment, 'ui', 'label of the tag list'), 'tags'];
  if (shape.relatedLabel) return [as(segment, 'ui', 'label of a related-articles box'), 'teasers'];
  if (mode === 'tags' && !line.repeated && looksLikeTag(segment, shape)) return [as(segment, 'skipped', 'tag value'), mode];
  if (line.known) return [as(segment, 'ui', 'string already in the bundle or ingest.keys'), 'none'];
  if (segment.lang === 'en' && shape.words >= 4 && !shape.chromeWord) return [as(segment, 'skipped', 'headline of another article'), mode];
  if (isSpanishTeaser(line, mode)) return [as(segment, 'skipped', 'headline of another article (after a related-articles label)'), mode];
  if (segment.lang === 'und') {
    return looksLikeUiWord(segment, shape)
      ? [as(segment, 'ui', 'UI word of uncertain language among the site chrome'), 'none']
      : [as(segment, 'skipped', 'no words to translate'), mode];
  }
  return [as(segment, 'ui', line.repeated ? 'repeated on other pages of the site' : 'page chrome outside the article'), 'none'];
}

/** Inside the article: body text unless its language and neighbours say it is chrome. */
function bodyRole(lines: readonly Line[], index: number, mode: Mode): [ClassifiedSegment, Mode] {
  const { segment, shape } = lines[index]!;
  if (shape.meta) return [as(segment, 'skipped', shape.meta), mode];
  if (shape.relatedLabel || shape.tagLabel) return [as(segment, 'ui', 'label inside the article'), shape.tagLabel ? 'tags' : 'teasers'];
  if (shape.quoted) return [as(segment, 'quote', 'quoted words'), 'none'];
  if (shape.caption) return [as(segment, 'caption', 'photo caption with its credit'), 'none'];
  if (lines[index]!.known && !isProse(segment, shape)) return [as(segment, 'ui', 'string already in the bundle or ingest.keys'), 'none'];
  if (isSpanishTeaser(lines[index]!, mode))
    return [as(segment, 'skipped', 'headline of another article (after a related-articles label)'), mode];
  let after = index + 1;
  while (lines[after]?.shape.meta) after += 1;
  const next = lines[after];
  const nextIsBody = next !== undefined && (isProse(next.segment, next.shape) || next.shape.quoted);
  const previous = lines[index - 1];
  const between = nextIsBody && previous !== undefined && isProse(previous.segment, previous.shape);
  if (segment.lang === 'und') {
    // "Unirme" between a teaser and the next paragraph is a button; between two paragraphs it is nothing to translate.
    return looksLikeUiWord(segment, shape) && !between
      ? [as(segment, 'ui', 'UI word of uncertain language beside site chrome'), 'none']
      : [as(segment, 'skipped', 'no words to translate'), mode];
  }
  if (segment.lang === 'es') {
    if (shape.words >= 10 && shape.terminal && between && !CHROME_SENTENCE.test(segment.text))
      return [as(segment, 'quote', 'Spanish sentence between body paragraphs'), 'none'];
    return [as(segment, 'ui', 'Spanish label inside the article'), 'none'];
  }
  if (isProse(segment, shape)) return [as(segment, 'paragraph', 'English prose'), 'none'];
  if (mode === 'teasers' && shape.words >= 4 && !shape.terminal) return [as(segment, 'skipped', 'headline of another article'), mode];
  if (shape.chromeWord) return [as(segment, 'ui', 'site label in English'), 'none'];
  if (shape.terminal) return [as(segment, 'paragraph', 'English sentence'), 'none'];
  if (nextIsBody) return [as(segment, 'heading', 'short English line before body text'), 'none'];
  if (shape.words >= 5) return [as(segment, 'paragraph', 'English text'), 'none'];
  return [as(segment, 'ui', 'short line not followed by body text'), 'none'];
}

/**
 * Roles for a text dump, which has no markup: the title is the first English headline, the body
 * runs from it to the last English paragraph (and the quotations right after it), and inside the body language, quotation marks and
 * the next line decide (a short English line before a paragraph is a heading, after a
 * "Puede interesarte" it is a teaser, in either language). Lines repeated on other pages of the
 * site and strings the site already has are chrome; a short line the language identifier cannot
 * place is a UI word when its neighbours are chrome.
 */
export function classifyFlat(segments: readonly DetectedSegment[], site: SiteKnowledge): ClassifiedSegment[] {
  const lines = segments.map((segment) => ({
    segment,
    shape: shapeOf(segment),
    repeated: site.repeated.has(segment.text),
    known: site.known.has(segment.text),
  }));
  const title = findTitle(lines);
  if (title < 0)
    throw new IngestProblem('no English title found: the page has no English line of four words or more (is it only Spanish?)');
  let last = -1;
  lines.forEach((line, index) => {
    const sentence = line.segment.lang === 'en' && line.shape.terminal && line.shape.words >= 3 && !line.shape.meta;
    if (index > title && !line.repeated && (isProse(line.segment, line.shape) || sentence)) last = index;
  });
  if (last < 0) throw new IngestProblem(`no English body paragraph found after the title ${JSON.stringify(lines[title]!.segment.text)}`);
  while (lines[last + 1]?.shape.quoted && lines[last + 1]!.shape.words >= 6) last += 1;
  let mode: Mode = 'none';
  return lines.map((line, index) => {
    line.segment = {
      ...line.segment,
      section: flatSection(line.segment.text, index < title ? 'header' : index > last ? 'footer' : 'article'),
    };
    if (index === title) return as(line.segment, 'title', 'first English headline');
    const [classified, next] = index < title || index > last || line.repeated ? chromeRole(line, mode) : bodyRole(lines, index, mode);
    mode = next;
    return classified;
  });
}
