import { writeVariable, type InterpolationSyntax } from '../../bundles/interpolation-syntax.js';
import {
  interpolationsOf,
  sameSpans,
  shownVariables,
  spansOf,
  unclosedName,
  wordSpans,
  type InterpolationSpan,
  type Interpolations,
} from '../../bundles/message-parts.js';
import { excerpt } from '../../text/excerpt.js';
import { mangledVariable } from '../mangled-variable.js';
import { parsePluralKey } from '../../bundles/plural-key.js';
import { pluralFamily } from '../../bundles/plural-rules.js';
import { inBundle, type Finding } from '../finding.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import { sourceMemo } from '../../project/source-memo.js';
import { groupId } from '../../project/plural-groups.js';
import type { Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';
import type { Bundle } from '../../project/bundle.js';
import type { Pair } from '../../project/pair.js';
import { PairTrait } from '../pair-traits.js';
import { reportIcuArguments } from '../icu-pair.js';

/** Variables as the project writes them. A name that starts with the unescape prefix was written `{{ -x}}`: shown so, not as `{{-x}}`. */
const list = (names: readonly string[], syntax: InterpolationSyntax): string =>
  names.map((n) => writeVariable(spaced(n, syntax), syntax)).join(', ');

/** A name as written so that it reads escaped: `{{ -x}}` for `-x`, and `{{x- }}` for `x-` with an unescape suffix. */
function spaced(name: string, syntax: InterpolationSyntax): string {
  if (syntax.unescapeSuffix !== '') return name.endsWith(syntax.unescapeSuffix) ? `${name} ` : name;
  return name.startsWith(syntax.unescapePrefix) ? ` ${name}` : name;
}

/**
 * The variable a translation writes unescaped (`__urlHTML__`) that i18next reads as another,
 * escaped one (`urlHTML`), which the app does not pass: with an unescape suffix, i18next's
 * unescaped pattern `__(.+?)HTML__` starts at an earlier prefix of the line and matches nothing
 * it can fill, so only its plain pattern reads the span (see suffixMarkedSpans).
 */
function misreadUnescaped(invented: readonly string[], dropped: readonly string[], syntax: InterpolationSyntax): string | undefined {
  const marker = syntax.unescapeSuffix;
  if (marker === '') return undefined;
  return invented.find((name) => name.endsWith(marker) && dropped.includes(name.slice(0, -marker.length)));
}

const sourceParts = sourceMemo<Interpolations>();

/** An ICU plural or select (`{count, plural, ...}`): a message written for i18next-icu, not a mistyped variable such as `{d, date}`. */
const ICU_ARGUMENT = /\{\s*[\p{L}\p{N}_]+\s*,\s*(?:plural|selectordinal|select)\s*,/u;

/** What a translation written in ICU syntax shows in an app without i18next-icu, said after the variables it lacks. */
const icuNote = (value: string): string =>
  ICU_ARGUMENT.test(value)
    ? '; the translation is written in ICU syntax ({count, plural, ...}), which i18next without i18next-icu shows as written'
    : '';

/** What a translation writes in place of the variables it drops, where it wraps one's name in braces i18next does not read (`{mode2}}`). */
function mangledNote(value: string, dropped: readonly string[], syntax: InterpolationSyntax): string {
  for (const name of dropped) {
    const written = mangledVariable(value, name, syntax);
    if (written !== undefined)
      return `; the translation writes ${excerpt(written, 40)}, which i18next does not read as ${writeVariable(name, syntax)}, so readers see it as written`;
  }
  return '';
}

const NO_WORDS: readonly string[] = [];

/** What a translation shows in place of the variables it drops, where it writes words in braces (cs "{{text odkazu}}"). */
const wordsNote = (words: readonly string[]): string =>
  words.length === 0
    ? ''
    : `; the translation writes ${words.map((span) => excerpt(span, 60)).join(', ')}, words i18next shows as written, braces and all`;

/** A span as a message writes it (its name and format trimmed, as spansOf reads them). */
const writtenSpan = (span: InterpolationSpan, syntax: InterpolationSyntax): string =>
  `${syntax.prefix}${span.unescaped ? syntax.unescapePrefix : ''}${span.name}${span.format === undefined ? '' : `${syntax.formatSeparator}${span.format}`}${span.unescaped ? syntax.unescapeSuffix : ''}${syntax.suffix}`;

/** Whether two lists of names hold the same names (each lists a name once). */
const sameNames = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((n) => b.includes(n));

/** The interpolations of a source string, parsed once for all the locales compared with it (see sourceMemo). */
function ofSource(context: NamespaceContext, value: string): Interpolations {
  const cache = sourceParts(context);
  let parts = cache.get(value);
  if (!parts) cache.set(value, (parts = interpolationsOf(value, context.config.interpolation)));
  return parts;
}

/** Every variable any form of the source's plural group passes (a translation may use another form's). */
function groupVariables(context: NamespaceContext, sourceKey: string): Set<string> | undefined {
  const plural = parsePluralKey(sourceKey, context.pluralSeparator);
  const group = plural && context.sourceGroups().get(groupId(plural.base, plural.ordinal));
  if (!group) return undefined;
  const names = new Set(['count']);
  for (const key of group.forms.values()) {
    const value = context.source?.flat?.values.get(key);
    if (typeof value === 'string') for (const name of ofSource(context, value).variables) names.add(name);
  }
  return names;
}

/**
 * The counts that show a plural form in a locale, or undefined when only one whole count does (en,
 * es and da `one`: 1; ar `two`: 2; `_zero`, which i18next reads at 0): then the words can say the
 * number ("un artículo", "én dag") and a form without `{{count}}` is as good. Items are counted in
 * whole numbers: the fractions a category also takes (da `one`: 0.5) are named only where no whole
 * count reaches it (ru `other`). A bare key stands for every count the locale writes no form of.
 */
function countsOfForm(name: string, locale: string, pluralSeparator: string): string | undefined {
  const plural = parsePluralKey(name, pluralSeparator);
  if (!plural) return 'every count it writes no form of';
  if (plural.category === 'zero' && !plural.ordinal) return undefined;
  const examples = pluralFamily(locale, plural.ordinal).examples.get(plural.category) ?? [];
  const whole = examples.filter((count) => Number.isInteger(count));
  const shown = whole.length > 0 ? whole : examples;
  return shown.length === 1 ? undefined : `counts ${shown.join(', ')}`;
}

/**
 * The findings of a pair whose spans differ from the source's, apart from checkPair, which runs for
 * every string: a function that creates closures has V8 allocate their context at each of its calls.
 */
function reportVariables(pair: Pair, bundle: Bundle, context: RuleContext, report: (finding: Finding) => void): void {
  const syntax = context.config.interpolation;
  const theirs = ofSource(context, pair.sourceValue);
  const ours = interpolationsOf(pair.value, syntax);
  // A variable passed only into a `$t()` nesting's options is not shown: the source's is no loss to
  // drop, and a translation's shows nothing the source shows.
  const shown = pair.sourceValue.includes(syntax.nestingPrefix) ? shownVariables(pair.sourceValue, syntax) : theirs.variables;
  const oursShown = pair.value.includes(syntax.nestingPrefix) ? shownVariables(pair.value, syntax) : ours.variables;
  const same = sameNames(ours.variables, theirs.variables) && sameNames(oursShown, shown);
  // Words in braces where the source shows none: readers see the braces (az "{{About Pencərəsinin göstərilməsi}}").
  const written = wordSpans(pair.value, syntax);
  const words = written.length > 0 && wordSpans(pair.sourceValue, syntax).length === 0 ? written : NO_WORDS;
  // The same names, escaped alike, and no words in braces: nothing to report (most reordered spans).
  if (same && sameNames(ours.unescaped, theirs.unescaped) && words.length === 0) return;
  const key = pair.key;
  const sourceKey = pair.sourceKey;
  const at = { target: inBundle(bundle), anchor: { kind: 'key', key } as const, key };
  // A plural form a translation writes for a source string with {{count}} is a form of a group too.
  const standIn = parsePluralKey(pair.name, context.pluralSeparator)?.base === pair.sourceName;
  const group = groupVariables(context, sourceKey) ?? (standIn ? new Set(['count', ...theirs.variables]) : undefined);
  const allowed = group ?? new Set(theirs.variables);
  // The app's defaultVariables have a value in every string, the source's or not.
  const given = syntax.defaultVariables;
  let invented = ours.variables.filter((n) => !allowed.has(n) && !given.includes(n));
  let dropped = shown.filter((n) => !oursShown.includes(n));
  const misread = misreadUnescaped(invented, dropped, syntax);
  if (misread !== undefined) {
    const meant = misread.slice(0, -syntax.unescapeSuffix.length);
    report({
      ...at,
      message: `i18next does not fill ${writeVariable(meant, syntax, true)} here: its unescaped pattern ${writeVariable('(.+?)', syntax, true)} starts at an earlier "${syntax.prefix}" of the line, so it reads a variable "${misread}", which the app does not pass, and shows it as written (the ${context.sourceLocale} source "${sourceKey}" fills it); write it before the line's other variables`,
    });
    invented = invented.filter((n) => n !== misread);
    dropped = dropped.filter((n) => n !== meant);
  }
  const countOnly = dropped.filter((n) => n === 'count' && group !== undefined);
  const others = dropped.filter((n) => !countOnly.includes(n));
  const unclosed = invented.some(unclosedName)
    ? spansOf(pair.value, syntax).find((span) => invented.includes(span.name) && unclosedName(span.name))
    : undefined;
  // Braces that do not pair make one span of what the writer meant as several: one finding says so, for what it loses too.
  if (unclosed) {
    // Other names the source does not pass are shown as written too (sv "{{{total}} ({{procent}}}%)").
    const alsoInvented = invented.filter((n) => !unclosedName(n));
    const also = alsoInvented.length > 0 ? `; it also uses ${list(alsoInvented, syntax)}, which the source does not pass` : '';
    report({
      ...at,
      message: `braces do not pair: i18next reads ${excerpt(writtenSpan(unclosed, syntax), 80)} as one variable, which the app does not pass, so readers see it as written (the ${context.sourceLocale} source "${sourceKey}" has ${list(theirs.variables, syntax) || 'no variable'})${also}`,
    });
  }
  // A renamed variable (invented and dropped at once) is one finding, not two.
  else if (invented.length > 0 && others.length > 0)
    report({
      ...at,
      message: `uses ${list(invented, syntax)} where the ${context.sourceLocale} source "${sourceKey}" has ${list(others, syntax)}${icuNote(pair.value)}`,
    });
  else if (invented.length > 0)
    report({
      ...at,
      message: `uses ${list(invented, syntax)}, which the ${context.sourceLocale} source "${sourceKey}" does not pass (it has ${list(theirs.variables, syntax) || 'none'})`,
    });
  else if (others.length > 0)
    report({
      ...at,
      message: `drops ${list(others, syntax)} that the ${context.sourceLocale} source "${sourceKey}" shows${mangledNote(pair.value, others, syntax) || wordsNote(words) || icuNote(pair.value)}`,
    });
  else if (words.length > 0)
    report({
      ...at,
      message: `shows ${words.map((span) => excerpt(span, 60)).join(', ')} as written, braces and all: i18next reads no variable in words between braces, and the ${context.sourceLocale} source "${sourceKey}" shows no braces`,
    });
  const counts = countOnly.length > 0 ? countsOfForm(pair.name, bundle.locale, context.pluralSeparator) : undefined;
  if (counts !== undefined)
    report({
      ...at,
      severity: 'warning',
      message: `plural form does not show ${writeVariable('count', syntax)}, though ${bundle.locale} uses this form for ${counts}: check its words say which`,
    });
  // Variables one side writes unescaped and the other escaped; with escapeValue false i18next escapes
  // no value, so `{{- x}}` shows what `{{x}}` shows.
  const switched = (from: Interpolations, to: Interpolations): string[] =>
    context.config.interpolation.escapeValue ? from.unescaped.filter((n) => !to.unescaped.includes(n) && to.variables.includes(n)) : [];
  const unescaped = switched(ours, theirs);
  if (unescaped.length > 0)
    report({
      ...at,
      severity: 'warning',
      message: `writes ${unescaped.map((n) => writeVariable(n, syntax, true)).join(', ')} unescaped where the source escapes it: an injection risk`,
    });
  // The other way round: the source passes markup or a URL through as it is, the translation escapes it.
  const escaped = switched(theirs, ours);
  if (escaped.length > 0)
    report({
      ...at,
      severity: 'warning',
      message: `writes ${escaped.map((n) => writeVariable(n, syntax)).join(', ')} escaped where the source writes ${escaped.map((n) => writeVariable(n, syntax, true)).join(', ')}: i18next escapes the value there ("a/b <i>" becomes "a&#x2F;b &lt;i&gt;"), so markup or a URL the app passes shows as written`,
    });
}

/** Variables a translation drops or invents, compared form by form with the source. */
export const interpolationMismatch: Rule = {
  id: 'interpolation-mismatch',
  defaultSeverity: 'error',
  description:
    'A translation uses a variable the source never passes, which i18next then shows as written ("Hola, {{nombre}}"), or drops one the source uses. Dropping {{count}} from a plural form several counts select (ru "one": 1, 21, 31) is only a warning, and none where one whole count alone selects it (es "one": "un artículo"; da "one", which only fractions share; ar "two"; "_zero"); switching {{x}} to unescaped {{- x}}, or back, is a warning. With messageFormat "icu" the arguments are ICU\'s ({name}, {count, plural, ...}), and one the app does not pass makes i18next-icu show the whole message as written ("Hola, {nombre}"). An argument that an elision\'s apostrophe hides (French "l\'{action}") is message-syntax\'s, reported at the apostrophe. Braces that do not pair ("{{id}#" runs on to the next "}}", "{{{url}}") make i18next read one variable the app does not pass, so readers see it as written. A dropped variable whose name the translation still wraps in braces i18next does not read ("{mode2}}", "{value, date}") is named as written. Without messageFormat "icu", a translation written in ICU syntax ({count, plural, ...}) is said to be one, which i18next without i18next-icu shows as written. With an unescapeSuffix ("__urlHTML__"), an unescaped variable after another one of its line is one i18next cannot fill: its unescaped pattern runs from the earlier one.',
  docs: {
    checks:
      'a variable the source never passes (i18next shows it as written: `Hola, {{nombre}}`), or one dropped (`{{ -x}}` names a variable `-x`: only `{{-` with nothing between is unescaped); `{{count}}` dropped from a plural form several counts select (ru `one`: 1, 21, 31), or `{{- x}}` where the source escapes, or `{{x}}` where it writes `{{- x}}` (i18next then escapes the markup or URL the source passes through), are warnings (none where one count alone selects the form: es `one` "un artículo", ar `two`, `_zero`); an empty translation is empty-value\'s alone; with `messageFormat: "icu"`, ICU arguments (`{name}`, those inside plural and select cases too): one the source does not pass makes i18next-icu show the whole message as written, and one quoted as text (between apostrophes) where the source fills it is shown as written, also beside its own use elsewhere in the string; braces that do not pair (`{{id}#`, which runs on to the next `}}`; `{{{url}}`), read as one variable no app passes and shown as written; a dropped variable still written with a brace lost or in single braces (`{mode2}}`, `{value, date}`) is named as written; without `messageFormat: "icu"`, a translation in ICU syntax (`{count, plural, ...}`) is named as such, since i18next then shows it as written; with `interpolation.unescapeSuffix` (overleaf\'s `__urlHTML__`), an unescaped variable written after another variable of its line, which i18next never fills: its unescaped pattern `__(.+?)HTML__` runs from the earlier one; words between braces where the source shows no braces (az `{{About Pencərəsinin göstərilməsi}}`), which i18next shows as written, braces and all, named too after a variable the translation drops',
    why: 'i18next shows a variable the app does not pass as it is written (`Hola, {{nombre}}`), and a dropped one loses the name, count or link readers needed.',
    passes:
      "The source's variables in any order, each as often as the translation needs; words between braces (`Each opening {{ must have a matching }}`), a name no app passes, which i18next shows as written, in the source and in the translation alike (where the source shows none, they are reported: readers see the braces); an empty translation (empty-value's finding); `{{- x}}` for `{{x}}` where the config's `interpolation.escapeValue` is `false`, as the app's (i18next then escapes neither); variables in the project's own syntax (`interpolation.prefix`, `suffix`, `unescapeSuffix`); a variable of the app's `defaultVariables` option (the config's `interpolation.defaultVariables`, which init reads from the setup), which i18next fills in every string, where the source writes the text itself (`__appName__` for \"Overleaf\"); with `messageFormat: \"icu\"`, the source's arguments anywhere in the message, inside any case.",
  },
  examples: {
    invalid: [
      {
        name: 'A renamed variable',
        files: {
          'locales/en/ui.json': '{\n  "greeting": "Hello, {{name}}"\n}\n',
          'locales/es/ui.json': '{\n  "greeting": "Hola, {{nombre}}"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error uses {{nombre}} where the en source "greeting" has {{name}} [interpolation-mismatch]'],
      },
      {
        name: 'A variable dropped',
        files: {
          'locales/en/ui.json': '{\n  "greeting": "Hello, {{name}}"\n}\n',
          'locales/es/ui.json': '{\n  "greeting": "Hola"\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error drops {{name}} that the en source "greeting" shows [interpolation-mismatch]'],
      },
      {
        name: 'Braces that do not pair',
        files: {
          'locales/en/ui.json': '{\n  "dial": "Dial {{number}},,{{id}}#. All numbers: {{url}}"\n}\n',
          'locales/es/ui.json': '{\n  "dial": "Marque {{number}},,{{id}#. Todos los números: {{url}}"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error braces do not pair: i18next reads "{{id}#. Todos los números: {{url}}" as one variable, which the app does not pass, so readers see it as written (the en source "dial" has {{number}}, {{id}}, {{url}}) [interpolation-mismatch]',
        ],
      },
      {
        name: 'A variable with a brace lost',
        files: {
          'locales/en/ui.json': '{\n  "mode": "Mode {{first}} or {{second}}"\n}\n',
          'locales/es/ui.json': '{\n  "mode": "Modo {{first}} o {second}}"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error drops {{second}} that the en source "mode" shows; the translation writes "{second}}", which i18next does not read as {{second}}, so readers see it as written [interpolation-mismatch]',
        ],
      },
      {
        name: 'An unescaped variable after another on its line (unescapeSuffix)',
        files: {
          'locales/en/ui.json': '{\n  "imported": "Imported from __pathHTML__ at __date__"\n}\n',
          'locales/de/ui.json': '{\n  "imported": "Am __date__ aus __pathHTML__ importiert"\n}\n',
        },
        config: { interpolation: { prefix: '__', suffix: '__', unescapeSuffix: 'HTML' } },
        expect: [
          'locales/de/ui.json:2:3 error i18next does not fill __pathHTML__ here: its unescaped pattern __(.+?)HTML__ starts at an earlier "__" of the line, so it reads a variable "pathHTML", which the app does not pass, and shows it as written (the en source "imported" fills it); write it before the line\'s other variables [interpolation-mismatch]',
        ],
      },
      {
        name: 'A translation written in ICU syntax, in an app without i18next-icu',
        files: {
          'locales/en/ui.json': '{\n  "columns": "{{count}} columns"\n}\n',
          'locales/es/ui.json': '{\n  "columns": "{count, plural, one {# columna} other {# columnas}}"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error drops {{count}} that the en source "columns" shows; the translation is written in ICU syntax ({count, plural, ...}), which i18next without i18next-icu shows as written [interpolation-mismatch]',
        ],
      },
      {
        name: '`{{count}}` dropped from a plural form',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json':
            '{\n  "item_one": "{{count}} elemento",\n  "item_many": "{{count}} de elementos",\n  "item_other": "Varios elementos"\n}\n',
        },
        expect: [
          'locales/es/ui.json:4:3 warning plural form does not show {{count}}, though es uses this form for counts 2, 3, 4: check its words say which [interpolation-mismatch]',
        ],
      },
      {
        name: 'An ICU argument renamed (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "greeting": "Hello, {name}"\n}\n',
          'locales/es/ui.json': '{\n  "greeting": "Hola, {nombre}"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/es/ui.json:2:22 error uses {nombre} where the en source "greeting" has {name}: the app passes no value for it, so i18next-icu shows the message as written [interpolation-mismatch]',
        ],
      },
      {
        name: 'An ICU plural case several counts select, with no count (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "changes": "{count, plural, one {# permitted change} other {# permitted changes}}"\n}\n',
          'locales/fr/ui.json': '{\n  "changes": "{count, plural, one {1 changement autorisé} other {# changements autorisés}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/fr/ui.json:2:15 warning {count, plural, ...} shows no count (# or {count}) in its "one" case, though fr selects it for several counts (one at 1, 0): check its words say which [interpolation-mismatch]',
        ],
      },
    ],
    valid: [
      {
        name: "A variable of the app's defaultVariables, where the source writes the text",
        files: {
          'locales/en/ui.json': '{\n  "join": "Join Overleaf Labs"\n}\n',
          'locales/de/ui.json': '{\n  "join": "__appName__ Labs beitreten"\n}\n',
        },
        config: { interpolation: { prefix: '__', suffix: '__', defaultVariables: ['appName'] } },
      },
      {
        name: "An ICU argument of the app's defaultVariables",
        files: {
          'locales/en/ui.json': '{\n  "join": "Join Overleaf Labs"\n}\n',
          'locales/de/ui.json': '{\n  "join": "{appName} Labs beitreten"\n}\n',
        },
        config: { messageFormat: 'icu', interpolation: { defaultVariables: ['appName'] } },
      },
      {
        name: 'An ICU argument an apostrophe hides: message-syntax reports it',
        files: {
          'locales/en/ui.json': '{\n  "failed": "Failed to {action} the item type"\n}\n',
          'locales/fr/ui.json': '{\n  "failed": "Échec de l\'{action} du type d\'élément"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
      {
        name: 'The same variables',
        files: {
          'locales/en/ui.json': '{\n  "greeting": "Hello, {{name}}"\n}\n',
          'locales/es/ui.json': '{\n  "greeting": "Hola, {{name}}"\n}\n',
        },
      },
      {
        name: 'Variables in another order',
        files: {
          'locales/en/ui.json': '{\n  "page": "Page {{n}} of {{total}}"\n}\n',
          'locales/es/ui.json': '{\n  "page": "{{total}} páginas, esta es la {{n}}"\n}\n',
        },
      },
      {
        name: "An empty translation is empty-value's",
        files: {
          'locales/en/ui.json': '{\n  "greeting": "Hello, {{name}}"\n}\n',
          'locales/es/ui.json': '{\n  "greeting": ""\n}\n',
        },
      },
      {
        name: 'ICU arguments inside plural cases (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "files": "{count, plural, one {# file by {user}} other {# files by {user}}}"\n}\n',
          'locales/es/ui.json': '{\n  "files": "{count, plural, one {# archivo de {user}} other {# archivos de {user}}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
    ],
  },
  claims: [
    {
      says: 'i18next-icu show the whole message as written ("Hola, {nombre}")',
      files: {
        'locales/en/ui.json': '{ "greeting": "Hello, {name}! {count, plural, one {# message} other {# messages}}" }',
        'locales/es/ui.json': '{ "greeting": "Hola, {nombre}! {count, plural, one {# mensaje} other {# mensajes}}" }',
      },
      config: { messageFormat: 'icu' },
      locale: 'es',
      key: 'greeting',
      options: { name: 'Ana', count: 2 },
      shows: 'Hola, {nombre}! {count, plural, one {# mensaje} other {# mensajes}}',
    },
    {
      says: 'so readers see it as written',
      files: {
        'locales/en/ui.json': '{ "dial": "Dial {{number}},,{{id}}#. All numbers: {{url}}" }',
        'locales/es/ui.json': '{ "dial": "Marque {{number}},,{{id}#. Todos los números: {{url}}" }',
      },
      locale: 'es',
      key: 'dial',
      options: { number: '555', id: '42', url: 'example.com/dial' },
      shows: 'Marque 555,,{{id}#. Todos los números: {{url}}',
    },
    {
      says: 'which i18next without i18next-icu shows as written',
      files: {
        'locales/en/ui.json': '{ "columns": "{{count}} columns" }',
        'locales/es/ui.json': '{ "columns": "{count, plural, one {# columna} other {# columnas}}" }',
      },
      locale: 'es',
      key: 'columns',
      options: { count: 2 },
      shows: '{count, plural, one {# columna} other {# columnas}}',
    },
    {
      says: 'i18next then shows as written ("Hola, {{nombre}}")',
      locale: 'es',
      key: 'greeting',
      options: { name: 'Ana' },
      shows: 'Hola, {{nombre}}',
    },
  ],
  pairTraits: () => PairTrait.interpolation,
  checkPair(pair, bundle, context, report) {
    if (context.config.messageFormat === 'icu') return reportIcuArguments(pair, bundle, context, report);
    // Also true when neither string has a `{{`: most strings of every locale leave here. Spans the
    // same character for character ('unescaped' too) pass the same variables, escaped alike.
    if (sameSpans(pair.value, pair.sourceValue, context.config.interpolation) !== false) return;
    // An empty translation is empty-value's finding, not also one of lost variables.
    if (pair.value.trim() === '') return;
    reportVariables(pair, bundle, context, report);
  },
};
