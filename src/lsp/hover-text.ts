import { variableNames } from '../check/shown-names.js';
import { parseIcu } from '../bundles/icu-message.js';
import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { pluralFamily } from '../bundles/plural-rules.js';
import { lookupPath } from '../project/lookup-path.js';
import type { DocumentNamespace } from './document-namespace.js';

/** Bundle text is untrusted: shown as text, never as markdown or HTML the editor renders (every line starts with our own text). */
const plain = (value: string): string => value.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\r?\n/g, ' ');

const shown = (value: unknown): string =>
  value === undefined || value === null
    ? '_not there_'
    : typeof value === 'string'
      ? `“${plain(value)}”`
      : `_${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : plain(String(value))}_`;

/** The plural kinds of an ICU message's arguments, in order (`plural`, `selectordinal`). */
const pluralKinds = (value: string): string[] =>
  parseIcu(value)
    .arguments.map((argument) => argument.kind)
    .filter((kind) => kind === 'plural' || kind === 'selectordinal');

/**
 * What a translator wants beside a key: the source text, the value in each locale of this
 * locale's fallback chain (what i18next tries, in order), the plural categories this locale
 * needs with a count that selects each (es `many`: 1000000, from Intl.PluralRules), and the
 * variables the source passes. Markdown; undefined when the key is unknown to every file.
 */
export function hoverText(doc: DocumentNamespace, key: string): string | undefined {
  const { context, locale } = doc;
  const sep = context.pluralSeparator;
  const plural = parsePluralKey(key, sep);
  const base = plural?.base ?? key;
  const ordinal = plural?.ordinal ?? false;
  const source = context.source?.data;
  const sourceValue =
    lookupPath(source, key, context.keySeparator) ??
    (plural ? lookupPath(source, pluralFormKey(base, 'other', ordinal, sep), context.keySeparator) : undefined);
  const chain = context.chain(locale);
  const values = chain.map((each) => [each, lookupPath(context.bundles.get(each)?.data, key, context.keySeparator)] as const);
  if (sourceValue === undefined && values.every(([, value]) => value === undefined)) return undefined;
  const lines = [`**${plain(key)}** · ${plain(context.namespace)} · ${plain(locale)}`, ''];
  lines.push(`Source (${plain(context.sourceLocale)}): ${shown(sourceValue)}`, '');
  for (const [each, value] of values) lines.push(`- ${plain(each)}: ${shown(value)}`);
  const kinds = typeof sourceValue === 'string' && context.config.messageFormat === 'icu' ? pluralKinds(sourceValue) : [];
  const isPlural =
    kinds.length > 0 ||
    plural !== undefined ||
    lookupPath(source, pluralFormKey(key, 'other', false, sep), context.keySeparator) !== undefined;
  if (isPlural) {
    const family = pluralFamily(locale, kinds.length > 0 ? kinds[0] === 'selectordinal' : ordinal);
    const forms = family.categories.map((category) => `\`${category}\` (${family.samples.get(category) ?? '?'})`);
    lines.push('', `Plural forms ${plain(locale)} needs: ${forms.join(', ')}`);
  }
  const variables = typeof sourceValue === 'string' ? variableNames(sourceValue, context.config) : [];
  if (variables.length > 0)
    lines.push('', `Variables the source passes: ${variables.map((name) => `\`${name.replace(/`/g, '')}\``).join(', ')}`);
  return lines.join('\n');
}
