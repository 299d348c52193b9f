import { languageOf } from '../../bundles/fallback-chain.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

// Script-specific marks count as their Latin equivalent: a Japanese "。" ends a sentence like ".".
const EQUIVALENT: Record<string, string> = { '。': '.', '．': '.', '।': '.', '۔': '.', '？': '?', '؟': '?', ';': '?', '！': '!', '：': ':', '…': '…' };
// Closing quotes, brackets and emphasis after the mark ("Hello." in quotes) are looked through.
const CLOSERS = new Set([...'"\'”’»)]}*_ \t\n\r\u00a0']);

const MARKS = '.:?!…';

function finalMark(value: string, language: string): string {
  const last = value.charAt(value.length - 1);
  if (MARKS.includes(last) && last !== '') return last === '.' && value.endsWith('...') ? '…' : last;
  let cut = value.length;
  while (cut > 0 && CLOSERS.has(value.charAt(cut - 1))) cut--;
  const text = value.slice(0, cut);
  if (text.endsWith('...')) return '…';
  const end = text.slice(-1);
  if (end === ';' && language !== 'el') return '';
  const mark = EQUIVALENT[end] ?? end;
  return MARKS.includes(mark) && mark !== '' ? mark : '';
}

/** Whether a string ends in a letter or digit of the Latin range: no final mark to compare. */
function plainEnding(value: string): boolean {
  const c = value.charCodeAt(value.length - 1);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

const name = (mark: string): string => (mark === '' ? 'no final punctuation' : `"${mark}"`);

/** Final punctuation that differs from the source, and Spanish questions or exclamations without ¿ or ¡. */
export const punctuationParity: Rule = {
  id: 'punctuation-parity',
  defaultSeverity: 'warning',
  description: 'A translation ends with other punctuation than its source (".", ":", "?", "!", "…"), or a Spanish question or exclamation lacks its opening ¿ or ¡.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "ask": "Do you want to log in?",\n  "label": "Name:"\n}\n',
      'locales/es/ui.json': '{\n  "ask": "Querés iniciar sesión?",\n  "label": "Nombre"\n}\n',
    },
    expect: ['locales/es/ui.json:2:3 punctuation-parity', 'locales/es/ui.json:3:3 punctuation-parity'],
  },
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "ask": "Do you want to log in?",\n  "label": "Name:"\n}\n',
      'locales/es/ui.json': '{\n  "ask": "¿Querés iniciar sesión?",\n  "label": "Nombre:"\n}\n',
    },
  },
  checkPair(pair, bundle, context, report) {
    const { value, sourceValue } = pair;
    const language = languageOf(pair.locale);
    const spanish = language === 'es';
    if (plainEnding(value) && plainEnding(sourceValue) && !(spanish && (value.includes('?') || value.includes('!')))) return;
    if (value.trim() === '') return;
    const key = pair.key;
    const at = { target: inBundle(bundle), anchor: { kind: 'key', key } as const, key };
    const ours = finalMark(value, language);
    const theirs = finalMark(sourceValue, languageOf(context.sourceLocale));
    if (ours !== theirs) report({ ...at, message: `ends with ${name(ours)} where the ${context.sourceLocale} source ends with ${name(theirs)}` });
    if (spanish) {
      if (value.includes('?') && !value.includes('¿')) report({ ...at, message: 'Spanish question without its opening "¿"' });
      if (value.includes('!') && !value.includes('¡')) report({ ...at, message: 'Spanish exclamation without its opening "¡"' });
    }
  },
};
