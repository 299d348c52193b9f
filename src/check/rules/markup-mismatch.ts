import { htmlTagNames } from 'html-tag-names';
import { namesWithAttributes, strayCloses, tagsOf } from '../../bundles/message-parts.js';
import { sameTags } from '../../bundles/same-tags.js';
import { inBundle, type Finding } from '../finding.js';
import type { Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';
import type { Bundle } from '../../project/bundle.js';
import type { Pair } from '../../project/pair.js';
import { PairTrait } from '../pair-traits.js';
import { icuOf } from '../icu-of.js';
import { withWrapsOnce } from '../reused-tags.js';

/** Whether an ICU message has a plural, selectordinal or select argument, whose cases each hold text. */
const hasCases = (context: RuleContext, value: string): boolean =>
  icuOf(context, value).arguments.some((argument) => argument.options.length > 0);

const count = (list: readonly string[], tag: string): number => list.filter((x) => x === tag).length;

/** A tag's place in a message: by name, its opening before its closing (`<b> </b>`, not `</b> <b>`). */
const byName = (tag: string): string => `${tag.replace(/[</>]/g, '')}\0${tag.startsWith('</') ? 1 : 0}`;

/**
 * The tags `list` holds more often than `other`, in reading order, each with the translation's
 * and the source's counts where both have it or one has it twice (`</br> (3 where the source has
 * 2)`): a third `</br>` is not a new tag. `ours` and `theirs` are the translation's and source's tags.
 */
function tagsMore(list: readonly string[], other: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const more = [...new Set(list)].filter((tag) => count(list, tag) > count(other, tag));
  return more
    .sort((a, b) => (byName(a) < byName(b) ? -1 : 1))
    .map((tag) =>
      count(other, tag) > 0 || count(list, tag) > 1 ? `${tag} (${count(ours, tag)} where the source has ${count(theirs, tag)})` : tag,
    );
}

/** Every HTML element's name, as the HTML standard and its obsolete parts list them. */
const HTML_TAGS: ReadonlySet<string> = new Set(htmlTagNames);

/**
 * A word in angle brackets that a message writes as text (headlamp's "<unknown>", de "<unbekannt>"):
 * an opening tag that no HTML element and no Trans component (`<1>`) is named, and that the
 * message never closes. Normalised tags as tagsOf lists them.
 */
const bracketedWord = (tag: string, tags: readonly string[]): boolean => {
  const name = /^<([A-Za-z][\w-]*)>$/.exec(tag)?.[1];
  return name !== undefined && !HTML_TAGS.has(name.toLowerCase()) && !tags.includes(`</${name}>`);
};

/** The tags of a message but its words in angle brackets (see bracketedWord). */
const withoutWords = (tags: readonly string[]): string[] => tags.filter((tag) => !bracketedWord(tag, tags));

/** `tags` with one use of each of `left` taken out (a sorted list stays sorted). */
function without(tags: readonly string[], left: readonly string[]): readonly string[] {
  if (left.length === 0) return tags;
  const kept = [...tags];
  for (const tag of left) {
    const at = kept.indexOf(tag);
    if (at >= 0) kept.splice(at, 1);
  }
  return kept;
}

/** Tags as a message lists them: apart by spaces, or by commas once one carries its counts. */
const listed = (tags: readonly string[]): string => tags.join(tags.some((tag) => tag.includes(' (')) ? ', ' : ' ');

/**
 * The finding of a pair whose tags differ from the source's, apart from checkPair, which runs for
 * every string: a function that creates closures has V8 allocate their context at each of its calls.
 */
function reportTags(pair: Pair, bundle: Bundle, context: RuleContext, report: (finding: Finding) => void): void {
  // ICU plural and select cases each write their own copy of the tags (ru four cases of `<b>#</b>`,
  // en two): with cases on either side, the tags used are compared, not how often.
  const byCase = context.config.messageFormat === 'icu' && (hasCases(context, pair.value) || hasCases(context, pair.sourceValue));
  // A source that writes `<br></br>` renders it as one break (see tagsOf): then so may its translation.
  const asWritten = tagsOf(pair.sourceValue);
  const paired = tagsOf(pair.sourceValue, true);
  const voidPairs = paired.length < asWritten.length;
  const sourceTags = voidPairs ? paired : asWritten;
  const targetTags = tagsOf(pair.value, voidPairs);
  // Most pairs only reorder the same tags: nothing more to read.
  if (sourceTags.join('') === targetTags.join('')) return;
  // An end tag that closes nothing renders nothing (see strayCloses): neither side need write it.
  const written = {
    theirs: without(sourceTags, strayCloses(pair.sourceValue)),
    ours: without(targetTags, strayCloses(pair.value)),
  };
  if (written.theirs.join('') === written.ours.join('')) return;
  // Where the source writes a word in angle brackets as text, a translation may translate the word.
  const words = written.theirs.some((tag) => bracketedWord(tag, written.theirs));
  const source = words ? withoutWords(written.theirs) : written.theirs;
  const value = words ? withoutWords(written.ours) : written.ours;
  const { theirs, ours } = byCase
    ? { theirs: [...new Set(source)].sort(), ours: [...new Set(value)].sort() }
    : withWrapsOnce(value, source, [...namesWithAttributes(pair.value), ...namesWithAttributes(pair.sourceValue)]);
  if (theirs.join('') === ours.join('')) return;
  const missing = tagsMore(theirs, ours, ours, theirs);
  const added = tagsMore(ours, theirs, ours, theirs);
  const parts = [missing.length ? `lacks ${listed(missing)}` : '', added.length ? `adds ${listed(added)}` : '']
    .filter(Boolean)
    .join(' and ');
  const key = pair.key;
  report({
    target: inBundle(bundle),
    anchor: { kind: 'key', key },
    key,
    message: `markup differs from the ${context.sourceLocale} source: ${parts}`,
  });
}

/** Tags (`<b>`, `<1>` for Trans components) a translation adds, drops or leaves unbalanced. */
export const markupMismatch: Rule = {
  id: 'markup-mismatch',
  defaultSeverity: 'error',
  description:
    'A translation has other tags than its source (<b>, <1>…</1>, <br/>): a Trans component or the page then gets other markup than the source has. Order may change; the set may not.',
  docs: {
    checks:
      'other tags than the source (`<b>`, `<1>`, `<br/>`), a tag left open, and a line break, block or tag with attributes written more or fewer times',
    why: 'A Trans component or the page renders the markup the translation has: a lost tag drops a link or bold text, an added one breaks the layout or the element it maps to.',
    passes:
      "The source's tags in another order (a translation may move a link), a void element written otherwise (`<br>` for `<br/>`, as react-i18next's Trans and HTML read both), and text free of tags on both sides. " +
      "A tag that only wraps words may wrap more or fewer pieces of text than in the source, each use closed: a Trans index (`<1>` is the component's child 1, and Trans renders a copy of it for each use), a `components` name (`<bold>`; a name written neither in lowercase nor in capitals, `<Link>`, `<Meta>`, is a component's, as Trans reads names as written, never HTML's void `link` or `meta`) and an HTML element that marks words (`<em>`, `<strong>`) written without attributes. " +
      'A word order may split a phrase the source wraps once (ar `<1>تبقّت </1><0>3</0><1> صفحات</1>` for `<0>3</0><1> pages left</1>`, fr `<em>NE</em> seront <em>PAS</em>` for `will <em>NOT</em> be`) or join two. ' +
      'A void element (`<br/>`: a line break each), a block (`<p>`, `<li>`: a paragraph, a list item; Trans also pairs the n-th `<p>` with the n-th `<p>` child) and a tag with attributes (two `<a href>` may lead to two places) are counted. ' +
      'Where the source writes `<br></br>` (as extractors write a JSX `<br />`), the pair is one break, as Trans renders it, and the translation may write `<br>`, `<br/>` or the pair; where only the translation writes it, it is reported: an HTML parser reads that `</br>` as a second line break. ' +
      'A word the source writes in angle brackets as text (`<unknown>`: no HTML element is so named, and nothing closes it) may be translated (`<unbekannt>`) or not. ' +
      'An end tag that closes nothing (a second `</em>` after the element is closed) renders nothing, in HTML as in Trans, so either side may write it or not; `</br>` and `</p>` are not such tags (HTML reads them as a line break and an empty paragraph).',
  },
  examples: {
    invalid: [
      {
        name: 'A closing tag lost',
        files: {
          'locales/en/ui.json': '{\n  "terms": "Read the <1>terms</1>"\n}\n',
          'locales/es/ui.json': '{\n  "terms": "Leé los <1>términos"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error markup differs from the en source: lacks </1> [markup-mismatch]'],
      },
      {
        name: 'A tag added',
        files: {
          'locales/en/ui.json': '{\n  "terms": "Read the terms"\n}\n',
          'locales/es/ui.json': '{\n  "terms": "Leé los <b>términos</b>"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error markup differs from the en source: adds <b> </b> [markup-mismatch]'],
      },
      {
        name: 'One tag swapped for another',
        files: {
          'locales/en/ui.json': '{\n  "hi": "<b>Hello</b>"\n}\n',
          'locales/es/ui.json': '{\n  "hi": "<i>Hola</i>"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error markup differs from the en source: lacks <b> </b> and adds <i> </i> [markup-mismatch]'],
      },
      {
        name: 'A tag written once more than in the source',
        files: {
          'locales/en/ui.json': '{\n  "address": "Main St<br/>Springfield"\n}\n',
          'locales/es/ui.json': '{\n  "address": "Calle Mayor<br/>Springfield<br/>"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error markup differs from the en source: adds <br/> (2 where the source has 1) [markup-mismatch]'],
      },
      {
        name: 'A link once less than in the source (a tag with attributes counts each time)',
        files: {
          'locales/en/ui.json': '{\n  "legal": "Read the <a href=\\"/terms\\">terms</a> and the <a href=\\"/privacy\\">policy</a>."\n}\n',
          'locales/es/ui.json': '{\n  "legal": "Leé los <a href=\\"/terms\\">términos y la política</a>."\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error markup differs from the en source: lacks <a> (1 where the source has 2), </a> (1 where the source has 2) [markup-mismatch]',
        ],
      },
      {
        name: 'A Trans index written twice, once left open',
        files: {
          'locales/en/ui.json': '{\n  "help": "See <1>Help</1>"\n}\n',
          'locales/tr/ui.json': '{\n  "help": "Bkz. <1>Yardım<1>"\n}\n',
        },
        expect: [
          'locales/tr/ui.json:2:3 error markup differs from the en source: lacks </1> and adds <1> (2 where the source has 1) [markup-mismatch]',
        ],
      },
      {
        name: '<br></br> where the source writes <br/>',
        files: {
          'locales/en/ui.json': '{\n  "address": "Main St<br/>Springfield"\n}\n',
          'locales/es/ui.json': '{\n  "address": "Calle Mayor<br></br>Springfield"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error markup differs from the en source: adds </br> [markup-mismatch]'],
      },
    ],
    valid: [
      {
        name: 'A void element however written (<br>, <br/>, <br />)',
        files: {
          'locales/en/ui.json': '{\n  "lines": "One<br/>two<br/>three",\n  "rule": "Above<hr />below"\n}\n',
          'locales/es/ui.json': '{\n  "lines": "Uno<br>dos<br>tres",\n  "rule": "Arriba<hr>abajo"\n}\n',
        },
      },
      {
        name: 'A Trans index that wraps two pieces of text where the word order splits the phrase',
        files: {
          'locales/en/ui.json': '{\n  "left": "<0>{{count}}</0><1> pages left</1>"\n}\n',
          'locales/ru/ui.json': '{\n  "left": "<1>Осталось </1><0>{{count}}</0><1> страниц</1>"\n}\n',
        },
      },
      {
        name: 'An emphasis split in two (fr ne… pas)',
        files: {
          'locales/en/ui.json': '{\n  "kept": "Recordings will <em>NOT</em> be deleted."\n}\n',
          'locales/fr/ui.json': '{\n  "kept": "Les enregistrements <em>NE</em> seront <em>PAS</em> supprimés."\n}\n',
        },
      },
      {
        name: 'A break the source writes <br></br> (one break in a Trans)',
        files: {
          'locales/en/ui.json': '{\n  "address": "Main St<br></br>Springfield"\n}\n',
          'locales/es/ui.json': '{\n  "address": "Calle Mayor<br/>Springfield"\n}\n',
        },
      },
      {
        name: 'A word in angle brackets, written as text and translated',
        files: {
          'locales/en/ui.json': '{\n  "unknown": "<unknown>"\n}\n',
          'locales/de/ui.json': '{\n  "unknown": "<unbekannt>"\n}\n',
        },
      },
      {
        name: 'An end tag the source writes once too often, left out',
        files: {
          'locales/en/ui.json': '{\n  "confirm": "Deleting <em>{{title}}</em> deletes its history</em>."\n}\n',
          'locales/ja/ui.json': '{\n  "confirm": "<em>{{title}}</em>を削除すると履歴も削除されます。"\n}\n',
        },
      },
      {
        name: 'The same tags',
        files: {
          'locales/en/ui.json': '{\n  "terms": "Read the <1>terms</1>"\n}\n',
          'locales/es/ui.json': '{\n  "terms": "Leé los <1>términos</1>"\n}\n',
        },
      },
      {
        name: 'Tags in another order',
        files: {
          'locales/en/ui.json': '{\n  "both": "<1>Terms</1> and <2>privacy</2>"\n}\n',
          'locales/es/ui.json': '{\n  "both": "<2>Privacidad</2> y <1>términos</1>"\n}\n',
        },
      },
      {
        name: 'ICU plural cases that each write the tags (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "files": "{count, plural, one {<b>#</b> file} other {<b>#</b> files}}"\n}\n',
          'locales/ru/ui.json':
            '{\n  "files": "{count, plural, one {<b>#</b> файл} few {<b>#</b> файла} many {<b>#</b> файлов} other {<b>#</b> файла}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
    ],
  },
  pairTraits: () => PairTrait.markup,
  checkPair(pair, bundle, context, report) {
    if (!pair.value.includes('<') && !pair.sourceValue.includes('<')) return;
    if (sameTags(pair.value, pair.sourceValue)) return;
    // An empty translation is empty-value's finding, not also one of lost markup.
    if (pair.value.trim() === '') return;
    reportTags(pair, bundle, context, report);
  },
};
