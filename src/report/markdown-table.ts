import { terminalSafe } from './terminal-safe.js';

// Text made only of these renders as itself in GitHub markdown: no emphasis, link, autolink
// (`https:`, e-mail), mention (`@`), issue reference (`#`), emoji (`:x:`), HTML or cell break.
// A `.` is plain too (`77.7%`), except in `www.`, which starts an autolink; so are block shades (`▓░`).
const PLAIN = /^[\p{L}\p{N} ,'()%+=.\u2580-\u259f-]*$/u;

/**
 * Untrusted text (a locale from a folder name, a path, a message quoting a value) as inline
 * markdown that renders exactly as the text: left as is when it cannot be read as markup, else
 * a code span fenced by more backticks than it holds. Controls, line breaks and invisible
 * characters are shown escaped first (`\n`, `\u202e`), so one value stays on one line.
 */
export function markdownText(text: string): string {
  const safe = terminalSafe(text);
  // Spaces at either end are trimmed by a table cell: such text is shown as code too.
  if (PLAIN.test(safe) && !/www\./i.test(safe) && safe.trim() === safe) return safe;
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A code span drops one space at each end when it has both (and is not only spaces); a backtick at an end needs one.
  const pad = /^`|`$/.test(safe) || /^ [^]*[^ ][^]* $/.test(safe) ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/**
 * A table cell: markdownText of the parts between its pipes, joined by escaped pipes outside any
 * code span, where every GFM parser reads them alike (a backslash before a pipe inside a code
 * span is read differently by cmark-gfm and micromark).
 */
const cell = (text: string): string => terminalSafe(text).split('|').map(markdownText).join('\\|');

/**
 * A GitHub-flavoured markdown table, one line per row. Every cell is untrusted text: pipes,
 * line breaks and anything that would end a cell or be read as markup are escaped (see
 * markdownText). `align` gives each column's alignment (left when absent).
 */
export function markdownTable(header: string[], rows: string[][], align: ('left' | 'right')[] = []): string {
  const line = (cells: string[]): string => `| ${header.map((_, c) => cell(cells[c] ?? '')).join(' | ')} |\n`;
  const rule = `| ${header.map((_, c) => (align[c] === 'right' ? '--:' : ':--')).join(' | ')} |\n`;
  return line(header) + rule + rows.map(line).join('');
}
