import fc from 'fast-check';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../src/report/markdown-table.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The table GitHub-flavoured Markdown reads from `text`, as the node types and the text of each cell. */
function readTable(text: string): { kinds: Set<string>; cells: string[][]; tables: number; align: (string | null | undefined)[] } {
  const tree = parser.parse(text) as Root;
  const tables = tree.children.filter((n): n is Table => n.type === 'table');
  const kinds = new Set<string>();
  const table = tables[0];
  const cells = (table?.children ?? []).map((row) =>
    row.children.map((cell) => {
      for (const child of cell.children)
        // A bare URL becomes a link whatever the escapes; it shows its own text, which the cells compare.
        kinds.add(child.type === 'link' && child.url.endsWith(toString(child)) ? 'autolink' : child.type);
      return toString(cell);
    }),
  );
  return { kinds, cells, tables: tables.length, align: table?.align ?? [] };
}

/** What a cell shows: line breaks and control characters as spaces, the ends trimmed. */
// eslint-disable-next-line no-control-regex -- the table replaces control characters
const shown = (text: string): string => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').trim();

describe('markdownTable', () => {
  it('writes a header, an alignment row and one row per entry', () => {
    expect(
      markdownTable(
        ['locale', 'complete'],
        [
          ['fr', '90.0%'],
          ['es-AR', '12.5%'],
        ],
        ['left', 'right'],
      ),
    ).toBe('| locale | complete |\n| :--- | ---: |\n| fr | 90.0% |\n| es-AR | 12.5% |\n');
  });

  it('keeps a hostile locale name in its cell, as plain text', () => {
    const hostile = 'x|y\n| z <img src=x onerror=alert(1)> **b** [l](javascript:alert(1)) `c` www.evil.example @team';
    const read = readTable(markdownTable(['locale', 'n'], [[hostile, '1']]));
    expect(read.cells).toEqual([
      ['locale', 'n'],
      [shown(hostile), '1'],
    ]);
    expect([...read.kinds].sort()).toEqual(['autolink', 'text']);
  });

  it('shows every cell as written, in its own column, for any text (property)', () => {
    // Without URL or e-mail shapes: remark reads escapes into a bare URL literally, GitHub does not.
    const text = fc.string({ unit: fc.constantFrom(...'ab |\\`*_[]()<>!#&:.~$^{}-/=\n\r\t\u2028'.split(''), '&amp;', '&#124;', '\u0000') });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 4 }),
        fc.array(text, { minLength: 3, maxLength: 3 }),
        (rows, header) => {
          const read = readTable(markdownTable(header, rows, ['left', 'right', 'left']));
          expect(read.tables).toBe(1);
          expect(read.cells).toEqual([header, ...rows].map((row) => row.map(shown)));
          expect(read.align).toEqual(['left', 'right', 'left']);
          for (const kind of read.kinds) expect(['text', 'autolink']).toContain(kind);
        },
      ),
      { numRuns: 400 },
    );
  });
});
