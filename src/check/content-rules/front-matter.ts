import { languageOf } from '../../locale/locale-tag.js';
import { fieldLine } from '../../content/front-matter-field.js';
import type { ContentRule } from './content-rule.js';

const day = (date: Date | undefined): string | undefined => date?.toISOString().slice(0, 10);

/** A translation's front matter: what it must add (its source and hash), keep (slug, date) and translate (title). */
export const frontMatter: ContentRule = {
  id: 'front-matter',
  defaultSeverity: 'error',
  description:
    "A translation names its source and the source's hash (sourceHash, written by l10n mark-translated), keeps the source's slug and date, and translates the title (an identical title is a warning). In a git repository with history, a translation without sourceHash is left to article-stale, which tells from history whether it is behind. Reading errors (bad YAML, a missing title) share this id.",
  docs: {
    checks:
      'a translation without `sourceHash` (unless git history tells its state) or a `source` that names no article; slug or date differing from the source; an untranslated title (warning); unreadable front matter',
    why: "Without `sourceHash` nobody learns when the translation goes stale; a date or slug other than the source's misdates or misfiles the page; an English title heads a translated page.",
    passes: "A translation with `source` and `sourceHash`, the source's slug and date, and its own title; the source articles themselves.",
  },
  examples: {
    invalid: [
      {
        name: 'No source hash, another date, a title left in English',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\ndate: 2024-05-01\n---\n\nHi.\n',
          'content/es/hello.md': '---\ntitle: Hello\ndate: 2024-05-02\n---\n\nHola.\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:1:1 error no sourceHash: nothing says which version of content/en/hello.md this translates; run l10n mark-translated content/es/hello.md (or once for every translation: l10n mark-translated --all) [front-matter]',
          'content/es/hello.md:2:1 warning the title is the source\'s, untranslated: "Hello" [front-matter]',
          "content/es/hello.md:3:1 error date 2024-05-02 differs from the source's 2024-05-01: a translation keeps the publication date [front-matter]",
        ],
      },
      {
        name: 'A source that names no article',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nHi.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/bye.md\nsourceHash: "0000000000000000"\n---\n\nHola.\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:3:1 error the source "content/en/bye.md" is not an article of en: name it as source: content/en/<slug>.md [front-matter]',
        ],
      },
    ],
    valid: [
      {
        name: 'Complete front matter',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\ndate: 2024-05-01\n---\n\nHi.\n',
          'content/es/hello.md':
            '---\ntitle: Hola\ndate: 2024-05-01\nsource: content/en/hello.md\nsourceHash: "0000000000000000"\n---\n\nHola.\n',
        },
        config: { locales: ['en', 'es'] },
      },
      {
        name: 'Source articles only',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nHi.\n',
        },
        config: { locales: ['en', 'es'] },
      },
    ],
  },
  check(context, report) {
    for (const { translation, source } of context.translations) {
      const raw = context.raw(translation.file);
      const at = (field: string) => ({ file: translation.file, line: fieldLine(raw, field), column: 1, locale: translation.locale });
      if (!source) {
        const named = translation.source ?? `${context.config.sourceLocale}/${translation.slug}`;
        report({
          ...at('source'),
          message: `the source "${named}" is not an article of ${context.config.sourceLocale}: name it as source: ${context.config.contentDir}/${context.config.sourceLocale}/<slug>.md`,
        });
        continue;
      }
      // With git history to go by, article-stale tells whether the translation is behind; without, nothing can.
      if (translation.sourceHash === undefined && context.standing(translation, source).status === 'unknown') {
        report({
          ...at('sourceHash'),
          message: `no sourceHash: nothing says which version of ${source.file} this translates; run l10n mark-translated ${translation.file} (or once for every translation: l10n mark-translated --all)`,
        });
      }
      if (translation.slug !== source.slug)
        report({
          ...at('slug'),
          message: `slug "${translation.slug}" differs from the source's "${source.slug}": a translation keeps the slug`,
        });
      if (day(source.date) !== day(translation.date)) {
        report({
          ...at('date'),
          message: `date ${day(translation.date) ?? '(none)'} differs from the source's ${day(source.date) ?? '(none)'}: a translation keeps the publication date`,
        });
      }
      if (translation.title.trim() === source.title.trim() && languageOf(translation.lang) !== languageOf(source.lang)) {
        report({
          ...at('title'),
          severity: 'warning',
          message: `the title is the source's, untranslated: ${JSON.stringify(source.title)}`,
        });
      }
    }
  },
};
