import { applyEdits, modify } from 'jsonc-parser';
import { indexPositions } from '../bundles/index-positions.js';
import { pluralFormKey } from '../bundles/plural-key.js';
import { toBundle, type Bundle, type BundleSource } from '../project/bundle.js';
import { namespaceContext, type NamespaceContext } from '../project/namespace-context.js';
import type { BundleProject } from '../project/bundle-project.js';
import { applySync } from '../sync/apply-sync.js';
import { detectFormat, formattingOptions } from '../sync/detect-format.js';
import { keyPaths } from '../sync/key-paths.js';
import { listPath, valueAt, type Step } from '../sync/list-items.js';
import { planSync, type SyncAddition, type SyncPlan } from '../sync/plan-sync.js';
import type { SyncChange } from '../sync/sync-project.js';
import { exchangeNamespace } from './exchange-units.js';
import { importListItem } from './import-list-items.js';
import type { ImportedEntry } from './imported-entry.js';

/** What an import did, entry by entry: only entries the file holds ever appear here. */
export interface ImportReport {
  changed: { file: string; key: string; from: string; to: string }[];
  added: { file: string; key: string }[];
  unchanged: number;
  skipped: { namespace: string; key: string; reason: string }[];
}

/** The files an import rewrites, and its report. */
export interface ImportPlan {
  changes: SyncChange[];
  report: ImportReport;
}

/** The lists of a source text: which one holds a flat key (`nav` for `nav.2`), and the key's steps inside it. */
function listsOf(sourceText: string, keySeparator: string | false): { of(key: string): { key: string; steps: Step[] } | undefined } {
  const data: unknown = JSON.parse(sourceText);
  const paths = keyPaths(data, keySeparator);
  const sep = keySeparator === false ? '.' : keySeparator;
  return {
    of(key) {
      for (let at = key.lastIndexOf(sep); at > 0; at = key.lastIndexOf(sep, at - 1)) {
        const head = paths.get(key.slice(0, at));
        if (!head || !Array.isArray(valueAt(data, head))) continue;
        const steps = listPath(data, key, keySeparator, paths);
        return steps && { key: key.slice(0, at), steps: steps.slice(head.length) };
      }
      return undefined;
    },
  };
}

/** One namespace's file of the imported locale, as the import edits it. */
interface FileImport {
  namespace: string;
  locale: string;
  file: string;
  context: NamespaceContext;
  target: Bundle | undefined;
  /** The file's text without its byte-order mark (undefined: no file yet), edited entry by entry. */
  text: string | undefined;
  sourceLists: ReturnType<typeof listsOf>;
  translatable: Set<string>;
  plan: SyncPlan;
  targetPaths: Map<string, string[]>;
  /** The key written twice that a key is or lies under, if any. */
  duplicated(key: string): string | undefined;
  /** New entries for sync to insert, and the list items each new list carries. */
  additions: SyncAddition[];
  lists: Map<string, unknown[]>;
  listItems: Map<string, string[]>;
}

/** Why none of a namespace's entries can be imported, or undefined when they can be, one by one. */
function namespaceRefusal(
  namespace: string,
  locale: string,
  context: NamespaceContext | undefined,
  input: BundleSource | undefined,
): string | undefined {
  if (!context) return `the project has no namespace "${namespace}"`;
  if (context.sourceLocale === locale || !context.source)
    return context.source ? `${locale} is the source locale of "${namespace}"` : `the source file of "${namespace}" is missing or broken`;
  // A file that exists but cannot be read is not an absent one: writing a new file would replace it.
  if (input && !context.bundles.get(locale)) return `${context.pathOf(locale)} cannot be ${input.bytes ? 'parsed' : 'read'}; fix it first`;
  return undefined;
}

/**
 * The keys an import may write: every unit export makes, and the `_zero` form of each source
 * plural, which i18next reads at 0 in every language (export makes it a unit only where written).
 */
function translatableKeys(context: NamespaceContext, locale: string): Set<string> {
  const keys = new Set(
    exchangeNamespace(context, locale).items.flatMap((item) => ('units' in item ? item.units : [item]).map((u) => u.key)),
  );
  for (const group of context.sourceGroups().values())
    if (!group.ordinal) keys.add(pluralFormKey(group.base, 'zero', false, context.pluralSeparator));
  return keys;
}

/** The import of one namespace's file: what it holds and what the entries may change. */
function fileImport(context: NamespaceContext, locale: string, before: string | undefined): FileImport {
  const { config } = context;
  const source = context.source as Bundle;
  const target = context.bundles.get(locale);
  // A key written twice: an edit would land on the first, while JSON.parse and i18next read the last.
  const twice = target?.mayHaveDuplicates ? indexPositions(target.text, config.keySeparator).duplicates.map((d) => d.key) : [];
  const sep = config.keySeparator === false ? '.' : config.keySeparator;
  return {
    namespace: context.namespace,
    locale,
    file: context.pathOf(locale),
    context,
    target,
    // jsonc-parser does not skip a byte-order mark: edit without it, put it back at the end.
    text: before?.slice(byteOrderMark(before).length),
    sourceLists: listsOf(source.text, config.keySeparator),
    translatable: translatableKeys(context, locale),
    plan: planSync(context, locale, target),
    targetPaths: target ? keyPaths(JSON.parse(target.text), config.keySeparator) : new Map<string, string[]>(),
    duplicated: (key) => twice.find((d) => key === d || key.startsWith(d + sep)),
    additions: [],
    lists: new Map(),
    listItems: new Map(),
  };
}

