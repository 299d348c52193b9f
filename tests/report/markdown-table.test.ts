import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownTable, markdownText } from '../../src/report/markdown-table.js';
import { terminalSafe } from '../../src/report/terminal-safe.js';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const parse = (text: string): Node => unified().use(remarkParse).use(remarkGfm).parse(text) as Node;

/** What a cell or paragraph shows: its text, and the node types it is made of. */
function shown(node: Node): { text: string; types: string[] } {
  const types: string[] = [];
  let text = '';
  const walk = (n: Node): void => {
    types.push(n.type);
    if (n.value !== undefined) text += n.value;
    n.children?.forEach(walk);
  };
  node.children?.forEach(walk);
  return { text, types };
}

// Everything GitHub markdown could read as structure or markup, and plain letters around it.
const hostile = fc.string({
  unit: fc.constantFrom(...'|`\\*_[]()<>!@#:/.-~=+ \n\r\tawwhtps1\u2028\u202e\u001b'.split(''), 'www.', 'http://', '<b>', '&amp;'),
  maxLength: 24,
});

describe('markdownTable', () => {
  it('keeps every cell one cell that shows its text, with no markup, link or html (property, GFM parser)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { maxLength: 4 }), hostile, (rows, head) => {
        const tree = parse(
          markdownTable(
            [head, 'n'],
            rows.map(([a, b]) => [a, b]),
            ['left', 'right'],
          ),
        );
        expect(tree.children?.map((n) => n.type)).toEqual(['table']);
        const table = tree.children![0]!;
        expect(table.children).toHaveLength(rows.length + 1);
        [[head, 'n'], ...rows].forEach((row, r) => {
          const cells = table.children![r]!.children!;
          expect(cells).toHaveLength(2);
          row.forEach((text, c) => {
            const { text: seen, types } = shown(cells[c]!);
            expect(seen).toBe(terminalSafe(text));
            expect(types.every((t) => t === 'text' || t === 'inlineCode')).toBe(true);
          });
        });
      }),
    );
  });

  it('aligns columns as asked and leaves plain words and numbers as they are', () => {
    expect(markdownTable(['locale', 'errors'], [['de', '1,024']], ['left', 'right'])).toBe(
      '| locale | errors |\n| :-- | --: |\n| de | 1,024 |\n',
    );
    expect(markdownTable(['a'], [['x|y'], ['@team #1']])).toBe('| a |\n| :-- |\n| x\\|y |\n| `@team #1` |\n');
  });
});

describe('markdownText', () => {
  it('shows any text as itself in a paragraph, never as a link, mention, emphasis or html (property)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const tree = parse(`x ${markdownText(text)} x`);
        const { text: seen, types } = shown(tree);
        expect(seen).toBe(`x ${terminalSafe(text)} x`);
        expect(types.filter((t) => t !== 'paragraph').every((t) => t === 'text' || t === 'inlineCode')).toBe(true);
        // GitHub links @mentions and #references in text, never in code.
        const plain = (tree.children ?? []).flatMap((p) => (p.children ?? []).filter((n) => n.type === 'text').map((n) => n.value));
        expect(plain.join('')).not.toMatch(/[@#]/);
      }),
    );
  });
});
