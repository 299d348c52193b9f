import { buildNamespaceOf } from '../../project/bundle-pattern.js';
import { pluralFamily } from '../../bundles/plural-rules.js';
import { sourceGap } from '../source-gap.js';
import { inBundle, type Finding } from '../finding.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import type { Rule } from '../rule.js';
import { templateExample } from '../template-example.js';

/** The build namespace without a source file: every key the templates use resolves nowhere, said once. */
function reportNoSource(context: NamespaceContext, keys: number, report: (finding: Finding) => void): void {
  const others = context.files.filter((bundle) => bundle.data).map((bundle) => bundle.locale);
  const gap = sourceGap(context);
  const hint =
    others.length > 0
      ? `; ${gap.broken ? 'fix it, or ' : ''}if ${others[0]} holds the original strings, set namespaceSourceLocale: { ${context.namespace}: '${others[0]}' } in the config`
      : `; ${gap.broken ? 'fix it' : 'create it'}, or set build.namespace to the namespace that holds the interface strings`;
  report({
    target: { file: context.pathOf(context.sourceLocale), locale: context.sourceLocale, namespace: context.namespace, bundle: undefined },
    anchor: { kind: 'file' },
    message: `the build namespace "${context.namespace}" ${gap.says}: none of the ${keys} keys the page templates use can be checked, and pages leave out every one their locale lacks${hint}`,
  });
}

/** A key the page templates use that the build namespace's source cannot resolve: every page leaves it out. */
export const undefinedKey: Rule = {
  id: 'undefined-key',
  defaultSeverity: 'error',
  description:
    'A UI key the page templates use (l10n build) is not in the source bundle of the build namespace nor its fallbacks, so every page leaves that string out; or the build namespace has no source file at all. Checked only in a project that publishes pages (one with articles).',
  docs: {
    checks:
      "a UI key the page templates use that neither the build namespace's source nor its fallbacks have (every page leaves it out), or a build namespace without a source file (once, with the `namespaceSourceLocale` to set); only in a project that publishes pages (one with articles)",
    why: 'Every built page leaves a key it lacks out: readers lose a navigation label, a byline or a heading on every page.',
    passes:
      "Template keys the build namespace's source or its fallbacks have; a plural template key with any of its forms; projects without articles, which publish no pages.",
  },
  examples: {
    invalid: [
      {
        name: 'The nav keys missing',
        files: templateExample({}, 'nav.'),
        expect: [
          'locales/en/ui.json:1:1 error "nav.articles" is used by the page templates, but neither en nor its fallbacks have it: every page leaves it out [undefined-key]',
          'locales/en/ui.json:1:1 error "nav.home" is used by the page templates, but neither en nor its fallbacks have it: every page leaves it out [undefined-key]',
          'locales/en/ui.json:1:1 error "nav.label" is used by the page templates, but neither en nor its fallbacks have it: every page leaves it out [undefined-key]',
          'locales/en/ui.json:1:1 error "nav.skipToContent" is used by the page templates, but neither en nor its fallbacks have it: every page leaves it out [undefined-key]',
        ],
      },
      {
        name: 'One plural key missing',
        files: templateExample({}, 'article.readingTime'),
        expect: [
          'locales/en/ui.json:17:14 error "article.readingTime" is used by the page templates with a count, but neither en nor its fallbacks have it: every page leaves it out [undefined-key]',
        ],
      },
    ],
    valid: [
      { name: 'Every template key', files: templateExample() },
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
    if (!context.checksSource || !context.templateKeys || context.namespace !== buildNamespaceOf(context.config)) return;
    if (!source) {
      reportNoSource(context, context.templateKeys.length, report);
      return;
    }
    if (!source.data) return;
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
