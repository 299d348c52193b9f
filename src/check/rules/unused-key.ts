import { buildNamespaceOf } from '../../project/bundle-pattern.js';
import { nestingOf } from '../../bundles/message-parts.js';
import { referencedKey, referencedNamespace } from '../../bundles/reference-target.js';
import { parsePluralKey } from '../../bundles/plural-key.js';
import { inBundle } from '../finding.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import type { Rule } from '../rule.js';
import { templateExample } from '../template-example.js';

/** The source keys the templates reach: the keys they use, the forms of those they pass a count, and what those nest with `$t()` in the namespace. */
function reached(context: NamespaceContext, values: ReadonlyMap<string, unknown>): Set<string> {
  const templates = context.templateKeys ?? [];
  const plain = new Set(templates.map((t) => t.key));
  const counted = new Set(templates.filter((t) => t.plural).map((t) => t.key));
  const used = new Set<string>();
  const queue: string[] = [];
  const use = (key: string): void => {
    if (used.has(key)) return;
    used.add(key);
    queue.push(key);
  };
  // Each key by itself and by the base it is a plural form of: what a template or a `$t()` names.
  const named = new Map<string, string[]>();
  const name = (as: string, key: string): void => {
    const list = named.get(as);
    if (list) list.push(key);
    else named.set(as, [key]);
  };
  for (const key of values.keys()) {
    const base = parsePluralKey(key, context.pluralSeparator)?.base;
    name(key, key);
    if (base !== undefined) name(base, key);
    if (plain.has(key) || (base !== undefined && counted.has(base))) use(key);
  }
  while (queue.length > 0) {
    const value = values.get(queue.pop() as string);
    if (typeof value !== 'string') continue;
    for (const ref of nestingOf(value, context.config.interpolation)) {
      // A reference into another namespace uses none of this one's keys.
      if (referencedNamespace(ref, context.namespace, context.config) !== context.namespace) continue;
      const key = referencedKey(ref.key, context.config);
      for (const candidate of named.get(key) ?? []) use(candidate);
      // `$t(friend, {"context": "male"})` reads friend_male and its plural forms first.
      if (ref.context !== undefined)
        for (const candidate of named.get(`${key}${context.config.contextSeparator}${ref.context}`) ?? []) use(candidate);
    }
  }
  return used;
}

/** A source key of the build namespace that no page template shows: translators translate it for nobody. */
export const unusedKey: Rule = {
  id: 'unused-key',
  defaultSeverity: 'info',
  description:
    'A key of the build namespace that no page template uses, directly or through $t() from one: no built page uses it, though code reading the runtime bundles may. Checked only in a project that publishes pages (one with articles).',
  docs: {
    checks:
      'a key of the build namespace no page template uses, directly or through `$t()` from one (no built page shows it; code reading the runtime bundles may); only in a project with articles',
    why: 'No built page shows such a key; it is text a translator keeps up for nothing, unless code reading the runtime bundles uses it.',
    passes: 'Keys a page template uses, directly or through `$t()` from one; projects without articles.',
  },
  examples: {
    invalid: [
      {
        name: 'A key no template uses',
        files: templateExample({ world: 'World' }),
        expect: [
          'locales/en/ui.json:2:3 info "world" is not used by any page template (nor through $t() from one): no built page uses it [unused-key]',
        ],
      },
      {
        name: 'A nested key no template uses',
        files: templateExample({ old: { banner: 'Sale' } }),
        expect: [
          'locales/en/ui.json:3:5 info "old.banner" is not used by any page template (nor through $t() from one): no built page uses it [unused-key]',
        ],
      },
    ],
    valid: [
      {
        name: 'A key a template key names through $t()',
        files: templateExample({ brand: 'Acme', site: { tagline: '$t(brand) news' } }, 'site.tagline'),
      },
      {
        name: 'A project without articles',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
        },
      },
    ],
  },
  check(context, report) {
    const source = context.source;
    const values = source?.flat?.values;
    if (!context.checksSource || !context.templateKeys || !source || !values || context.namespace !== buildNamespaceOf(context.config))
      return;
    const used = reached(context, values);
    for (const key of values.keys()) {
      if (used.has(key)) continue;
      report({
        target: inBundle(source),
        anchor: { kind: 'key', key },
        key,
        message: `"${key}" is not used by any page template (nor through $t() from one): no built page uses it`,
      });
    }
  },
};
