import { pluralFamily } from '../../bundles/plural-rules.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';
import { templateExample } from '../template-example.js';

/** A key the page templates use that the build namespace's source cannot resolve: every page leaves it out. */
export const undefinedKey: Rule = {
  id: 'undefined-key',
  defaultSeverity: 'error',
  description:
    'A UI key the page templates use (l10n build) is not in the source bundle of the build namespace nor its fallbacks, so every page leaves that string out. Checked only in a project that publishes pages (one with articles).',
  failing: { files: templateExample({}, 'nav.'), expect: ['nav.label', 'nav.home', 'nav.articles', 'nav.skipToContent'].map(() => 'locales/en/ui.json:1:1 undefined-key') },
  passing: { files: templateExample() },
  check(context, report) {
    const source = context.source;
    if (!context.templateKeys || !source?.data || context.namespace !== context.config.build.namespace) return;
    const family = pluralFamily(context.sourceLocale, false);
    for (const { key, plural } of context.templateKeys) {
      // A count resolves a plural key through any of its forms; a partial group is plural-forms' finding.
      const counts = plural ? family.categories.map((c) => family.samples.get(c) ?? 1) : [undefined];
      if (counts.some((count) => context.resolve(context.sourceLocale, key, count === undefined ? {} : { count }, false))) continue;
      report({
        target: inBundle(source),
        anchor: { kind: 'parent', key },
        key,
        message: `"${key}" is used by the page templates${plural ? ' with a count' : ''}, but neither ${context.sourceLocale} nor its fallbacks have it: every page leaves it out`,
      });
    }
  },
};
