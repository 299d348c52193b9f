import { s } from 'hastscript';
import type { Element } from 'hast';
import type { EntryState } from './bundle-status.js';

/**
 * One pattern per state, so a bar reads without colour: solid for translated, dots for
 * fallback, then horizontal, diagonal and vertical lines, and a cross-hatch for missing.
 */
const MARKS: Record<EntryState, Element[]> = {
  translated: [],
  fallback: [s('circle.dot', { cx: 3, cy: 3, r: 1.1 })],
  untranslated: [s('path.ink', { d: 'M0 3h6' })],
  stale: [s('path.ink', { d: 'M0 6L6 0M-1 1L1-1M5 7L7 5' })],
  empty: [s('path.ink', { d: 'M3 0v6' })],
  missing: [s('path.ink', { d: 'M0 0L6 6M6 0L0 6' })],
};

/** The patterns the bars and the legend fill with, defined once in a hidden SVG (`fill="url(#p-stale)"`). */
export function patternDefs(): Element {
  const patterns = Object.entries(MARKS).map(([state, marks]) =>
    s('pattern', { id: `p-${state}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, [
      s(`rect.f-${state}`, { width: 6, height: 6 }),
      ...marks,
    ]),
  );
  return s('svg.defs', { ariaHidden: 'true', focusable: 'false', width: 0, height: 0 }, [s('defs', patterns)]);
}

/**
 * A stacked bar of `parts` (state and count, in order), an image whose name says every count.
 * Widths are SVG attributes, not inline styles, so the page's Content-Security-Policy needs
 * no `'unsafe-inline'`.
 */
export function stackedBar(label: string, parts: readonly (readonly [EntryState, number])[]): Element {
  const total = parts.reduce((n, [, count]) => n + count, 0);
  let done = 0;
  const rects: Element[] = [];
  for (const [state, count] of parts) {
    if (count === 0) continue;
    const x = (done / total) * 100;
    done += count;
    const width = (done / total) * 100 - x;
    rects.push(s('rect', { x: `${x.toFixed(2)}%`, width: `${width.toFixed(2)}%`, height: '100%', fill: `url(#p-${state})` }));
  }
  return s('svg.bar', { role: 'img', ariaLabel: label }, rects);
}

/** A small swatch of a state's pattern, for the legend (the word beside it says the state). */
export const swatch = (state: EntryState): Element =>
  s('svg.swatch', { ariaHidden: 'true', focusable: 'false' }, [s('rect', { width: '100%', height: '100%', fill: `url(#p-${state})` })]);
