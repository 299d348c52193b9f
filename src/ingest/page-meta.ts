import { wordsOf } from './language-cues.js';

const MONTHS: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const MONTH = Object.keys(MONTHS).join('|');
const SPANISH_DATE = new RegExp(`\\b(\\d{1,2}) de (${MONTH}) (?:de|del) (\\d{4})\\b`, 'i');
const ENGLISH_DATE = new RegExp(`\\b(${MONTH}) (\\d{1,2}),? (\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const BYLINE = /^(?:[Ee]scrito\s+)?(?:[Pp]or|[Bb]y)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|del\s+|la\s+)?\p{Lu}[\p{L}.'’-]*){0,4})\s*$/u;
const CREDIT = /^\(?\s*(?:fotos?|foto de|imagen|im[aá]genes|cr[eé]ditos?|fuente|photo|photos|image|credit|source|ilustraci[oó]n)\s*:/i;
const AGENCIES = new Set(['reuters', 'afp', 'efe', 'ap', 'ansa', 'télam', 'telam', 'getty images', 'associated press', 'xinhua']);

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number): string | undefined =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : undefined;

/** The publication day a date line or `datetime` names, as `YYYY-MM-DD`; undefined when none. */
export function parseDate(text: string): string | undefined {
  const isoMatch = ISO_DATE.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const es = SPANISH_DATE.exec(text);
  if (es) return iso(Number(es[3]), MONTHS[es[2]!.toLowerCase()] ?? 0, Number(es[1]));
  const en = ENGLISH_DATE.exec(text);
  if (en) return iso(Number(en[3]), MONTHS[en[1]!.toLowerCase()] ?? 0, Number(en[2]));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return undefined;
}

/** Whether a line is a date stamp (a date plus at most a few words such as "Actualizado:"). */
export const isDateLine = (text: string): boolean => parseDate(text) !== undefined && wordsOf(text).length <= 9;

// What separates a byline's name from its date ("By Ana Pérez · March 3, 2025"), in text whose
// whitespace is collapsed first: `\s+` before a mark would scan a run of spaces from each of them.
const STAMP_SEPARATOR = / [·•|—–-] |, (?=\S+ \d|\d)/;

/**
 * The author a byline names ("Por Ana Pérez", "By Jane Doe", also before a date: "By Ana Pérez ·
 * March 3, 2025"); undefined when it is not a byline.
 */
export function parseByline(text: string): string | undefined {
  const trimmed = text.trim();
  const whole = BYLINE.exec(trimmed)?.[1];
  if (whole !== undefined || parseDate(trimmed) === undefined) return whole;
  return BYLINE.exec(trimmed.replace(/\s+/g, ' ').split(STAMP_SEPARATOR)[0] ?? '')?.[1];
}

/** Whether a line credits an image or a wire service rather than saying anything itself. */
export const isCredit = (text: string): boolean => CREDIT.test(text.trim()) || AGENCIES.has(wordsOf(text).join(' '));
