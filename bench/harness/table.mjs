/**
 * The one results table: a markdown table, so the terminal output can be pasted into docs/performance.md as is.
 */

const COLUMNS = [
  ['tool', (r) => r.tool],
  ['size', (r) => r.size],
  ['median s', (r) => fixed(r.median, 3)],
  ['spread s', (r) => fixed(r.spread, 3)],
  ['x floor', (r) => (r.ratio == null ? '' : `${r.ratio.toFixed(2)}x`)],
  ['peak RSS MB', (r) => fixed(r.rss, 0)],
  ['x RSS', (r) => (r.rssRatio == null ? '' : `${r.rssRatio.toFixed(2)}x`)],
  ['recall', (r) => (r.recall ? `${r.recall.found}/${r.recall.total}` : '')],
  ['false alarms', (r) => (r.recall ? String(r.recall.falseAlarms) : '')],
  ['notes', (r) => r.notes ?? ''],
];

function fixed(value, digits) {
  return typeof value === 'number' ? value.toFixed(digits) : (value ?? '');
}

/** Renders rows as an aligned markdown table. */
export function formatTable(rows) {
  const grid = [COLUMNS.map(([name]) => name), ...rows.map((row) => COLUMNS.map(([, cell]) => String(cell(row))))];
  const widths = COLUMNS.map((_, i) => Math.max(...grid.map((line) => line[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(grid[0]), line(widths.map((w) => '-'.repeat(w))), ...grid.slice(1).map(line)].join('\n');
}

/** The kinds a tool missed, as "kind found/total", for the notes column. */
export function missedKinds(recall) {
  return Object.entries(recall.byKind)
    .filter(([, k]) => k.found < k.total)
    .map(([kind, k]) => `${kind} ${k.found}/${k.total}`)
    .join(', ');
}
