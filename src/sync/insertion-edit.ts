import { format, type Edit, type FormattingOptions, type Node } from 'jsonc-parser';

const isEol = (text: string, at: number): boolean => text.charAt(at) === '\n' || text.charAt(at) === '\r';

const namesOf = new WeakMap<Node, string[]>();

/** An object node's property names, in order: one list per node, so a caller can key work on it. */
function propertyNames(parent: Node): string[] {
  let names = namesOf.get(parent);
  if (!names) namesOf.set(parent, (names = (parent.children ?? []).map((p) => p.children?.[0]?.value as string)));
  return names;
}

/**
 * The edit jsonc-parser's `modify` makes to insert a property into the object `parent` (a node of
 * the tree of `text`), computed without parsing `text` again: the same insertion, formatted over
 * the same lines by jsonc-parser's own `format`, but on those lines alone. So any number of
 * insertions into one document take one parse, where `modify` parses the whole text for each.
 * `getInsertionIndex` gets the same list for every insertion into one node.
 */
export function insertionEdit(
  text: string,
  parent: Node,
  name: string,
  value: unknown,
  options: FormattingOptions | undefined,
  getInsertionIndex: (properties: string[]) => number,
): Edit {
  const children = parent.children ?? [];
  const property = `${JSON.stringify(name)}: ${JSON.stringify(value)}`;
  const index = getInsertionIndex(propertyNames(parent));
  const previous = index > 0 ? children[index - 1] : undefined;
  const edit: Edit = previous
    ? { offset: previous.offset + previous.length, length: 0, content: `,${property}` }
    : { offset: parent.offset + 1, length: 0, content: children.length === 0 ? property : `${property},` };
  if (!options) return edit;
  // The lines the insertion lands on, as jsonc-parser's withFormatting widens an insertion.
  let lineStart = edit.offset;
  while (lineStart > 0 && !isEol(text, lineStart - 1)) lineStart--;
  let lineEnd = edit.offset;
  while (lineEnd < text.length && !isEol(text, lineEnd)) lineEnd++;
  let lines = text.slice(lineStart, edit.offset) + edit.content + text.slice(edit.offset, lineEnd);
  let begin = 0;
  let end = lines.length;
  const formatting = format(lines, { offset: begin, length: end - begin }, { ...options, keepLines: false });
  for (let i = formatting.length - 1; i >= 0; i--) {
    const step = formatting[i] as Edit;
    lines = lines.slice(0, step.offset) + step.content + lines.slice(step.offset + step.length);
    begin = Math.min(begin, step.offset);
    end = Math.max(end, step.offset + step.length) + step.content.length - step.length;
  }
  return { offset: lineStart + begin, length: lineEnd - lineStart - (lines.length - end) - begin, content: lines.slice(begin, end) };
}

/** Applies edits that do not overlap to a text in one pass (jsonc-parser's applyEdits copies the whole text per edit). */
export function applyApartEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.offset), edit.content);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