const byteOrderMark = (text: string | undefined): string => (text?.startsWith('\uFEFF') ? '\uFEFF' : '');

/** One entry into a list of the file (`nav.2`): edited in place, or left for a new list. */
function importIntoList(
  at: FileImport,
  entry: ImportedEntry,
  inList: { key: string; steps: Step[] },
  report: ImportReport,
  skip: (reason: string) => void,
): void {
  const { text } = at;
  const outcome = importListItem(
    text,
    entry,
    inList,
    at.lists,
    at.context.keySeparator,
    text === undefined ? undefined : formattingOptions(detectFormat(text)),
  );
  if (outcome.kind === 'unchanged') report.unchanged++;
  else if (outcome.kind === 'skipped') skip(outcome.reason);
  else if (outcome.kind === 'new-list') at.listItems.set(inList.key, [...(at.listItems.get(inList.key) ?? []), entry.key]);
  else {
    at.text = outcome.text;
    if (outcome.kind === 'changed') report.changed.push({ file: at.file, key: entry.key, from: outcome.from, to: entry.value });
    else report.added.push({ file: at.file, key: entry.key });
  }
}

/** One entry: skipped with a reason, unchanged, replaced in place, or kept as an addition for sync to insert. */
function importEntry(at: FileImport, entry: ImportedEntry, report: ImportReport, skip: (reason: string) => void): void {
  const { file, locale, context } = at;
  if (!at.translatable.has(entry.key))
    return skip(`not a string key of the ${context.sourceLocale} source (or a plural form ${locale} does not use)`);
  const current = at.target?.flat?.values.get(entry.key);
  const path = at.targetPaths.get(entry.key);
  const again = at.duplicated(entry.key);
  const inList = at.sourceLists.of(entry.key);
  if (again !== undefined) skip(`${file} writes "${again}" twice (see check's duplicate-key): remove one first`);
  else if (inList) importIntoList(at, entry, inList, report, skip);
  else if (current === entry.value) report.unchanged++;
  else if (path && at.text !== undefined && typeof current === 'string') {
    at.text = applyEdits(at.text, modify(at.text, path, entry.value, { formattingOptions: formattingOptions(detectFormat(at.text)) }));
    report.changed.push({ file, key: entry.key, from: current, to: entry.value });
  } else if (current === undefined)
    at.additions.push({ key: entry.key, path: at.plan.paths.get(entry.key) ?? [entry.key], value: entry.value });
  else skip(`${file} holds a ${Array.isArray(current) ? 'list' : typeof current} there, not a string`);
}

/** Inserts the new entries and lists where sync would put them; the file's new text. */
function insertAdditions(at: FileImport, report: ImportReport): string | undefined {
  const { plan } = at;
  for (const [key, value] of at.lists) at.additions.push({ key, path: plan.paths.get(key) ?? [key], value });
  if (at.additions.length === 0) return at.text;
  const result = applySync(
    at.text,
    { additions: at.additions, removals: [], rank: plan.rank, paths: plan.paths, listAdditions: [], listRemovals: [] },
    detectFormat((at.context.source as Bundle).text),
  );
  for (const key of result.added) for (const item of at.listItems.get(key) ?? [key]) report.added.push({ file: at.file, key: item });
  return result.text;
}

/**
 * Plans writing imported translations into a locale's bundles: a changed value is replaced in
 * place, a new one inserted where sync would put it (source order, the file's formatting), and
 * an entry that is not a string the locale translates (unknown key, the namespace's source
 * locale) is skipped with a reason. Nothing the file does not hold is touched.
 */
export function planImport(project: BundleProject, locale: string, entries: readonly ImportedEntry[]): ImportPlan {
  const { config } = project;
  const report: ImportReport = { changed: [], added: [], unchanged: 0, skipped: [] };
  const changes: SyncChange[] = [];
  const byNamespace = new Map<string, ImportedEntry[]>();
  for (const entry of entries) byNamespace.set(entry.namespace, [...(byNamespace.get(entry.namespace) ?? []), entry]);
  for (const [namespace, list] of byNamespace) {
    const skip = (reason: string) => (e: ImportedEntry) => report.skipped.push({ namespace, key: e.key, reason });
    const known = project.namespaces.includes(namespace);
    const inputs = known ? project.read(namespace) : [];
    const context = known
      ? namespaceContext({ namespace, config, locales: project.locales, files: inputs.map((i) => toBundle(i, config)) })
      : undefined;
    const input = inputs.find((i) => i.locale === locale);
    const refusal = namespaceRefusal(namespace, locale, context, input);
    if (refusal !== undefined || !context) {
      list.forEach(skip(refusal ?? ''));
      continue;
    }
    const before = input?.bytes?.toString('utf8');
    const at = fileImport(context, locale, before);
    for (const entry of list) importEntry(at, entry, report, (reason) => skip(reason)(entry));
    const text = insertAdditions(at, report);
    const bom = byteOrderMark(before);
    if (text !== undefined && bom + text !== before)
      changes.push({
        file: at.file,
        locale,
        namespace,
        before,
        after: bom + text,
        added: report.added.filter((a) => a.file === at.file).map((a) => a.key),
        removed: [],
        removedValues: {},
      });
  }
  return { changes, report };
}
