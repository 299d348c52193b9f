import { markdownTree } from './markdown-tree.js';

/** Where an MDX body stops parsing, in lines of the body (1-based), and the parser's reason. */
export interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Why an MDX body does not parse (an unclosed component, a broken `import`), or undefined. The
 * parse is the one every rule reuses (markdownTree caches it), so a good file costs nothing more.
 */
export function mdxProblem(body: string): MdxProblem | undefined {
  try {
    markdownTree(body, 'mdx');
    return undefined;
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    return { line: place.line ?? 1, column: place.column ?? 1, message: `MDX does not parse: ${reason}` };
  }
}
