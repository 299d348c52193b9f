import { createRandom, hashString } from './random.mjs';

/**
 * English source words and per-locale pseudo-translations. Every locale writes in its own script
 * with its own syllables, so a clean translation never equals the English text by accident.
 */

/** The English words source messages are made of (lower case, no digits). */
export const WORDS = (
  'account address alert archive article author balance basket billing browse cancel card cart change ' +
  'checkout city close comment confirm contact continue copy country coupon create date delete delivery ' +
  'detail device discount download draft edit email empty error event export favourite field file filter ' +
  'folder follow friend gift group guest help history home image import inbox invoice item language later ' +
  'library link list load login logout message method mobile month name network news next notice offer ' +
  'open order owner page password payment phone photo plan policy preview price print privacy profile ' +
  'public publish question receipt refund region remove reply report request reset review save search ' +
  'section security send server session setting share shipping sign size source status store subscribe ' +
  'summary support tag team theme ticket title today total track update upload user value video view ' +
  'wallet week welcome window year'
).split(' ');

/** Syllables per script; a locale's words are drawn from its script's syllables. */
const SYLLABLES = {
  latin: 'ka lo mi re sa tu ve no di pa le ro an el es ur ta ni so ve'.split(' '),
  es: 'ca la mo re sa ción to ve ne dis par lle ro an el es ur ta ñi so'.split(' '),
  fr: 'ou ai eau re ment ti on que lé gne ch é ai au ra pe'.split(' '),
  de: 'sch ung ein ver ge rei ach tz ül ö mann berg heit lich'.split(' '),
  pl: 'prz szcz ś ł ów ie cz ko wa ny rz ąc'.split(' '),
  cyrillic: 'ка ло ми ре са ту ве но ди па ле ро ан ель щи жу'.split(' '),
  arabic: 'كا لو مي ري سا تو في نو دي با لي رو'.split(' '),
  hebrew: 'קא לו מי רה סא טו וה נו די פא'.split(' '),
  greek: 'κα λο μι ρε σα του βε νο δι πα'.split(' '),
  devanagari: 'का लो मी रे सा तू वे नो दी पा'.split(' '),
  bengali: 'কা লো মি রে সা তু ভে নো দি পা'.split(' '),
  tamil: 'கா லோ மி ரே சா து வே நோ தி பா'.split(' '),
  georgian: 'კა ლო მი რე სა ტუ ვე ნო დი პა'.split(' '),
  armenian: 'կա լո մի րե սա տու վե նո դի պա'.split(' '),
  thai: 'กา โล มี เร สา ตู เว โน ดี ปา'.split(' '),
  hangul: '가 로 미 레 사 투 베 노 디 파'.split(' '),
  kana: 'か ろ み れ さ つ べ の で ぱ ン ト'.split(' '),
  han: '設 定 帳 戶 訊 息 搜 尋 頁 面 檔 案 付 款 訂 單'.split(' '),
};

const SCRIPT = {
  es: 'es',
  'es-AR': 'es',
  fr: 'fr',
  de: 'de',
  pl: 'pl',
  ru: 'cyrillic',
  uk: 'cyrillic',
  bg: 'cyrillic',
  sr: 'cyrillic',
  ar: 'arabic',
  fa: 'arabic',
  he: 'hebrew',
  el: 'greek',
  hi: 'devanagari',
  bn: 'bengali',
  ta: 'tamil',
  ka: 'georgian',
  hy: 'armenian',
  th: 'thai',
  ko: 'hangul',
  ja: 'kana',
  'zh-Hant': 'han',
};

/** Final punctuation as each language writes it; Spanish also opens questions and exclamations. */
const MARKS = {
  ja: { '.': '。', '?': '？', '!': '！', ':': '：' },
  'zh-Hant': { '.': '。', '?': '？', '!': '！', ':': '：' },
  ar: { '?': '؟' },
  fa: { '?': '؟' },
  el: { '?': ';' },
  hi: { '.': '।' },
};

const dictionaries = new Map();

/** The pseudo-word a locale uses for an English word; deterministic, never equal to the word. */
export function translateWord(locale, word) {
  let dictionary = dictionaries.get(locale);
  if (!dictionary) dictionaries.set(locale, (dictionary = new Map()));
  let translated = dictionary.get(word);
  if (translated === undefined) {
    const random = createRandom(hashString(`${locale}\u0000${word}`));
    const syllables = SYLLABLES[SCRIPT[locale] ?? 'latin'];
    const count = random.int(2, 3);
    translated = '';
    for (let i = 0; i < count; i++) translated += random.pick(syllables);
    if (translated === word) translated += syllables[0];
    dictionary.set(word, translated);
  }
  return translated;
}

/** Renders message tokens (words, raw placeholders, tagged spans) in a locale, with its final mark. */
export function renderMessage(tokens, mark, locale) {
  const english = locale === 'en';
  const word = (w) => (english ? w : translateWord(locale, w));
  const parts = tokens.map((token) => {
    if (typeof token === 'string') return word(token);
    if (token.raw) return token.raw;
    return `<${token.tag}>${token.words.map(word).join(' ')}</${token.tag}>`;
  });
  let text = parts.join(' ');
  if (english) return text + mark;
  text += MARKS[locale]?.[mark] ?? mark;
  if ((locale === 'es' || locale === 'es-AR') && (mark === '?' || mark === '!')) text = (mark === '?' ? '¿' : '¡') + text;
  return text;
}
