import { punctuationParity } from '../../../src/check/rules/punctuation-parity.js';
import { testRule } from '../../support/rule-tester.js';

/** An English source and one translation, each a JSON object written one key a line. */
const files = (locale: string, english: Record<string, string>, translated: Record<string, string>): Record<string, string> => ({
  'locales/en/ui.json': JSON.stringify(english, null, 2),
  [`locales/${locale}/ui.json`]: JSON.stringify(translated, null, 2),
});

const lost = (locale: string, mark: string): string =>
  `locales/${locale}/ui.json:2:3 warning ends with no final punctuation where the en source ends with "${mark}" [punctuation-parity]`;

testRule(punctuationParity, {
  valid: [
    {
      name: 'a "?" in a URL or in a tag is no Spanish question',
      files: files(
        'es',
        { a: 'Visit https://example.com/?ref=app', b: 'See <a href="/x?y=1">this</a>' },
        { a: 'Visitá https://example.com/?ref=app', b: 'Mirá <a href="/x?y=1">esto</a>' },
      ),
    },
    {
      name: 'a "?" or "!" that closes no words is no Spanish question or exclamation: quoted, lone, in a tag, before a word',
      files: files(
        'es',
        {
          a: 'Search {{targetName}} or type "?" to ask Grafana Assistant.',
          b: '?',
          c: '"?"',
          d: 'Press <code>?</code> for shortcuts',
          e: 'Enter domains separated by commas (e.g., example.com,!excludedsite.com)',
          f: 'Filter list (e.g. func1, !func2)',
          g: 'Sure? Really?',
          h: 'What?!',
          i: 'Open example.com/search?q=pdf, with x!=y',
        },
        {
          a: 'Busca {{targetName}} o escribe «?» para preguntar a Grafana Assistant.',
          b: '?',
          c: '"?"',
          d: 'Pulsa <code>?</code> para ver los atajos',
          e: 'Ingresar dominios separados por comas (ej. example.com,!excludedsite.com)',
          f: 'Lista de filtros (p. ej.: func1, !func2)',
          g: '¿Seguro? ¿De verdad?',
          h: '¡¿Qué?!',
          i: 'Abre example.com/search?q=pdf, con x!=y',
        },
      ),
    },
    {
      name: 'closing corner brackets and full-width parentheses are looked through',
      files: files('ja', { f: 'Hello "world."', g: 'Done (really.)' }, { f: 'こんにちは「世界。」', g: '完了（本当。）' }),
    },
    {
      name: 'German closing quotes, an ellipsis and closing tags are looked through',
      files: files(
        'de',
        { a: 'Say "hello."', b: "It's 'done.'", c: 'Loading…', d: '<b>Warning!</b>' },
        { a: 'Sag „Hallo.“', b: 'Es ist ‚fertig.‘', c: 'Lädt…', d: '<b>Achtung</b>!' },
      ),
    },
    { name: 'a Chinese midline ellipsis ends as "…" does', files: files('zh', { c: 'Loading…' }, { c: '加载中⋯⋯' }) },
    { name: 'Thai writes no full stop', files: files('th', { a: 'No cloud file ID.' }, { a: 'ไม่มีรหัสไฟล์บนคลาวด์' }) },
    { name: 'Burmese ends a question with ။', files: files('my', { a: 'Delete it?', b: 'Done!' }, { a: 'ဖျက်မလား။', b: 'ပြီးပါပြီ။' }) },
    {
      name: 'Armenian ends a question with ։ (or ":") and marks the word with ՞, and types ":" for its full stop (DocSpace hy-AM)',
      files: files(
        'hy-AM',
        { a: 'Delete this room?', b: 'Add files to ask questions.', c: 'What a day!', d: 'Are you sure?' },
        { a: 'Ջնջե՞լ այս սենյակը։', b: 'Ավելացրեք ֆայլեր հարցեր տալու համար:', c: 'Ինչ օր է՜։', d: 'Համոզվա՞ծ եք:' },
      ),
    },
    {
      name: "a script's own full stop is a period (Khmer, Burmese, Armenian, Amharic)",
      files: {
        ...files('km', { a: 'Saved.' }, { a: 'បានរក្សាទុក។' }),
        'locales/my/ui.json': JSON.stringify({ a: 'သိမ်းပြီးပါပြီ။' }),
        'locales/hy/ui.json': JSON.stringify({ a: 'Պահպանված է։' }),
        'locales/am/ui.json': JSON.stringify({ a: 'ተቀምጧል።' }),
      },
    },
    {
      name: 'Tibetan is known by its script: a zh-BO folder, a double shad, a "." closing a question, ག before a closing quote',
      files: files(
        'zh-BO',
        { a: 'What happens next?', b: 'Saved!', c: 'Why are you signing?', d: 'Suppress the "no valid document" response.' },
        { a: 'རྗེས་མ་གང་འབྱུང་གི་རེད།', b: 'ཉར་ཚགས་བྱས་ཟིན༎', c: 'ཅིའི་ཕྱིར་མཛུབ་འགན་བཀལ་ལམ.', d: '“ནུས་ལྡན་ཡིག་ཆ་མེད་ཅེས་པའི་ལན་བཀག”' },
      ),
    },
    {
      name: "an abbreviation's dot before a closing bracket, on either side, its other dots and case as written",
      files: files(
        'de',
        {
          a: 'Page range [1-5, 8, e.g.]',
          b: 'Paper size (A4, Letter, ETC.)',
          c: 'Images (JPG, PNG and more)',
          d: 'Language (en, es, etc.)',
          e: 'Formats (PDF, DOCX...)',
        },
        {
          a: 'Seitenbereich [etwa 1-5, 8]',
          b: 'Papiergröße (A4, Letter und mehr)',
          c: 'Bilder (JPG, PNG, etc.)',
          d: 'Sprache (en, de...)',
          e: 'Formate (PDF, DOCX etc.)',
        },
      ),
    },
    {
      name: 'an ordinal period after a digit (German, Hungarian)',
      files: {
        ...files('de', { a: 'on the 3rd', b: '123 Main Street' }, { a: 'am 3.', b: 'Hauptstraße 123' }),
        'locales/hu/ui.json': JSON.stringify({ a: 'a 3.', b: 'Fő utca 123.' }),
      },
    },
    {
      name: "an abbreviation's own dot where the source ends with none: inner dots, CLDR's short words, max and number",
      files: {
        ...files(
          'de',
          { a: '{{time}}h', b: '{{time}}mo', c: 'N/A', d: 'Order No', e: 'e.g' },
          { a: '{{time}} Std.', b: '{{time}} Mon.', c: 'n. v.', d: 'Bestell-Nr.', e: 'z. B.' },
        ),
        'locales/ru/ui.json': JSON.stringify({ a: '{{time}} дн.', b: 'янв.', c: 'Max', d: 'Мин.', e: 'т. д.' }, null, 2),
        'locales/sl/ui.json': JSON.stringify({ a: 'dop.', b: 'pop.', c: 'sek.', d: 'pon.' }, null, 2),
        'locales/pl/ui.json': JSON.stringify({ a: 'Wygasa za {{time}} godz.', b: '+5 sek.', c: 'Maks.', d: 'Nr' }, null, 2),
        'locales/nl/ui.json': JSON.stringify({ a: 'Selecteer een tijdsbereik a.u.b.', b: '<b>a.m.</b>' }, null, 2),
        'locales/el/ui.json': JSON.stringify({ a: 'π.μ.', b: 'μ.μ.' }, null, 2),
      },
    },
    {
      name: 'the same final mark, three periods written for "…" on both sides or on neither',
      files: files(
        'de',
        { a: 'Loading...', b: 'Done.', c: 'Name:', d: 'Sure?', e: 'Wait…' },
        { a: 'Lädt...', b: 'Fertig.', c: 'Name:', d: 'Sicher?', e: 'Warte…' },
      ),
    },
  ],
  invalid: [
    {
      name: 'Armenian: a question with no ՞ on any word, a ":" or a full stop where the source ends with none',
      files: files(
        'hy',
        { a: 'Delete this room?', b: 'Options', c: 'Done' },
        { a: 'Ջնջել այս սենյակը։', b: 'Ընտրանքներ:', c: 'Պատրաստ է։' },
      ),
      expect: [
        'locales/hy/ui.json:2:3 warning ends with "։" where the en source ends with "?" [punctuation-parity]',
        'locales/hy/ui.json:3:3 warning ends with ":" where the en source ends with no final punctuation [punctuation-parity]',
        'locales/hy/ui.json:4:3 warning ends with "։" where the en source ends with no final punctuation [punctuation-parity]',
      ],
    },
    {
      name: "Thai without the source's question mark; German with a period after a word, or after the number the source ends with",
      files: {
        ...files('th', { a: 'Sure?', b: 'Done', c: 'Requires version 5' }, { a: 'แน่ใจไหม', b: 'เสร็จ', c: 'ต้องใช้เวอร์ชัน 5' }),
        'locales/de/ui.json': JSON.stringify({ a: 'Sicher?', b: '<0>Fertig.</0></2>', c: 'Erfordert Version 5.' }, null, 2),
      },
      expect: [
        'locales/de/ui.json:3:3 warning ends with "." where the en source ends with no final punctuation [punctuation-parity]',
        'locales/de/ui.json:4:3 warning ends with "." where the en source ends with no final punctuation [punctuation-parity]',
        lost('th', '?'),
      ],
    },
    {
      name: 'a question after a URL still needs its "¿"',
      files: files('es', { a: 'Open https://example.com/?ref=app now?' }, { a: 'Abrís https://example.com/?ref=app ahora?' }),
      expect: ['locales/es/ui.json:2:49 warning Spanish question without its opening "¿" [punctuation-parity]'],
    },
    {
      name: 'each Spanish question needs its own "¿", found through a variable, a closing quote or an end tag, and is pointed at',
      files: files(
        'es',
        {
          a: 'Save changes? Sure?',
          b: 'Delete {{name}}?',
          c: 'You said “hello”?',
          d: '<b>Hello</b>!',
          e: 'Are you here?',
          f: 'Solve for 𝑥?',
        },
        {
          a: 'Guardar cambios? ¿Seguro?',
          b: 'Borrar {{name}}?',
          c: 'Dijiste “hola”?',
          d: '<b>Hola</b>!',
          e: 'Estás aquí?',
          f: 'Resolver para 𝑥?',
        },
      ),
      expect: [
        'locales/es/ui.json:2:24 warning Spanish question without its opening "¿" [punctuation-parity]',
        'locales/es/ui.json:3:24 warning Spanish question without its opening "¿" [punctuation-parity]',
        'locales/es/ui.json:4:23 warning Spanish question without its opening "¿" [punctuation-parity]',
        'locales/es/ui.json:5:20 warning Spanish exclamation without its opening "¡" [punctuation-parity]',
        'locales/es/ui.json:6:19 warning Spanish question without its opening "¿" [punctuation-parity]',
        'locales/es/ui.json:7:25 warning Spanish question without its opening "¿" [punctuation-parity]',
      ],
    },
    {
      name: 'a period lost inside corner brackets',
      files: files('ja', { f: 'Hello "world."' }, { f: 'こんにちは「世界」' }),
      expect: [lost('ja', '.')],
    },
    {
      name: 'three periods where the source ends with one, and one where it ends with three',
      files: files('de', { a: 'Loading...', b: 'Done.' }, { a: 'Lädt.', b: 'Fertig...' }),
      expect: [
        'locales/de/ui.json:2:3 warning ends with "." where the en source ends with "..." [punctuation-parity]',
        'locales/de/ui.json:3:3 warning ends with "..." where the en source ends with "." [punctuation-parity]',
      ],
    },
    {
      name: 'a mark of another script, quoted as written',
      files: files('ja', { a: 'Saved', b: 'Really?' }, { a: '保存しました。', b: '本当に' }),
      expect: [
        'locales/ja/ui.json:2:3 warning ends with "。" where the en source ends with no final punctuation [punctuation-parity]',
        'locales/ja/ui.json:3:3 warning ends with no final punctuation where the en source ends with "?" [punctuation-parity]',
      ],
    },
    {
      name: 'a shad for an ellipsis, a "." where the source ends with none, and no mark after a letter other than ག, in Tibetan',
      files: files('bo', { a: 'Loading...', b: 'File', c: 'Saved.' }, { a: 'འཇུག་བཞིན་པ།', b: 'ཡིག་ཆ.', c: 'ཉར་ཚགས་བྱས་ཟིན' }),
      expect: [
        'locales/bo/ui.json:2:3 warning ends with "།" where the en source ends with "..." [punctuation-parity]',
        'locales/bo/ui.json:3:3 warning ends with "." where the en source ends with no final punctuation [punctuation-parity]',
        'locales/bo/ui.json:4:3 warning ends with no final punctuation where the en source ends with "." [punctuation-parity]',
      ],
    },
    {
      name: 'a full stop lost inside a bracket, and after a bare "etc." at the end, or after a word that is no abbreviation',
      files: files(
        'uk',
        { a: '(See the list below.)', b: 'You can upload images, videos, etc.', c: 'Sizes (A4, Letter, Legal.)' },
        { a: '(Дивіться список нижче)', b: 'Можна завантажувати зображення, відео тощо', c: 'Розміри (A4, Letter, Legal)' },
      ),
      expect: [2, 3, 4].map(
        (row) =>
          `locales/uk/ui.json:${row}:3 warning ends with no final punctuation where the en source ends with "." [punctuation-parity]`,
      ),
    },
    {
      name: 'a "." closing a question outside Tibetan',
      files: files('de', { a: 'Sure?' }, { a: 'Sicher.' }),
      expect: ['locales/de/ui.json:2:3 warning ends with "." where the en source ends with "?" [punctuation-parity]'],
    },
    {
      name: 'a full stop after a short word that is no abbreviation, or after a CLDR one where the source ends with "?"',
      files: {
        ...files('es', { a: 'Save', b: 'Go', c: 'Yes', d: 'Hours?' }, { a: 'Guardar.', b: 'Ir.', c: 'Sí.', d: '{{n}} h.' }),
        'locales/ru/ui.json': JSON.stringify({ a: 'Это я.', b: 'Птица.', c: 'Да.', d: 'Мин?' }, null, 2),
      },
      expect: [
        ...[2, 3, 4].map(
          (row) =>
            `locales/es/ui.json:${row}:3 warning ends with "." where the en source ends with no final punctuation [punctuation-parity]`,
        ),
        'locales/es/ui.json:5:3 warning ends with "." where the en source ends with "?" [punctuation-parity]',
        ...[2, 3, 4].map(
          (row) =>
            `locales/ru/ui.json:${row}:3 warning ends with "." where the en source ends with no final punctuation [punctuation-parity]`,
        ),
      ],
    },
    { name: 'a period lost inside a tag', files: files('de', { e: '<b>Done.</b>' }, { e: '<b>Fertig</b>' }), expect: [lost('de', '.')] },
  ],
});
