import { languageOf } from '../../bundles/fallback-chain.js';
import { comparableTargets } from '../absent-keys.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

// Script-specific marks count as their Latin equivalent: a Japanese "。" ends a sentence like ".".
const EQUIVALENT: Record<string, string> = { '。': '.', '．': '.', '।': '.', '۔': '.', '？': '?', '؟': '?', ';': '?', '！': '!', '：': ':', '…': '…' };
const CLOSERS = /[\s"'”’»)\]}*_]+$/u;

function finalMark(value: string, language: string): string {
  const text = value.replace(CLOSERS, '');
  if (text.endsWith('...')) return '…';
  const last = text.slice(-1);
  if (last === ';' && language !== 'el') return '';
  const mark = EQUIVALENT[last] ?? last;
  return '.:?!…'.includes(mark) && mark !== '' ? mark : '';
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
  check(context, report) {
    const sourceLanguage = languageOf(context.sourceLocale);
    for (const [locale, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      const language = languageOf(locale);
      for (const pair of context.pairs(bundle)) {
        if (pair.value.trim() === '') continue;
        const at = { target: inBundle(bundle), anchor: { kind: 'key', key: pair.key } as const, key: pair.key };
        const ours = finalMark(pair.value, language);
        const theirs = finalMark(pair.sourceValue, sourceLanguage);
        if (ours !== theirs) report({ ...at, message: `ends with ${name(ours)} where the ${context.sourceLocale} source ends with ${name(theirs)}` });
        if (language === 'es') {
          if (pair.value.includes('?') && !pair.value.includes('¿')) report({ ...at, message: 'Spanish question without its opening "¿"' });
          if (pair.value.includes('!') && !pair.value.includes('¡')) report({ ...at, message: 'Spanish exclamation without its opening "¡"' });
        }
      }
    }
  },
};
