import { languageOf } from '../../locale/locale-tag.js';
import type { Bundle } from '../../project/bundle.js';
import type { Pair } from '../../project/pair.js';
import { inBundle, type Finding } from '../finding.js';
import type { Rule } from '../rule.js';
import { lastUnit } from '../../bundles/edge-units.js';
import { isPlainUnit, PairTrait } from '../pair-traits.js';
import { orthographicEnding, textEnd } from '../punctuation-conventions.js';
import { unopened } from '../spanish-openers.js';

// Script-specific marks count as their Latin equivalent: a Japanese "。" ends a sentence like ".".
const EQUIVALENT: Record<string, string> = {
  '。': '.',
  '．': '.',
  '।': '.',
  '॥': '.',
  '۔': '.',
  '։': '.',
  '።': '.',
  '။': '.',
  '។': '.',
  '།': '.',
  '༎': '.',
  '፧': '?',
  '？': '?',
  '؟': '?',
  ';': '?',
  '！': '!',
  '：': ':',
  '…': '…',
  '⋯': '…',
};
const MARKS = '.:?!…';

/** The final mark of a string as written (`。`, `...`), looking through closers; '' when it has none of MARKS or their equivalents. */
function writtenMark(value: string, locale: string): string {
  switch (lastUnit(value)) {
    case 0x2e:
      return value.endsWith('...') ? '...' : '.';
    case 0x3a:
      return ':';
    case 0x3f:
      return '?';
    case 0x21:
      return '!';
    case 0x2026:
      return '…';
  }
  const cut = textEnd(value);
  if (value.endsWith('...', cut)) return '...';
  const end = value.charAt(cut - 1);
  // A Greek ";" is a question mark.
  if (end === ';' && languageOf(locale) !== 'el') return '';
  return markOf(end) === '' ? '' : end;
}

/** A written mark as one of MARKS ("。" is ".", "..." is "…"), or '' for none. */
function markOf(written: string): string {
  if (written === '...') return '…';
  const mark = EQUIVALENT[written] ?? written;
  return mark !== '' && MARKS.includes(mark) ? mark : '';
}

/**
 * Whether two strings surely end in the same mark, without writtenMark: the same last unit, one of
 * the marks writtenMark reads straight off the end (a "." with "..." at the end of both or neither).
 * Most translations keep their source's final mark, so most pairs stop here.
 */
function sameFinalMark(value: string, sourceValue: string): boolean {
  const end = lastUnit(value);
  if (end !== lastUnit(sourceValue)) return false;
  if (end === 0x2e) return value.endsWith('...') === sourceValue.endsWith('...');
  return end === 0x3a || end === 0x3f || end === 0x21 || end === 0x2026;
}

// The last locale asked about: every pair of a target asks with the same one.
let last = { locale: '', language: '' };

/** The language of a locale, worked out again only when the locale changes. */
function languageOfLocale(locale: string): string {
  if (locale !== last.locale) last = { locale, language: languageOf(locale) };
  return last.language;
}

/** A finding on the pair's target key, or on the mark at `mark` in its value. */
function at(pair: Pair, bundle: Bundle, message: string, mark?: number): Finding {
  const key = pair.key;
  const anchor = mark === undefined ? ({ kind: 'key', key } as const) : ({ kind: 'in-value', key, start: mark, end: mark + 1 } as const);
  return { target: inBundle(bundle), anchor, key, message };
}

/** Whether a string ends in a letter or digit of the Latin range: no final mark to compare. */
function plainEnding(value: string): boolean {
  return isPlainUnit(lastUnit(value));
}

const name = (mark: string): string => (mark === '' ? 'no final punctuation' : `"${mark}"`);

