/** A UI string as an i18next message: its plain value, or one value per plural category with `{{count}}`. */
export type UiMessage = { kind: 'plain'; value: string } | { kind: 'plural'; forms: Record<string, string> };

/** A count: a small integer next to a word (years such as 2025 and numbers inside words stay literal). */
const COUNT = /(^|[\s(])(\d{1,3}(?:\.\d{3})*)(?=[\s),.]|$)/g;
const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The noun right after `{{count}}`, in the singular: "comentarios" -> "comentario", "lectores" -> "lector". */
function singular(text: string): string {
  return text.replace(/(\{\{count\}\} )(\p{L}+)/u, (_, lead: string, word: string) => {
    if (/[rlndj]es$/i.test(word)) return lead + word.slice(0, -2);
    if (/ces$/i.test(word)) return lead + word.slice(0, -3) + 'z';
    return lead + (/[aeiouáéó]s$/i.test(word) ? word.slice(0, -1) : word);
  });
}

/** The noun right after `{{count}}`, in the plural. */
function plural(text: string): string {
  return text.replace(
    /(\{\{count\}\} )(\p{L}+)/u,
    (_, lead: string, word: string) => lead + (/s$/i.test(word) ? word : /[aeiouáéó]$/i.test(word) ? `${word}s` : `${word}es`),
  );
}

/** Spanish "many" (millions): "{{count}} de comentarios". */
const many = (text: string): string => text.replace(/\{\{count\}\} (?=\p{L})/u, '{{count}} de ');

/**
 * Turns a string with one count into the plural forms the locale needs, as `Intl.PluralRules`
 * lists them: the observed form fills its own category, the others are derived from it (Spanish
 * nouns after the count), so translators start from a complete, reviewable set. Strings without
 * exactly one count, or with a year, stay plain.
 */
export function toUiMessage(text: string, locale: string): UiMessage {
  const counts = [...text.matchAll(COUNT)];
  if (counts.length !== 1) return { kind: 'plain', value: text };
  const match = counts[0]!;
  const number = Number(match[2]!.replace(/\./g, ''));
  const template = text.slice(0, match.index + match[1]!.length) + '{{count}}' + text.slice(match.index + match[0].length);
  const rules = new Intl.PluralRules(locale);
  const observed = rules.select(number);
  const otherForm = observed === 'one' ? plural(template) : template;
  const oneForm = observed === 'one' ? template : singular(template);
  const categories = [...rules.resolvedOptions().pluralCategories].sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b));
  const forms: Record<string, string> = {};
  for (const category of categories) forms[category] = category === 'one' ? oneForm : category === 'many' ? many(otherForm) : otherForm;
  return { kind: 'plural', forms };
}
