/**
 * The speed targets the issues set, checked on the rows of one run: a row names its targets
 * (`targets: [{ name, of, limit }]`, `of` being the row's field: `ratio`, `rssRatio` or `median`),
 * and the run ends with a table saying, for each, what was measured and whether it holds.
 */

const shown = (of, value) => (of === 'median' ? `${(value * 1000).toFixed(0)} ms` : `${value.toFixed(2)}x`);

/** Each target of the rows with its measured value and verdict (a row with no figure fails). */
export function targetResults(rows) {
  return rows.flatMap((row) =>
    (row.targets ?? []).map(({ name, of, limit }) => {
      const value = row[of];
      const holds = typeof value === 'number' && value <= limit && row.failed !== true;
      return { name, tool: row.tool, size: row.size, of, value: typeof value === 'number' ? value : null, limit, holds };
    }),
  );
}

/** The targets as a markdown table, and a last line counting those that hold. */
export function formatTargets(results) {
  if (results.length === 0) return '';
  const lines = [
    '| target | row | measured | limit | holds |',
    '| --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.tool} (${r.size}) | ${r.value === null ? 'n/a' : shown(r.of, r.value)} | ${shown(r.of, r.limit)} | ${r.holds ? 'yes' : 'NO'} |`,
    ),
  ];
  const held = results.filter((r) => r.holds).length;
  return `${lines.join('\n')}\n\n${held} of ${results.length} targets hold in this run.`;
}
