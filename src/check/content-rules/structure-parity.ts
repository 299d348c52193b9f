import { structureSummary, type StructureItem } from '../../content/structure-summary.js';
import type { ContentRule } from './content-rule.js';

const KINDS: readonly StructureItem['kind'][] = ['heading', 'link', 'image', 'code', 'list'];
const counted = (n: number, kind: string): string => `${n} ${kind}${n === 1 ? '' : 's'}`;

/** A translation whose markdown structure differs from its source: a lost link, heading or code block. */
export const structureParity: ContentRule = {
  id: 'structure-parity',
  defaultSeverity: 'warning',
  description:
    'A translation keeps its source\'s structure: the same headings and levels, links and their URLs, images, code blocks (language and code) and list shapes, in order. Text is free; one finding per kind, at the first difference.',
  failing: {
    files: {
      'content/en/hello.md': '---\ntitle: Hello\n---\n\n## News\n\nSee [the map](https://example.com/map).\n',
      'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\n---\n\n### Noticias\n\nMirá el mapa.\n',
    },
    config: { locales: ['en', 'es'] },
    expect: ['content/es/hello.md:5:1 structure-parity', 'content/es/hello.md:6:1 structure-parity'],
  },
  passing: {
    files: {
      'content/en/hello.md': '---\ntitle: Hello\n---\n\n## News\n\nSee [the map](https://example.com/map).\n',
      'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\n---\n\n## Noticias\n\nMirá [el mapa](https://example.com/map).\n',
    },
    config: { locales: ['en', 'es'] },
  },
  check(context, report) {
    for (const { translation, source } of context.translations) {
      if (!source) continue;
      const theirs = structureSummary(source.body, source.bodyLine);
      const ours = structureSummary(translation.body, translation.bodyLine);
      for (const kind of KINDS) {
        const want = theirs.filter((i) => i.kind === kind);
        const have = ours.filter((i) => i.kind === kind);
        const at = want.findIndex((item, i) => have[i]?.shape !== item.shape);
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
          ...(expected && { related: [{ file: source.file, line: expected.line, column: expected.column, message: `the source ${kind}` }] }),
        });
      }
    }
  },
};
