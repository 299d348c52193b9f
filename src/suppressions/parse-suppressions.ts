import { parseTree, type Node } from 'jsonc-parser';
import { offsetOfDepth } from '../json/nesting-depth.js';
import { parseJson } from '../json/parse-json.js';
import { LineIndex } from '../text/line-index.js';
import { entryId, type Subject, type SuppressionEntry } from './suppression-entry.js';

/** Something wrong in a suppressions file, at its 1-based line and column. */
export interface SuppressionsProblem {
  line: number;
  column: number;
  message: string;
}

/** A suppressions file read into entries, or every problem it has, in file order. */
export type ParsedSuppressions = { ok: true; suppressions: Map<string, SuppressionEntry> } | { ok: false; problems: SuppressionsProblem[] };

// The deepest the file nests: top level, keys, rule, locale, namespace. Deeper is refused before the tree is built.
const MAX_DEPTH = 5;

interface Walk {
  problems: { offset: number; message: string }[];
  entries: Map<string, SuppressionEntry>;
  known: ReadonlySet<string>;
}

const describe = (node: Node): string => (node.type === 'array' ? 'an array' : node.type === 'null' ? 'null' : `a ${node.type}`);

/** The properties of an object node, or a problem when it is something else; a repeated name is a problem too (JSON.parse would keep only the last). */
function properties(node: Node, what: string, walk: Walk): [string, Node, Node][] {
  if (node.type !== 'object') {
    walk.problems.push({ offset: node.offset, message: `${what} must be an object, not ${describe(node)}` });
    return [];
  }
  const seen = new Set<string>();
  const list: [string, Node, Node][] = [];
  for (const property of node.children ?? []) {
    const [name, value] = property.children ?? [];
    if (!name || !value) continue;
    const text = String(name.value);
    if (seen.has(text))
      walk.problems.push({ offset: name.offset, message: `${JSON.stringify(text)} appears twice in ${what}: merge the two` });
    seen.add(text);
    list.push([text, name, value]);
  }
  return list;
}

function addEntry(walk: Walk, ruleId: string, subject: Subject, node: Node): void {
  const count = node.value as unknown;
  if (node.type !== 'number' || !Number.isSafeInteger(count) || (count as number) < 1) {
    walk.problems.push({
      offset: node.offset,
      message: `expected how many findings are suppressed, a whole number 1 or more, not ${node.type === 'number' ? String(count) : describe(node)}`,
    });
    return;
  }
  walk.entries.set(entryId(ruleId, subject), { ruleId, subject, count: count as number });
}

/** The rules of a section, each checked against the known rule ids. */
function rules(node: Node, section: string, walk: Walk): [string, Node][] {
  return properties(node, `"${section}"`, walk).flatMap(([ruleId, name, value]): [string, Node][] => {
    if (walk.known.has(ruleId)) return [[ruleId, value]];
    walk.problems.push({ offset: name.offset, message: `unknown rule ${JSON.stringify(ruleId)} (known: ${[...walk.known].join(', ')})` });
    return [];
  });
}

function walkKeys(node: Node, walk: Walk): void {
  for (const [ruleId, byLocale] of rules(node, 'keys', walk))
    for (const [locale, , byNamespace] of properties(byLocale, `the locales of ${ruleId}`, walk))
      for (const [namespace, , byKey] of properties(byNamespace, `the namespaces of ${ruleId} in ${locale}`, walk))
        for (const [key, , count] of properties(byKey, `the keys of ${ruleId} in ${locale}/${namespace}`, walk))
          addEntry(walk, ruleId, { kind: 'key', locale, namespace, key }, count);
}

function walkFiles(node: Node, walk: Walk): void {
  for (const [ruleId, byFile] of rules(node, 'files', walk))
    for (const [file, , count] of properties(byFile, `the files of ${ruleId}`, walk)) addEntry(walk, ruleId, { kind: 'file', file }, count);
}

/**
 * Reads the text of a suppressions file (see formatSuppressions): a syntax error, a wrong shape,
 * a repeated name or an unknown rule (`known`: the rule ids a check can report) is a problem at
 * its line and column; a file with any problem yields no entries.
 */
export function parseSuppressions(text: string, known: ReadonlySet<string>): ParsedSuppressions {
  const lines = new LineIndex(text);
  const fail = (offset: number, message: string): ParsedSuppressions => ({ ok: false, problems: [{ ...lines.position(offset), message }] });
  if (text.trim() === '') return fail(0, 'the file is empty: a suppressions file is a JSON object, at least {}');
  const tooDeep = offsetOfDepth(text, MAX_DEPTH + 1);
  if (tooDeep >= 0) return fail(tooDeep, `nested deeper than a suppressions file is (rule, locale, namespace, key): ${MAX_DEPTH} levels`);
  try {
    JSON.parse(text);
  } catch {
    const syntax = parseJson(text);
    return syntax.ok ? fail(0, 'not JSON') : fail(syntax.offset, syntax.message);
  }
  const tree = parseTree(text) as Node;
  const walk: Walk = { problems: [], entries: new Map(), known };
  for (const [name, key, value] of properties(tree, 'the file', walk)) {
    if (name === 'keys') walkKeys(value, walk);
    else if (name === 'files') walkFiles(value, walk);
    else
      walk.problems.push({
        offset: key.offset,
        message: `unknown section ${JSON.stringify(name)}: a suppressions file holds "keys" and "files"`,
      });
  }
  if (walk.problems.length > 0)
    return { ok: false, problems: walk.problems.map(({ offset, message }) => ({ ...lines.position(offset), message })) };
  return { ok: true, suppressions: walk.entries };
}
