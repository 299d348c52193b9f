import { pluralFormKey } from '../../bundles/plural-key.js';
import { pluralFamily } from '../../bundles/plural-rules.js';
import { comparableTargets } from '../absent-keys.js';
import type { Bundle } from '../bundle.js';
import { inBundle, type Finding } from '../finding.js';
import type { NamespaceContext } from '../namespace-context.js';
import type { PluralGroup } from '../plural-groups.js';
import type { MissingForm } from '../compare-walk.js';
import type { Rule } from '../rule.js';

type Policy = 'error' | 'warning' | 'off';

/** Checks the source's own groups: every category of the source locale, none it never uses. */
function checkSourceGroup(context: NamespaceContext, source: Bundle, group: PluralGroup, policy: Policy, report: (f: Finding) => void): void {
  const family = pluralFamily(source.locale, group.ordinal);
  for (const category of family.categories) {
    if (group.forms.has(category)) continue;
    const key = pluralFormKey(group.base, category, group.ordinal, context.pluralSeparator);
    const anchorKey = group.forms.values().next().value as string;
    // One "form" and no other: perhaps a key of its own whose name only looks like a form.
    const alone = category === 'other' && group.forms.size === 1 ? `; or, if "${anchorKey}" is a key of its own and not a plural form, rename it: t() with a count reads it as one` : '';
    reportMissing(context, source, { key, base: group.base, category, ordinal: group.ordinal, anchorKey }, policy, report, alone);
  }
  for (const [category, key] of group.forms) {
    if (!family.categories.includes(category) && !(category === 'zero' && !group.ordinal)) reportUnused(source, key, group.ordinal, report);
  }
}

function reportMissing(context: NamespaceContext, bundle: Bundle, form: MissingForm, policy: Policy, report: (f: Finding) => void, hint = ''): void {
  const family = pluralFamily(bundle.locale, form.ordinal);
  const count = family.samples.get(form.category) ?? 0;
  if (context.resolve(bundle.locale, form.base, { count, ordinal: form.ordinal }, true)) return;
  const rare = family.rare.has(form.category);
  if (rare && policy === 'off') return;
  report({
    target: inBundle(bundle),
    anchor: { kind: 'key', key: form.anchorKey },
    key: form.key,
    severity: rare && policy === 'warning' ? 'warning' : 'error',
    message: `missing ${form.ordinal ? 'ordinal' : 'plural'} form "${form.key}": ${bundle.locale} needs ${family.categories.join(', ')} (count ${count} selects "${form.category}")${hint}`,
  });
}

function reportUnused(bundle: Bundle, key: string, ordinal: boolean, report: (f: Finding) => void): void {
  const family = pluralFamily(bundle.locale, ordinal);
  report({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, severity: 'warning', message: `"${key}" is never used: ${bundle.locale} ${ordinal ? 'ordinal' : 'plural'} forms are ${family.categories.join(', ')}` });
}

/** Plural forms per CLDR: every category the locale needs, and none it can never use. */
export const pluralForms: Rule = {
  id: 'plural-forms',
  defaultSeverity: 'error',
  description:
    'Each plural key needs every category Intl.PluralRules gives its locale (Spanish: one, many, other); a category the locale never selects is a warning. Option "rare": "error" | "warning" | "off" for categories no count below 1000 reaches.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
      'locales/es/ui.json': '{\n  "item_one": "{{count}} elemento",\n  "item_other": "{{count}} elementos"\n}\n',
    },
    expect: ['locales/es/ui.json:2:3 plural-forms'],
  },
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
      'locales/es/ui.json': '{\n  "item_one": "{{count}} elemento",\n  "item_many": "{{count}} de elementos",\n  "item_other": "{{count}} elementos"\n}\n',
    },
  },
  readsFallbacks: true,
  check(context, report) {
    const policy = (context.options('plural-forms').rare as Policy | undefined) ?? 'error';
    const source = context.source;
    if (!source?.data) return;
    for (const group of context.sourceGroups().values()) checkSourceGroup(context, source, group, policy, report);
    for (const [locale, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      const comparison = context.comparison(locale);
      for (const form of comparison.missingForms) reportMissing(context, bundle, form, policy, report);
      for (const form of comparison.unusedForms) reportUnused(bundle, form.key, form.ordinal, report);
    }
  },
};
