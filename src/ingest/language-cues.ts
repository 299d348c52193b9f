/**
 * Small word lists that carry what a statistical detector cannot see in one or two words:
 * function words of each language, and the vocabulary of the site's chrome. Lower-case, accents kept.
 */
export const SPANISH_WORDS = new Set(
  'de del la las el los un una unos unas y o que en por para con sin sobre tu tus su sus es son está están más menos muy no sí al lo se te hace hoy ayer mañana aquí debés podés querés tenés sos iniciá ingresá seguí suscribite compartí leé mirá registrate aceptá'.split(
    ' ',
  ),
);

/** English function words; an English headline almost always has one. */
export const ENGLISH_WORDS = new Set(
  'the of and to in is are was were be been for on with at by from as it its this that these those has have had will would not but or an who what which when how why new says said after over into about than more most'.split(
    ' ',
  ),
);

/** Labels that open a list of tag values (the values that follow are skipped, the label is UI). */
export const TAG_LABELS = new Set(['temas', 'etiquetas', 'tags', 'tópicos', 'temas relacionados', 'palabras clave']);

/** Labels that open a box of other articles' headlines (teasers follow). */
export const RELATED_LABELS = new Set([
  'puede interesarte',
  'te puede interesar',
  'también te puede interesar',
  'más leídas',
  'lo más leído',
  'lo más visto',
  'relacionadas',
  'notas relacionadas',
  'noticias relacionadas',
  'seguí leyendo',
  'mirá también',
  'leé también',
  'lee también',
  'te recomendamos',
  'lo último',
  'más noticias',
  'últimas noticias',
  'related',
]);

/** English (or brand) words the Spanish site uses as chrome labels: never an article heading. */
export const CHROME_WORDS = new Set([
  'newsletter',
  'english',
  'español',
  'login',
  'logout',
  'podcast',
  'podcasts',
  'premium',
  'live',
  'video',
  'videos',
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'instagram',
  'telegram',
  'linkedin',
  'youtube',
  'tiktok',
  'email',
  'e-mail',
  'rss',
  'home',
  'menu',
  'share',
  'ok',
]);

/** Words that mark a Spanish sentence as site chrome (cookie, sign-up and comment boxes), not a quote. */
export const CHROME_SENTENCE =
  /\b(cookies?|suscrib|newsletter|registr|coment|inici[aá] sesi[oó]n|contraseña|pol[ií]tica de privacidad|t[eé]rminos)/i;

// A word from its first letter or digit to its last: one match from the first letter, where a
// pattern for the trailing punctuation would rescan it from every mark of a long run.
const WORD_CORE = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/su;

/** A segment's words, lower-cased, without surrounding punctuation. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => WORD_CORE.exec(word)?.[0] ?? '')
    .filter((word) => word.length > 0);
}

/** The phrase as the label lists spell it: lower-case, no trailing punctuation. */
export const labelOf = (text: string): string => wordsOf(text).join(' ');

/** Words that name the chrome block a string belongs to (its key prefix). */
export const SECTION_WORDS: Array<[RegExp, string]> = [
  [/coment/i, 'comments'],
  [/suscrib|newsletter/i, 'newsletter'],
  [/compart|share/i, 'share'],
  [/cookie/i, 'cookie'],
  [/sesi[oó]n|registr|contraseña|login/i, 'auth'],
];
