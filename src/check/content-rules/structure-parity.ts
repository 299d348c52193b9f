import type { Article } from '../../content/article.js';
import { articleFormat } from '../../content/article-format.js';
import { headingAnchors } from '../../content/heading-anchors.js';
import { localeNeutralUrl } from '../../content/locale-neutral-url.js';
import { structureSummary, type StructureItem } from '../../content/structure-summary.js';
import type { ContentRule } from './content-rule.js';

const KINDS: readonly StructureItem['kind'][] = ['heading', 'link', 'image', 'code', 'list'];
const counted = (n: number, kind: string): string => `${n} ${kind}${n === 1 ? '' : 's'}`;

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * What must match between source and translation. A URL without its locale segment (`/en/x`
 * matches `/es/x`). An anchor of the page itself stands for the heading it names (`#install`
 * and `#instalar` are both "heading 2"), and another page's anchor is left out (`/en/x/#setup`
 * matches `/es/x/#configuracion`): a site's anchors are made from its headings, and those are
 * translated.
 */
function compared(item: StructureItem, locale: string, anchors: readonly string[]): string {
  if (item.kind !== 'link' && item.kind !== 'image') return item.shape;
  const url = localeNeutralUrl(item.shape, locale);
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  if (hash > 0) return `${url.slice(0, hash)}#(an anchor)`;
  const heading = anchors.indexOf(decoded(url.slice(1)));
  return heading < 0 ? url : `#(heading ${heading + 1})`;
}

/** A translation whose markdown structure differs from its source: a lost link, heading or code block. */
export const structureParity: ContentRule = {
  id: 'structure-parity',
  defaultSeverity: 'warning',
  description:
    "A translation keeps its source's structure: the same headings and levels, links and their URLs, images, code blocks (language and code) and list shapes, in order. Text is free; a URL may differ by its locale segment (`/en/x` in the source, `/es/x` in Spanish) and by its anchor when that is made from a translated heading; MDX imports, exports and expressions are no structure. One finding per kind, at the first difference.",
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
        name: 'An anchor to another heading',
        files: {
          'content/en/hello.md': '---\ntitle: Hello\n---\n\n## One\n\n## Two\n\nBack to [two](#two).\n',
          'content/es/hello.md': '---\ntitle: Hola\n---\n\n## Uno\n\n## Dos\n\nVolver a [dos](#uno).\n',
        },
        config: { locales: ['en', 'es'] },
        expect: [
          'content/es/hello.md:9:10 warning link 1 should be "#two" as in the source, is "#uno" (1 link here, 1 in the source) [structure-parity]',
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
            '---\ntitle: Hello\n---\n\nSee [setup](/en/guides/setup/), [the map](../en/map#top) and [MDN](https://developer.mozilla.org/en-US/docs/Web).\n',
          'content/es/guides/hello.md':
            '---\ntitle: Hola\n---\n\nMirá [setup](/es/guides/setup/), [el mapa](../es/map#top) y [MDN](https://developer.mozilla.org/es/docs/Web).\n',
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
        name: 'Anchors made from translated headings',
        files: {
          'content/en/guides/cli.md':
            '---\ntitle: CLI\n---\n\n## Install from the CLI\n\nSee [below](#install-from-the-cli) and [routes](/en/guides/routing/#dynamic-routes).\n',
          'content/es/guides/cli.md':
            '---\ntitle: CLI\n---\n\n## Instalar desde la CLI\n\nMirá [abajo](#instalar-desde-la-cli) y [rutas](/es/guides/routing/#rutas-dinámicas).\n',
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
    // A source has a translation per locale: summarise it once, not once per translation.
    const summaries = new Map<Article, StructureItem[]>();
    const anchors = new Map<Article, string[]>();
    const summaryOf = (a: Article): StructureItem[] =>
      summaries.get(a) ?? summaries.set(a, structureSummary(a.body, a.bodyLine, articleFormat(a.file))).get(a)!;
    const anchorsOf = (a: Article): string[] => anchors.get(a) ?? anchors.set(a, headingAnchors(a.body, articleFormat(a.file))).get(a)!;
    for (const { translation, source } of context.translations) {
      if (!source) continue;
      const theirs = summaryOf(source);
      const ours = structureSummary(translation.body, translation.bodyLine, articleFormat(translation.file));
      const theirAnchors = anchorsOf(source);
      const ourAnchors = headingAnchors(translation.body, articleFormat(translation.file));
      for (const kind of KINDS) {
        const want = theirs.filter((i) => i.kind === kind);
        const have = ours.filter((i) => i.kind === kind);
        const at = want.findIndex((item, i) => {
          const found = have[i];
          return found === undefined || compared(found, translation.locale, ourAnchors) !== compared(item, source.locale, theirAnchors);
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
