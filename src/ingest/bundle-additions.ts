import { applyEdits, findNodeAtLocation, modify, parse, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { UiEntry } from './ui-keys.js';

/** What ingest does to one bundle file: its new text, the keys it adds and what it refused to change. */
export interface BundleAdditions {
  file: string;
  before: string | undefined;
  after: string;
  added: string[];
  conflicts: Diagnostic[];
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function conflict(file: string, text: string, node: Node | undefined, key: string, message: string): Diagnostic {
  const at = position(text, node?.offset ?? 0);
  return {
    file,
    ...at,
    endLine: at.line,
    endColumn: at.column,
    severity: 'warning',
    ruleId: 'ingest-conflict',
    source: 'ingest',
    key,
    message,
  };
}

/** The indentation the file already uses, so inserted keys look like their neighbours. */
function indentOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** The first ancestor of a key path that holds a value instead of an object (the key cannot be added). */
function blockingParent(root: Node | undefined, path: string[]): Node | undefined {
  for (let depth = 1; depth < path.length; depth += 1) {
    const node = root && findNodeAtLocation(root, path.slice(0, depth));
    if (node === undefined) return undefined;
    if (node.type !== 'object') return node;
  }
  return undefined;
}

/**
 * Adds the UI strings a bundle lacks, editing the text in place (jsonc-parser) so every existing
 * byte stays as it was. A key that exists with the same value is left alone; with another value
 * (a translator's or editor's change) it is kept and reported as a conflict, never overwritten.
 */
export function planBundleAdditions(
  file: string,
  before: string | undefined,
  entries: readonly UiEntry[],
  keySeparator: string | false,
): BundleAdditions {
  return planValueAdditions(
    file,
    before,
    entries.flatMap((entry) => entry.values),
    keySeparator,
  );
}

/** planBundleAdditions for key-value pairs: what ingest adds to its own bundle and copies to the other locales' bundles. */
export function planValueAdditions(
  file: string,
  before: string | undefined,
  values: ReadonlyArray<readonly [string, string]>,
  keySeparator: string | false,
): BundleAdditions {
  let text = before ?? '{}\n';
  const added: string[] = [];
  const conflicts: Diagnostic[] = [];
  for (const [key, value] of values) {
    const path = keySeparator === false ? [key] : key.split(keySeparator);
    const root = parseTree(text);
    const node = root && findNodeAtLocation(root, path);
    if (node?.type === 'string' && node.value === value) continue;
    const blocker = node ?? blockingParent(root, path);
    if (blocker) {
      const held = blocker.type === 'string' ? JSON.stringify(blocker.value) : `a ${blocker.type}`;
      conflicts.push(
        conflict(
          file,
          text,
          blocker,
          key,
          `the page says ${JSON.stringify(value)} but ${key} already holds ${held}; kept as it is (change the page, the bundle or ingest.keys)`,
        ),
      );
      continue;
    }
    text = applyEdits(text, modify(text, path, value, { formattingOptions: indentOf(text) }));
    added.push(key);
  }
  if (before === undefined && !text.endsWith('\n')) text += '\n';
  return { file, before, after: added.length > 0 ? text : (before ?? text), added, conflicts };
}

/**
 * The string values of a bundle by flat key (`comments.title`), so ingest can reuse the key that
 * already holds a string. Undefined when the text is not a JSON object (ingest then refuses to edit it).
 */
export function bundleStrings(text: string | undefined, keySeparator: string | false): Map<string, string> | undefined {
  const strings = new Map<string, string>();
  if (text === undefined) return strings;
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const visit = (value: unknown, prefix: string): void => {
    if (typeof value === 'string') strings.set(prefix, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value))
        visit(child, prefix === '' ? key : `${prefix}${keySeparator === false ? '' : keySeparator}${key}`);
    }
  };
  visit(data, '');
  return strings;
}
