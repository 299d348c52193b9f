import { markdownOutline } from './markdown-outline.js';

/** Where an MDX body stops parsing, in lines of the article file (1-based), and the parser's reason. */
export interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

// The parser names places as `(6:1-6:20)` in its reasons, in lines of the text it was given.
const SPAN = /\((\d+):(\d+)-(\d+):(\d+)\)/g;

/**
 * Why an MDX body does not parse (an unclosed component, a broken `import`), or undefined, at
 * its place in the file: the body starts at `bodyLine`, so the parser's body lines (in its place
 * and in spans its reason names) are moved by that much. An error without a place (an unclosed
 * tag) is put where its reason's first span starts. The parse is the one every rule reuses
 * (markdownOutline keeps what they read of it), so a good file costs nothing more.
 */
export function mdxProblem(body: string, bodyLine: number): MdxProblem | undefined {
  try {
    markdownOutline(body, 'mdx');
    return undefined;
  } catch (error) {
    const place = error as { line?: number | null; column?: number | null; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    const shift = (line: string): number => Number(line) + bodyLine - 1;
    const spans = [...reason.matchAll(SPAN)];
    const first = spans[0];
    const line = place.line ?? (first ? Number(first[1]) : 1);
    const column = place.column ?? (first ? Number(first[2]) : 1);
    const message = reason.replace(SPAN, (_, l1: string, c1: string, l2: string, c2: string) => `(${shift(l1)}:${c1}-${shift(l2)}:${c2})`);
    return { line: shift(String(line)), column, message: `MDX does not parse: ${message}` };
  }
}
