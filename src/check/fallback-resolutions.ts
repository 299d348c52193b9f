import { absentKeys, comparableTargets } from '../project/absent-keys.js';
import { lookupPath } from '../project/lookup-path.js';
import { missingForms } from '../project/missing-forms.js';
import { inBundle, type Finding } from './finding.js';
import type { RuleContext } from './rule-context.js';

/** A string a locale lacks that i18next reads from another locale of its language: a finding, and that locale. */
export interface FallbackResolution {
  finding: Finding;
  /** The locale whose text readers get (es for es-AR). */
  by: string;
}

/**
 * Every string the checked locales lack that a same-language fallback supplies, as i18next 26
 * resolves it: a key (or a whole plural group) the locale does not hold, a string the locale
 * writes only as plural forms (read along the chain without a count), and one plural form the
 * locale lacks. fallback-resolved notes them; script-fallback warns where the supplier is
 * written in another script. `wanted` skips a locale before its keys are looked at.
 */
export function fallbackResolutions(
  context: RuleContext,
  wanted: (locale: string) => boolean,
  visit: (resolution: FallbackResolution) => void,
): void {
  for (const [locale, bundle] of comparableTargets(context)) {
    if (!wanted(locale)) continue;
    for (const absent of absentKeys(context, locale)) {
      // Found in the locale itself under another spelling (`"a": {"b_other"}` for `"a.b"`): no fallback.
      if (!absent.resolvedBy || absent.resolvedBy === locale) continue;
      visit({
        by: absent.resolvedBy,
        finding: {
          target: { file: context.pathOf(locale), locale, namespace: context.namespace, bundle },
          anchor: { kind: 'parent', key: absent.key },
          key: absent.key,
          message: `"${absent.key}" is not in ${locale}; it resolves through ${absent.resolvedBy}`,
        },
      });
    }
    if (!bundle) continue;
    // A string the locale writes only as plural forms: without a count, i18next reads the bare key along the chain.
    for (const { key, forms, takesCount } of context.comparison(locale).formsInPlace) {
      const bare = takesCount ? undefined : context.resolve(locale, key, {}, true);
      if (!bare || bare.locale === locale) continue;
      const anchor = forms.find((form) => lookupPath(bundle.data, form, context.keySeparator) !== undefined) ?? key;
      visit({
        by: bare.locale,
        finding: {
          target: inBundle(bundle),
          anchor: { kind: 'key', key: anchor },
          key,
          message: `"${key}" is in ${locale} only as plural forms; without a count it resolves through ${bare.locale}`,
        },
      });
    }
    for (const form of missingForms(context, locale)) {
      const by = form.resolution?.locale;
      if (by === undefined || by === locale) continue;
      visit({
        by,
        finding: {
          target: inBundle(bundle),
          anchor: { kind: 'key', key: form.anchorKey },
          key: form.key,
          message: `"${form.key}" is not in ${locale}; at count ${form.count} it resolves through ${by}'s "${form.resolution?.key}"`,
        },
      });
    }
  }
}
