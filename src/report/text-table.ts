import { terminalSafe } from './terminal-safe.js';

/**
 * A table for a terminal: columns padded to their widest cell, two spaces apart, numbers right
 * aligned. Cells are data (locale names come from folder names), so they are escaped first.
 */
export function textTable(header: string[], rows: string[][], align: ('left' | 'right')[] = []): string[] {
  const cells = [header, ...rows].map((row) => row.map(terminalSafe));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => [...(row[c] ?? '')].length)));
  return cells.map((row) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - [...cell].length);
        return align[c] === 'right' ? pad + cell : c === row.length - 1 ? cell : cell + pad;
      })
      .join('  '),
  );
}
