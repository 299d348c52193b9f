import { parsePluralKey } from '../../bundles/plural-key.js';
import { messageParts } from '../../bundles/message-parts.js';
import { comparableTargets } from '../absent-keys.js';
import { inBundle } from '../finding.js';
import { groupId } from '../plural-groups.js';
import type { Rule } from '../rule.js';

const list = (names: string[]): string => names.map((n) => `{{${n}}}`).join(', ');

/** Variables a translation drops or invents, compared form by form with the source. */
export const interpolationMismatch: Rule = {
  id: 'interpolation-mismatch',
  defaultSeverity: 'error',
  description:
    'A translation uses a variable the source never passes (renders as nothing), or drops one the source shows. Dropping {{count}} from a plural form ("Un artículo") is only a warning; switching {{x}} to unescaped {{- x}} is a warning.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "greeting": "Hello, {{name}}"\n}\n',
      'locales/es/ui.json': '{\n  "greeting": "Hola, {{nombre}}"\n}\n',
    },
    expect: ['locales/es/ui.json:2:3 interpolation-mismatch', 'locales/es/ui.json:2:3 interpolation-mismatch'],
  },
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "greeting": "Hello, {{name}}"\n}\n',
      'locales/es/ui.json': '{\n  "greeting": "Hola, {{name}}"\n}\n',
    },
  },
  check(context, report) {
    const source = context.source?.flat;
    if (!source) return;
    const groups = context.sourceGroups();
    const groupVariables = new Map<string, Set<string>>();
    const allowedFor = (sourceKey: string): Set<string> | undefined => {
      const plural = parsePluralKey(sourceKey, context.pluralSeparator);
      const group = plural && groups.get(groupId(plural.base, plural.ordinal));
      if (!plural || !group) return undefined;
      const id = groupId(plural.base, plural.ordinal);
      let names = groupVariables.get(id);
      if (!names) {
        names = new Set(['count']);
        for (const key of group.forms.values()) {
          const value = source.values.get(key);
          if (typeof value === 'string') for (const name of messageParts(value).variables) names.add(name);
        }
        groupVariables.set(id, names);
      }
      return names;
    };
    for (const [, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      for (const pair of context.pairs(bundle)) {
        if (!pair.value.includes('{{') && !pair.sourceValue.includes('{{')) continue;
        const theirs = messageParts(pair.sourceValue);
        const ours = messageParts(pair.value);
        const groupNames = allowedFor(pair.sourceKey);
        const allowed = groupNames ?? new Set(theirs.variables);
        const invented = ours.variables.filter((n) => !allowed.has(n));
        const dropped = theirs.variables.filter((n) => !ours.variables.includes(n));
        const at = { target: inBundle(bundle), anchor: { kind: 'key', key: pair.key } as const, key: pair.key };
        if (invented.length > 0) report({ ...at, message: `uses ${list(invented)}, which the ${context.sourceLocale} source "${pair.sourceKey}" does not pass (it has ${list(theirs.variables) || 'none'})` });
        const countOnly = dropped.filter((n) => n === 'count' && groupNames !== undefined);
        const others = dropped.filter((n) => !countOnly.includes(n));
        if (others.length > 0) report({ ...at, message: `drops ${list(others)} that the ${context.sourceLocale} source "${pair.sourceKey}" shows` });
        if (countOnly.length > 0) report({ ...at, severity: 'warning', message: `plural form does not show {{count}} (fine for "one" wording such as "un artículo"; check it is intended)` });
        const unescaped = ours.unescaped.filter((n) => !theirs.unescaped.includes(n) && theirs.variables.includes(n));
        if (unescaped.length > 0) report({ ...at, severity: 'warning', message: `writes ${unescaped.map((n) => `{{- ${n}}}`).join(', ')} unescaped where the source escapes it: an injection risk` });
      }
    }
  },
};
