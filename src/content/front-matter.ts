import matter from 'gray-matter';

/** The front matter and body of an article file, or why it could not be split. */
export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
  | { ok: false; line: number; column: number; message: string };

function refuseScript(): never {
  throw new Error('JavaScript front matter (---js) is not allowed: it would run code from the article; use YAML');
}

/**
 * gray-matter evaluates `---js` / `---javascript` front matter with `eval` by default: an
 * article is untrusted input, so those engines throw instead. YAML goes through js-yaml's
 * safe loader (no `!!js/*` tags); any other engine is unknown and refused by gray-matter.
 */
const options = {
  engines: { js: refuseScript, javascript: refuseScript },
};

interface YamlMark {
  line: number;
  column: number;
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * Splits an article into front matter and markdown. A YAML error is located in the file
 * (js-yaml's mark counts from the opening `---` line, which is line 1).
 */
export function parseFrontMatter(text: string): FrontMatter {
  try {
    const file = matter(text, options);
    const data = file.data as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, line: 1, column: 1, message: 'front matter must be a YAML mapping (key: value lines)' };
    }
    const bodyStart = text.length - file.content.length;
    return { ok: true, data: data as Record<string, unknown>, body: file.content, bodyLine: countLines(text.slice(0, bodyStart)) + 1 };
  } catch (error) {
    const mark = (error as { mark?: YamlMark }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    if (mark) return { ok: false, line: mark.line + 1, column: mark.column + 1, message: `front matter is not valid YAML: ${reason}` };
    return { ok: false, line: 1, column: 1, message: reason };
  }
}
