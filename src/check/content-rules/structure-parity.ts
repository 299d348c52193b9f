import { articleFormat } from '../../content/article-format.js';
import { localeNeutralUrl } from '../../content/locale-neutral-url.js';
import { structureSummary, type StructureItem } from '../../content/structure-summary.js';
import type { ContentRule } from './content-rule.js';

const KINDS: readonly StructureItem['kind'][] = ['heading', 'link', 'image', 'code', 'list'];
const counted = (n: number, kind: string): string => `${n} ${kind}${n === 1 ? '' : 's'}`;

/** What must match between source and translation: a URL without its locale segment (`/en/x` matches `/es/x`). */
const compared = (item: StructureItem, locale: string): string =>
  item.kind === 'link' || item.kind === 'image' ? localeNeutralUrl(item.shape, locale) : item.shape;

/** A translation whose markdown structure differs from its source: a lost link, heading or code block. */
export const structureParity: ContentRule = {
  id: 'structure-parity',
  defaultSeverity: 'warning',
  description:
    "A translation keeps its source's structure: the same headings and levels, links and their URLs, images, code blocks (language and code) and list shapes, in order. Text is free; a URL may differ by its locale segment (`/en/x` in the source, `/es/x` in Spanish); MDX imports, exports and expressions are no structure. One finding per kind, at the first difference.",
  docs: {
    checks: 'headings and levels, link and image URLs, code blocks, list shapes differ from the source (first difference per kind)',
    why: 'A lost link or heading hides a reference or breaks the page outline for readers of the translation; a changed code block shows them other code.',
    passes:
      'Any text, the same headings, links, images, code blocks and list shapes in the same order; links that differ only by the locale segment (`/en/guides/x` and `/es/guides/x`, `../en/x`, `/es-ar/x`).',
  },
  examples: {
    invalid: [
      {
        name: 'A heading level changed, a link lost',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\n## News\n\nSee [the map](https://example.com/map).\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\n---\n\n### Noticias\n\nMirá el mapa.\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:5:1 warning link 1 should be "https://example.com/map" as in the source, and is missing (0 links here, 1 in the source) [structure-parity]',
          'content/es/hello.md:6:1 warning heading 1 should be "h2" as in the source, is "h3" (1 heading here, 1 in the source) [structure-parity]',
        ],
      },
      {
        name: 'A code block in another language',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\n```js\nrun()\n```\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\n---\n\n```ts\nrun()\n```\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:6:1 warning code 1 should be "js: run()" as in the source, is "ts: run()" (1 code here, 1 in the source) [structure-parity]',
        ],
      },
      {
        name: 'A link added',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\nHi.\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\n---\n\nHola, [mirá](https://example.com).\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:6:7 warning link 1 ("https://example.com") is not in the source (1 link here, 0 in the source) [structure-parity]',
        ],
      },
      {
        name: 'MDX: a link lost inside a component',
        files: {
          'content/en/guides/card.mdx': '---\ntitle: Card\n---\n\n<Card title="Map">\n  See [the map](/en/map/).\n</Card>\n',
          'content/es/guides/card.mdx': '---\ntitle: Tarjeta\n---\n\n<Card title="Mapa">\n  Mirá el mapa.\n</Card>\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/guides/card.mdx:4:1 warning link 1 should be "/en/map/" as in the source, and is missing (0 links here, 1 in the source) [structure-parity]',
        ],
      },
    ],
    valid: [
      {
        name: 'The same structure, other words',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\n## News\n\nSee [the map](https://example.com/map).\n',
          'content/es/hello.md':
            '---\ntitle: Hola\nsource: content/en/hello.md\n---\n\n## Noticias\n\nMirá [el mapa](https://example.com/map).\n',
        },
        config: { locales: ['en', 'es'] },
      },
      {
        name: 'Links that differ only by the locale segment',
        files: {
          'content/en/guides/hello.md':
            '---\ntitle: Hello\n---\n\nSee [setup](/en/guides/setup/), [the map](../en/map#top) and [Argentina](/es-ar/guides/).\n',
          'content/es/guides/hello.md':
            '---\ntitle: Hola\n---\n\nMirá [setup](/es/guides/setup/), [el mapa](../es/map#top) y [Argentina](/es-ar/guides/).\n',
        },
        config: { locales: ['en', 'es'] },
      },
      {
        name: 'MDX: imports and indented components are no code or prose',
        files: {
          'content/en/guides/steps.mdx':
            "---\ntitle: Steps\n---\n\nimport { Steps } from '@astrojs/starlight/components';\n\n<Steps>\n\n    Run the [installer](/en/install/).\n\n</Steps>\n",
          'content/es/guides/steps.mdx':
            "---\ntitle: Pasos\n---\n\nimport { Steps } from '@astrojs/starlight/components';\n\n<Steps>\n\n    Ejecutá el [instalador](/es/install/).\n\n</Steps>\n",
        },
        config: { locales: ['en', 'es'] },
      },
      {
        name: 'A list with other words',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\n- one\n- two\n',
          'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\n---\n\n- uno\n- dos\n',
        },
        config: { locales: ['en', 'es'] },
      },
    ],
  },
  check(context, report) {
    for (const { translation, source } of context.translations) {
      if (!source) continue;
      const theirs = structureSummary(source.body, source.bodyLine, articleFormat(source.file));
      const ours = structureSummary(translation.body, translation.bodyLine, articleFormat(translation.file));
      for (const kind of KINDS) {
        const want = theirs.filter((i) => i.kind === kind);
        const have = ours.filter((i) => i.kind === kind);
        const at = want.findIndex((item, i) => {
          const found = have[i];
          return found === undefined || compared(found, translation.locale) !== compared(item, source.locale);
        });
        const index = at >= 0 ? at : have.length > want.length ? want.length : -1;
        if (index < 0) continue;
        const expected = want[index];
        const found = have[index];
        const place = found ?? have[have.length - 1] ?? { line: translation.bodyLine, column: 1 };
        const message = expected
          ? `${kind} ${index + 1} should be ${JSON.stringify(expected.shape)} as in the source${found ? `, is ${JSON.stringify(found.shape)}` : ', and is missing'} (${counted(have.length, kind)} here, ${want.length} in the source)`
          : `${kind} ${index + 1} (${JSON.stringify(found?.shape)}) is not in the source (${counted(have.length, kind)} here, ${want.length} in the source)`;
        report({
          file: translation.file,
          line: place.line,
          column: place.column,
          locale: translation.locale,
          message,
          ...(expected && {
            related: [{ file: source.file, line: expected.line, column: expected.column, message: `the source ${kind}` }],
          }),
        });
      }
    }
  },
};
