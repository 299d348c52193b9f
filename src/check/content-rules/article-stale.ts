import { articleSections } from '../../content/article-sections.js';
import { fieldLine } from '../../content/front-matter-field.js';
import { sourceHash } from '../../content/source-hash.js';
import type { ContentRule } from './content-rule.js';
import { sectionChanges } from './section-changes.js';

const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

// Whole blocks, never cut: the translator needs all of what changed to update the translation.
const quote = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat === '' ? '(nothing)' : JSON.stringify(flat);
};

/** A translation made from an older version of its source: it no longer says what the source says. */
export const articleStale: ContentRule = {
  id: 'article-stale',
  defaultSeverity: 'warning',
  description:
    'The source article changed since the translation was made (its sourceHash no longer matches). Names the changed sections with their old and new source text, from the snapshot in the content lockfile, so no git history is needed. A translation without sourceHash, in a git repository with history (not a shallow clone), is behind when its source has commits since the translation last changed (as Lunaria tells it); those git shows up to date are counted in one info per locale, with how to record them all at once.',
  docs: {
    checks:
      'the source changed since translation: names the changed sections and shows their old and new text (related locations in the source); without sourceHash, in a git repository, source commits since the translation last changed',
    why: 'Readers of the translation get outdated facts: the source was corrected or extended, the translation was not.',
    passes:
      "A translation whose `sourceHash` matches the source's title, description and body; changes to the source's other front matter; without sourceHash, a translation committed after the last change of its source.",
  },
  examples: {
    invalid: [
      {
        name: 'The source changed since translation',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nThe river rose.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\nsourceHash: "0000000000000000"\n---\n\nEl río creció.\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:4:1 warning translated from an older content/en/hello.md (sourceHash 0000000000000000, now 578c0fc772424a15); content/l10n-lock.json has no snapshot of that version to show what changed. Update the translation, then run l10n mark-translated content/es/hello.md [article-stale]',
        ],
      },
      {
        name: 'The title changed',
        files: {
          'content/en/hello.md': '---\ntitle: Hello there\n---\n\nThe river rose.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\nsourceHash: "578c0fc772424a15"\n---\n\nEl río creció.\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:4:1 warning translated from an older content/en/hello.md (sourceHash 578c0fc772424a15, now f4ab5d6f263e0399); content/l10n-lock.json has no snapshot of that version to show what changed. Update the translation, then run l10n mark-translated content/es/hello.md [article-stale]',
        ],
      },
    ],
    valid: [
      {
        name: 'Up to date',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nThe river rose.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\nsourceHash: "578c0fc772424a15"\n---\n\nEl río creció.\n',
        },
        config: { locales: ['en', 'es'] },
      },
      {
        name: 'Other front matter changed',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\ntags: [news]\n---\n\nThe river rose.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\nsourceHash: "578c0fc772424a15"\n---\n\nEl río creció.\n',
        },
        config: { locales: ['en', 'es'] },
      },
    ],
  },
  check(context, report) {
    const vouched = new Map<string, number>();
    for (const { translation, source } of context.translations) {
      if (!source) continue;
      if (translation.sourceHash === undefined) {
        const standing = context.standing(translation, source);
        if (standing.status === 'current') vouched.set(translation.locale, (vouched.get(translation.locale) ?? 0) + 1);
        if (standing.status === 'behind')
          report({
            file: translation.file,
            line: 1,
            column: 1,
            locale: translation.locale,
            message: `${counted(standing.commits, 'commit')} to ${source.file} since this translation last changed (${standing.since.date.slice(0, 10)}, ${standing.since.hash.slice(0, 7)}; from git history, as it has no sourceHash). Update the translation, then run l10n mark-translated ${translation.file}`,
          });
        continue;
      }
      const now = sourceHash(source);
      if (translation.sourceHash === now) continue;
      const snapshot = context.lock.articles[translation.file];
      const line = fieldLine(context.raw(translation.file), 'sourceHash');
      const base = `translated from an older ${source.file} (sourceHash ${translation.sourceHash}, now ${now})`;
      if (!snapshot || snapshot.sourceHash !== translation.sourceHash) {
        report({
          file: translation.file,
          line,
          column: 1,
          locale: translation.locale,
          message: `${base}; ${context.lockFile} has no snapshot of that version to show what changed. Update the translation, then run l10n mark-translated ${translation.file}`,
        });
        continue;
      }
      const changes = sectionChanges(snapshot.sections, articleSections(source));
      const names = changes.map((c) => JSON.stringify(c.heading)).join(', ');
      report({
        file: translation.file,
        line,
        column: 1,
        locale: translation.locale,
        message: `${base}; changed: ${names || '(no section: front matter only)'}. Update the translation, then run l10n mark-translated ${translation.file}`,
        related: changes.map((c) => ({
          file: source.file,
          line: c.line,
          column: 1,
          message: `section ${JSON.stringify(c.heading)} was ${quote(c.before)}; now ${quote(c.after)}`,
        })),
      });
    }
    for (const [locale, count] of vouched)
      report({
        file: context.lockFile,
        line: 1,
        column: 1,
        locale,
        severity: 'info',
        message: `${counted(count, `${locale} translation`)} without sourceHash ${count === 1 ? 'is' : 'are'} up to date by git history, which a shallow clone (as CI checks out) does not have: record their state once with l10n mark-translated --all`,
      });
  },
};
