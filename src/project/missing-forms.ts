import { pluralFamily } from '../bundles/plural-rules.js';
import type { MissingForm } from './compare-walk.js';
import type { NamespaceContext } from './namespace-context.js';
import type { Resolution } from './resolve-key.js';

/** A plural form a target group lacks, with what i18next reads in its stead within the locale's language. */
export interface ResolvedForm extends MissingForm {
  /** The count of the form's category that i18next is asked with. */
  count: number;
  /** Undefined when nothing of the language answers: readers then see another language. */
  resolution: Resolution | undefined;
}

const cache = new WeakMap<NamespaceContext, Map<string, ResolvedForm[]>>();

/**
 * The forms a locale's groups lack (from the comparison walk), each resolved once as i18next
 * does at a count of its category: shared by plural-forms (nothing answers), fallback-resolved
 * (a locale of the same language answers) and status, so none of them can disagree.
 */
export function missingForms(context: NamespaceContext, locale: string): ResolvedForm[] {
  let byLocale = cache.get(context);
  if (!byLocale) cache.set(context, (byLocale = new Map()));
  let found = byLocale.get(locale);
  if (found) return found;
  found = context.comparison(locale).missingForms.map((form) => {
    const count = pluralFamily(locale, form.ordinal).samples.get(form.category) ?? 0;
    return { ...form, count, resolution: context.resolve(locale, form.base, { count, ordinal: form.ordinal }, true) };
  });
  byLocale.set(locale, found);
  return found;
}
