import { applyEdits, findNodeAtLocation, parseTree, type Edit, type FormattingOptions, type Node } from 'jsonc-parser';
import { insertProperties, type NewProperty } from './insert-properties.js';
import { applyApartEdits } from './insertion-edit.js';

/** A run of new sibling properties: the object they go into, and where (see insertProperties). */
export interface Run {
  path: string[];
  values: NewProperty[];
  getInsertionIndex: (properties: string[]) => number;
}

/** The edits of all runs, made against one parse of `text`; undefined if two touch the same place. */
function editsInOnePass(
  text: string,
  runs: readonly Run[],
  options: FormattingOptions | undefined,
  colonSpace: boolean,
): Edit[] | undefined {
  const tree = parseTree(text);
  const edits: Edit[] = [];
  for (const run of runs) {
    const parent = tree && findNodeAtLocation(tree, run.path);
    if (parent?.type !== 'object') return undefined;
    edits.push(insertProperties(text, parent, run.values, options, colonSpace, run.getInsertionIndex));
  }
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const apart = sorted.every((edit, i) => i === 0 || (sorted[i - 1] as Edit).offset + (sorted[i - 1] as Edit).length < edit.offset);
  return apart ? edits : undefined;
}

/**
 * Writes every run into `text`. Runs whose edits (each spanning the lines jsonc-parser formats) are
 * apart are made against one parse and applied together; they read only their own lines, so the
 * text is what inserting them one after another gives. When two share a line (properties written
 * side by side), they are inserted one after another, the text parsed again for each.
 */
export function insertRuns(text: string, runs: readonly Run[], options: FormattingOptions | undefined, colonSpace: boolean): string {
  if (runs.length === 0) return text;
  const edits = editsInOnePass(text, runs, options, colonSpace);
  if (edits) return applyApartEdits(text, edits);
  return runs.reduce((current, run) => {
    const parent = findNodeAtLocation(parseTree(current) as Node, run.path) as Node;
    return applyEdits(current, [insertProperties(current, parent, run.values, options, colonSpace, run.getInsertionIndex)]);
  }, text);
}
