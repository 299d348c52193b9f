import { pluralFormKey } from '../../bundles/plural-key.js';
import { pluralFamily } from '../../bundles/plural-rules.js';
import { comparableTargets } from '../absent-keys.js';
import type { Bundle } from '../bundle.js';
import { inBundle, type Finding } from '../finding.js';
import type { NamespaceContext } from '../namespace-context.js';
import { pluralGroups, type PluralGroup } from '../plural-groups.js';
import type { Rule } from '../rule.js';

type Policy = 'error' | 'warning' | 'off';

function checkGroup(context: NamespaceContext, bundle: Bundle, group: PluralGroup, policy: Policy, report: (f: Finding) => void): void {
  const family = pluralFamily(bundle.locale, group.ordinal);
  const kind = group.ordinal ? 'ordinal' : 'plural';
  for (const category of family.categories) {
    if (group.forms.has(category)) continue;
    const count = family.samples.get(category) ?? 0;
    const resolution = context.resolve(bundle.locale, group.base, { count, ordinal: group.ordinal }, true);
    if (resolution) continue;
    const rare = family.rare.has(category);
    if (rare && policy === 'off') continue;
    const key = pluralFormKey(group.base, category, group.ordinal, context.pluralSeparator);
    const firstForm = [...group.forms.values()][0] ?? group.base;
    report({
      target: inBundle(bundle),
      anchor: { kind: 'key', key: firstForm },
      key,
      severity: rare && policy === 'warning' ? 'warning' : 'error',
      message: `missing ${kind} form "${key}": ${bundle.locale} needs ${family.categories.join(', ')} (count ${count} selects "${category}")`,
    });
  }
  for (const [category, key] of group.forms) {
    if (family.categories.includes(category) || (category === 'zero' && !group.ordinal)) continue;
    report({
      target: inBundle(bundle),
      anchor: { kind: 'key', key },
      key,
      severity: 'warning',
      message: `"${key}" is never used: ${bundle.locale} ${kind} forms are ${family.categories.join(', ')}`,
    });
  }
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
  check(context, report) {
    const policy = (context.options('plural-forms').rare as Policy | undefined) ?? 'error';
    const source = context.source;
    if (!source?.flat) return;
    const sourceGroups = context.sourceGroups();
    for (const group of sourceGroups.values()) checkGroup(context, source, group, policy, report);
    for (const [, bundle] of comparableTargets(context)) {
      if (!bundle?.flat) continue;
      for (const [id, group] of pluralGroups(bundle.flat, context.pluralSeparator)) {
        if (sourceGroups.has(id)) checkGroup(context, bundle, group, policy, report);
      }
    }
  },
};
