import type { ContentRule } from './content-rule.js';

/** A source article with no translation in a locale: readers of that locale get the original. */
export const articleMissing: ContentRule = {
  id: 'article-missing',
  defaultSeverity: 'info',
  description:
    'A source article has no translation in a locale of another language; the page is shown in its original language there (info: not every article must be translated).',
  docs: {
    checks: 'a source article without a translation in a locale of another language',
    why: "Readers of the other language find no version of the article, or the site shows them the source's.",
    passes: "Articles translated into every locale of another language; locales of the source's language (en-GB for en).",
  },
  examples: {
    invalid: [
      {
        name: 'A source article untranslated',
        files: { 'content/en/hello.md': '---\ntitle: Hello\n---\n\nHi.\n' },
        config: { locales: ['en', 'es'] },
        expect: ['content/en/hello.md:1:1 info "hello" has no es translation (content/es/hello.md) [article-missing]'],
      },
      {
        name: 'Translated into one locale of two',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nHi.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\nsourceHash: "0000000000000000"\n---\n\nHola.\n',
        },
        config: { locales: ['en', 'es', 'fr'] },
        expect: ['content/en/hello.md:1:1 info "hello" has no fr translation (content/fr/hello.md) [article-missing]'],
      },
      {
        name: 'A nested MDX article untranslated',
        files: {
          'content/en/guides/setup/install.mdx': "---\ntitle: Install\n---\n\nimport { Steps } from './steps';\n\n<Steps>Run it.</Steps>\n",
          'content/es/guides/setup/install.md': '---\ntitle: Instalar\nsourceHash: "0000000000000000"\n---\n\nEjecutalo.\n',
        },
        config: { locales: ['en', 'es', 'fr'] },
        expect: [
          'content/en/guides/setup/install.mdx:1:1 info "guides/setup/install" has no fr translation (content/fr/guides/setup/install.mdx) [article-missing]',
        ],
      },
    ],
    valid: [
      {
        name: 'Translated',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nHi.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\nsourceHash: "0000000000000000"\n---\n\nHola.\n',
        },
        config: { locales: ['en', 'es'] },
      },
      {
        name: "A locale of the source's language",
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nHi.\n',
        },
        config: { locales: ['en', 'en-GB'] },
      },
    ],
  },
  check(context, report) {
    const translated = new Set(context.translations.filter((p) => p.source).map((p) => `${p.translation.locale}\u0000${p.source?.file}`));
    for (const source of context.sources) {
      for (const locale of context.targets) {
        if (translated.has(`${locale}\u0000${source.file}`)) continue;
        report({
          file: source.file,
          line: 1,
          column: 1,
          locale,
          message: `"${source.slug}" has no ${locale} translation (${context.config.contentDir}/${locale}/${source.slug}${source.file.slice(source.file.lastIndexOf('.'))})`,
        });
      }
    }
  },
};
