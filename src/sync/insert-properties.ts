import type { Edit, FormattingOptions, Node } from 'jsonc-parser';
import { insertionEdit } from './insertion-edit.js';

// A property name and value no bundle holds: where jsonc-parser puts it is where the run goes.
const HOLDER_NAME = '\u0000l10n-sync-run';
const HOLDER_VALUE = '\u0000';

/** One property to write: its name and value. */
export interface NewProperty {
  name: string;
  value: unknown;
}

/** A value as jsonc-parser formats it at a property whose line is indented by `indent`. */
function valueText(value: unknown, indent: string, options: FormattingOptions | undefined): string {
  if (!options) return JSON.stringify(value);
  const unit = options.insertSpaces ? ' '.repeat(options.tabSize ?? 4) : '\t';
  const text = JSON.stringify(value, null, unit);
  return text.includes('\n') ? text.replace(/\n/g, `${options.eol ?? '\n'}${indent}`) : text;
}

/**
 * The edit that writes a run of sibling properties, in order, into the object `parent` (a node of
 * the tree of `text`) where jsonc-parser would put the first (`getInsertionIndex`). One edit for
 * the run, not one per property, and no parse of the text per run (see insertionEdit): adding 830
 * keys to a 2,700-key file spent seconds parsing it again for each run. A stand-in property is
 * placed as jsonc-parser would place it; its text is replaced by the run, separated and indented as
 * the stand-in was written.
 */
export function insertProperties(
  text: string,
  parent: Node,
  run: readonly NewProperty[],
  options: FormattingOptions | undefined,
  colonSpace: boolean,
  getInsertionIndex: (properties: string[]) => number,
): Edit {
  const edit = insertionEdit(text, parent, HOLDER_NAME, HOLDER_VALUE, options, getInsertionIndex);
  const stand = `${JSON.stringify(HOLDER_NAME)}: ${JSON.stringify(HOLDER_VALUE)}`;
  const at = edit.content.indexOf(stand);
  if (at < 0) return edit;
  const eol = options?.eol ?? '\n';
  const lineStart = options ? edit.content.lastIndexOf(eol, at) : -1;
  const indent = lineStart < 0 ? '' : edit.content.slice(lineStart + eol.length, at);
  const separator = lineStart < 0 ? ',' : `,${eol}${indent}`;
  const colon = colonSpace ? ': ' : ':';
  const written = run.map(({ name, value }) => `${JSON.stringify(name)}${colon}${valueText(value, indent, options)}`).join(separator);
  return { ...edit, content: edit.content.slice(0, at) + written + edit.content.slice(at + stand.length) };
}
