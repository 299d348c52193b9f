/**
 * ASCII punctuation that can open inline Markdown (emphasis, code, links, images, HTML,
 * entities, strikethrough, math) or close a cell; the rest (`.` `,` `-` `%` `/` `:` `@` quotes)
 * is left readable. Escaping any ASCII punctuation is valid CommonMark. A bare URL still
 * becomes a link (GFM's autolink literals ignore escapes), showing exactly its text.
 */
const INLINE = /[\\`*_{}[\]()<>#!|~&$^]/g;

/**
 * One cell as literal text: line breaks and other control characters (which would end the row)
 * become spaces and Markdown punctuation is backslash-escaped (a `|` among them, so the cell holds).
 */
function cell(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
      .replace(INLINE, '\\$&')
      .trim()
  );
}

/**
 * A GitHub-flavoured Markdown table whose cells are plain text: whatever a cell holds (a locale
 * name from an untrusted folder, a message) shows as written and never breaks the row or adds
 * markup. `align` sets each column's alignment (left when absent); a row shorter than the header
 * is padded with empty cells.
 */
export function markdownTable(header: string[], rows: string[][], align?: ('left' | 'right')[]): string {
  const width = header.length;
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => (align?.[i] === 'right' ? '---:' : ':---')).join(' | ')} |`;
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n`;
}
