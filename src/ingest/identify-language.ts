import { ENGLISH_WORDS, SPANISH_WORDS, wordsOf } from './language-cues.js';
import type { SegmentLang } from './segment.js';

/** A statistical detector's scores for one text, restricted to en and es (eld's `getScores()`). */
export type DetectScores = (text: string) => Partial<Record<'en' | 'es', number>>;

/** A language guess and how sure it is (0.5 = a coin toss, 0.99 = certain). */
export interface LanguageGuess {
  lang: SegmentLang;
  confidence: number;
}

// A quote ends before another opens, so an opening mark never closed is scanned only to the next one.
const QUOTED = /“[^“”]*”|«[^«»]*»|"[^"]*"|‘[^‘’]*’/g;
const SPANISH_LETTERS = /[ñáéíóúü¿¡]/i;
const LETTERS = /\p{L}/gu;

/** Drops quoted spans, links and digits, which speak for their author and not the segment. */
function stripForDetection(text: string): string {
  const withoutQuotes = text.replace(QUOTED, ' ');
  const base = (withoutQuotes.match(LETTERS)?.length ?? 0) >= 2 ? withoutQuotes : text;
  return base
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\d+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Language of a segment: the detector's scores plus votes of function words and Spanish letters,
 * which decide the one- to three-word strings where n-gram scores are close (English function
 * words weigh more: Spanish names inside English prose bring "de" and "la", never "the"; a
 * sentence with twice as many English function words as Spanish ones is English outright). Quoted spans are
 * removed first, so an English sentence quoting Spanish stays English (and the reverse).
 */
export function identifyLanguage(text: string, detect: DetectScores): LanguageGuess {
  const stripped = stripForDetection(text);
  if ((stripped.match(LETTERS)?.length ?? 0) < 2) return { lang: 'und', confidence: 1 };
  const scores = detect(stripped);
  if (scores.en === undefined && scores.es === undefined)
    return SPANISH_LETTERS.test(stripped) ? { lang: 'es', confidence: 0.6 } : { lang: 'und', confidence: 0.5 };
  const words = wordsOf(stripped);
  let english = 0;
  let spanish = 0;
  for (const word of words) {
    if (SPANISH_WORDS.has(word)) spanish += 1;
    if (ENGLISH_WORDS.has(word)) english += 1;
  }
  if (words.length >= 8 && english >= 2 && english > 2 * spanish) return { lang: 'en', confidence: 0.9 };
  let votes = spanish - 1.5 * english;
  if (SPANISH_LETTERS.test(stripped)) votes += 1;
  const weight = 0.15 / Math.sqrt(Math.max(1, words.length / 3));
  const diff = (scores.es ?? 0) - (scores.en ?? 0) + weight * votes;
  return { lang: diff >= 0 ? 'es' : 'en', confidence: Math.round(Math.min(0.99, 0.5 + Math.abs(diff)) * 100) / 100 };
}