/** Final punctuation that differs from the source, and Spanish questions or exclamations without ¿ or ¡. */
export const punctuationParity: Rule = {
  id: 'punctuation-parity',
  defaultSeverity: 'warning',
  description:
    'A translation ends with other punctuation than its source (".", ":", "?", "!", "…"), or a Spanish question or exclamation lacks its opening ¿ or ¡.',
  docs: {
    checks:
      'final `.` `:` `?` `!` `…` that differs (looking through closing quotes and brackets, `」` included); a Spanish question or exclamation without its own `¿` or `¡`, at its `?` or `!` (a mark that closes words: one in a link or tag, quoted, alone or before a word, `!func2`, is neither)',
    why: 'A lost colon or question mark changes what a label or prompt says; Spanish readers expect `¿` and `¡` at the start.',
    passes:
      "The source's final punctuation, seen through closing quotes and brackets (a script's own full stop, `。` `।` `။` `។` `։`, is a `.`); a `?` inside a link or tag; Thai and Lao without the source's `.` (they write no full stop); in Spanish, a `?` or `!` that closes no words: quoted or alone (`escribe «?»`, `\"?\"`, `<code>?</code>`) or glued before a word (`!func2`, a negation); an ordinal period after a digit where the source ends with none (de `am 3.`, hu `Fő utca 123.`); a Japanese question closed by `か。` where the source has `?`; Armenian ending a question or an exclamation with its full stop `։` (or `:`, as it is often typed) where `՞` or `՜` marks the word it bears on (`Ջնջե՞լ այս սենյակը։` for `Delete this room?`), and `:` for its full stop; Tibetan text (by its script, whatever the locale code) ending with the shad `།` or `༎` where the source ends with `.` `?` `!` `:` or nothing (Tibetan has no `?` or `!`: a question ends with its particle and the shad, and labels take one too), with no mark after `ག` (the shad is left out there), or with a `.` where the source ends with `?` or `!`. A Tibetan `?` or `!` is read as in any script (reported where the source has none), and so is the shad for a source's `…`. An abbreviation's dot right before a closing bracket (`Images (JPG, PNG, etc.)`; etc., e.g., i.e., approx., vs., incl., cf.) is not a full stop, so the other side may end with `.`, none, or `…` for the `etc.`; a bracket ending in a full stop of its own (`(see below.)`) still counts, and so does a bare `etc.` at the end, where English writes one dot for the abbreviation and the sentence. " +
      "A word's own dot at the end where the source ends with none: an abbreviation with inner dots (nl `a.u.b.`, de `z. B.`, `n. v.`), a short form the language's CLDR data writes with a dot (its short units, months, weekdays and day periods: de `{{t}} Std.` for `{{t}}h`, pl `godz.`, sl `dop.` for `am`), or a shortening of maximum, minimum, number, about or \"and so on\" (`Макс.` for `Max`, `Nr.`, `usw.`). A full stop after any other word (`Guardar.` for `Save`, `Да.` for `Yes`) still counts, and so does an abbreviation's dot where the source ends with `?`.",
  },
  examples: {
    invalid: [
      {
        name: 'A question without ¿, a colon lost',
        files: {
          'locales/en/ui.json': '{\n  "ask": "Do you want to log in?",\n  "label": "Name:"\n}\n',
          'locales/es/ui.json': '{\n  "ask": "Querés iniciar sesión?",\n  "label": "Nombre"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:32 warning Spanish question without its opening "¿" [punctuation-parity]',
          'locales/es/ui.json:3:3 warning ends with no final punctuation where the en source ends with ":" [punctuation-parity]',
        ],
      },
      {
        name: 'A period lost, an exclamation without ¡',
        files: {
          'locales/en/ui.json': '{\n  "saved": "Saved.",\n  "welcome": "Welcome!"\n}\n',
          'locales/es/ui.json': '{\n  "saved": "Guardado",\n  "welcome": "Bienvenido!"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 warning ends with no final punctuation where the en source ends with "." [punctuation-parity]',
          'locales/es/ui.json:3:25 warning Spanish exclamation without its opening "¡" [punctuation-parity]',
        ],
      },
      {
        name: 'Tibetan without the shad after ཕམ, a "?" the source lacks',
        files: {
          'locales/en/ui.json': '{\n  "failed": "Failed to delete account.",\n  "upload": "Upload"\n}\n',
          'locales/bo/ui.json': '{\n  "failed": "རྩིས་ཁྲོད་སུབ་ཐབས་ཕམ་",\n  "upload": "ཡར་འཇུག?"\n}\n',
        },
        expect: [
          'locales/bo/ui.json:2:3 warning ends with no final punctuation where the en source ends with "." [punctuation-parity]',
          'locales/bo/ui.json:3:3 warning ends with "?" where the en source ends with no final punctuation [punctuation-parity]',
        ],
      },
    ],
    valid: [
      {
        name: 'A Japanese question closed by か。',
        files: {
          'locales/en/ui.json': '{\n  "vision": "Does this model support images?"\n}\n',
          'locales/ja/ui.json': '{\n  "vision": "このモデルは画像をサポートしていますか。"\n}\n',
        },
      },
      {
        name: 'A Spanish value still the English text (untranslated reports it)',
        files: {
          'locales/en/ui.json': '{\n  "sure": "Are you sure?"\n}\n',
          'locales/es/ui.json': '{\n  "sure": "Are you sure?"\n}\n',
        },
      },
      {
        name: 'The same final punctuation',
        files: {
          'locales/en/ui.json': '{\n  "ask": "Do you want to log in?",\n  "label": "Name:"\n}\n',
          'locales/es/ui.json': '{\n  "ask": "¿Querés iniciar sesión?",\n  "label": "Nombre:"\n}\n',
        },
      },
      {
        name: 'Through closing quotes and brackets',
        files: {
          'locales/en/ui.json': '{\n  "say": "Say “yes.”",\n  "note": "(see below.)"\n}\n',
          'locales/es/ui.json': '{\n  "say": "Decí “sí.”",\n  "note": "(ver abajo.)"\n}\n',
        },
      },
      {
        name: 'Tibetan closes a question, a label and a sentence with the shad, and writes none after ག',
        files: {
          'locales/en/ui.json':
            '{\n  "ask": "Clear all annotations?",\n  "label": "Username",\n  "brightness": "Brightness:",\n  "empty": "Nothing to preview yet."\n}\n',
          'locales/bo/ui.json':
            '{\n  "ask": "དཔྱད་མཆན་ཡོངས་སུ་བསལ་དམ།",\n  "label": "མིང་།",\n  "brightness": "འོད་མདངས།",\n  "empty": "ད་ཚུན་སྔོན་ལྟ་མི་འདུག"\n}\n',
        },
      },
      {
        name: "An abbreviation's dot inside a closing bracket",
        files: {
          'locales/en/ui.json': '{\n  "images": "Images (JPG, PNG, etc.)"\n}\n',
          'locales/uk/ui.json': '{\n  "images": "Зображення (JPG, PNG тощо)"\n}\n',
        },
      },
      {
        name: "An abbreviation's own dot at the end",
        files: {
          'locales/en/ui.json': '{\n  "max": "Max",\n  "hours": "{{n}}h",\n  "range": "Please select a time range"\n}\n',
          'locales/ru/ui.json': '{\n  "max": "Макс.",\n  "hours": "{{n}} ч",\n  "range": "Выберите диапазон времени"\n}\n',
          'locales/de/ui.json': '{\n  "max": "Max.",\n  "hours": "{{n}} Std.",\n  "range": "Zeitraum wählen"\n}\n',
          'locales/nl/ui.json': '{\n  "max": "Max.",\n  "hours": "{{n}} u",\n  "range": "Selecteer een tijdsbereik a.u.b."\n}\n',
        },
      },
      {
        name: 'A quoted ?, a ! before a word',
        files: {
          'locales/en/ui.json': '{\n  "search": "Type \\"?\\" to ask the assistant.",\n  "filter": "Filter (e.g. func1, !func2)"\n}\n',
          'locales/es/ui.json':
            '{\n  "search": "Escribe «?» para preguntar al asistente.",\n  "filter": "Filtro (p. ej.: func1, !func2)"\n}\n',
        },
      },
      {
        name: 'A ? inside a link',
        files: {
          'locales/en/ui.json': '{\n  "faq": "See <a href=\\\\\\"/faq?x=1\\\\\\">FAQ</a>"\n}\n',
          'locales/es/ui.json': '{\n  "faq": "Mirá <a href=\\\\\\"/faq?x=1\\\\\\">FAQ</a>"\n}\n',
        },
      },
    ],
  },
  pairTraits: (target) => (languageOfLocale(target.locale) === 'es' ? PairTrait.finalMark | PairTrait.question : PairTrait.finalMark),
  checkPair(pair, bundle, context, report) {
    const { value, sourceValue } = pair;
    const language = languageOfLocale(pair.locale);
    const spanish = language === 'es';
    if (plainEnding(value) && plainEnding(sourceValue) && !(spanish && (value.includes('?') || value.includes('!')))) return;
    if (value.trim() === '') return;
    if (!sameFinalMark(value, sourceValue)) {
      const ours = writtenMark(value, pair.locale);
      const theirs = writtenMark(sourceValue, context.sourceLocale);
      const [mark, sourceMark] = [markOf(ours), markOf(theirs)];
      if (mark !== sourceMark && !orthographicEnding({ language, value, written: ours, mark, sourceValue, sourceMark }))
        report(at(pair, bundle, `ends with ${name(ours)} where the ${context.sourceLocale} source ends with ${name(theirs)}`));
    }
    // A value still the source's text is untranslated's: its English "?" asks for no "¿".
    if (spanish && value !== sourceValue) {
      const question = unopened(value, '?', '¿');
      if (question >= 0) report(at(pair, bundle, 'Spanish question without its opening "¿"', question));
      const exclamation = unopened(value, '!', '¡');
      if (exclamation >= 0) report(at(pair, bundle, 'Spanish exclamation without its opening "¡"', exclamation));
    }
  },
};
