/** The 1-based line of a top-level front matter field in an article file, or 1 when it is absent. */
export function fieldLine(raw: string, field: string): number {
  const end = frontMatterEnd(raw);
  const match = new RegExp(`^${field}[ \\t]*:`, 'm').exec(raw.slice(0, end));
  return match ? raw.slice(0, match.index).split('\n').length : 1;
}

function frontMatterEnd(raw: string): number {
  if (!raw.startsWith('---')) return 0;
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(raw.slice(3));
  return close ? 3 + close.index + (close[0].startsWith('\r') ? 2 : 1) : 0;
}

/**
 * Sets one top-level scalar field of the front matter, editing only its line (or adding one
 * before the closing `---`), so the rest of the file keeps every byte and its line endings.
 */
export function setField(raw: string, field: string, value: string): string {
  const end = frontMatterEnd(raw);
  if (end === 0) throw new Error('the file has no front matter (--- ... ---) to record the source in');
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const line = `${field}: ${JSON.stringify(value)}`;
  const head = raw.slice(0, end);
  const pattern = new RegExp(`^${field}[ \\t]*:.*$`, 'm');
  if (pattern.test(head)) return head.replace(pattern, line) + raw.slice(end);
  return `${head}${line}${eol}${raw.slice(end)}`;
}
