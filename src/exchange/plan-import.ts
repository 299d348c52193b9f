import { applyEdits, modify } from 'jsonc-parser';
import { indexPositions } from '../bundles/index-positions.js';
import { toBundle } from '../project/bundle.js';
import { namespaceContext } from '../project/namespace-context.js';
import type { BundleProject } from '../project/bundle-project.js';
import { applySync } from '../sync/apply-sync.js';
import { detectFormat, formattingOptions } from '../sync/detect-format.js';
import { keyPaths } from '../sync/key-paths.js';
import { listPath, valueAt, type Step } from '../sync/list-items.js';
import { planSync, type SyncAddition } from '../sync/plan-sync.js';
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
    if (!project.namespaces.includes(namespace)) {
      list.forEach(skip(`the project has no namespace "${namespace}"`));
      continue;
    }
    const inputs = project.read(namespace);
    const context = namespaceContext({ namespace, config, locales: project.locales, files: inputs.map((i) => toBundle(i, config.keySeparator)) });
    if (context.sourceLocale === locale || !context.source) {
      list.forEach(skip(context.source ? `${locale} is the source locale of "${namespace}"` : `the source file of "${namespace}" is missing or broken`));
      continue;
    }
    const file = context.pathOf(locale);
    const input = inputs.find((i) => i.locale === locale);
    const before = input?.bytes?.toString('utf8');
    const target = context.bundles.get(locale);
    // A file that exists but cannot be read is not an absent one: writing a new file would replace it.
    if (input && !target) {
      list.forEach(skip(`${file} cannot be ${input.bytes ? 'parsed' : 'read'}; fix it first`));
      continue;
    }
    const sourceLists = listsOf(context.source.text, config.keySeparator);
    const translatable = new Set(exchangeNamespace(context, locale).items.flatMap((item) => ('units' in item ? item.units : [item]).map((u) => u.key)));
    const plan = planSync(context, locale, target);
    const targetPaths = target ? keyPaths(JSON.parse(target.text), config.keySeparator) : new Map<string, string[]>();
    // A key written twice: an edit would land on the first, while JSON.parse and i18next read the last.
    const twice = target?.mayHaveDuplicates ? indexPositions(target.text, config.keySeparator).duplicates.map((d) => d.key) : [];
    const sep = config.keySeparator === false ? '.' : config.keySeparator;
    const duplicated = (key: string): string | undefined => twice.find((d) => key === d || key.startsWith(d + sep));
    // jsonc-parser does not skip a byte-order mark: edit without it, put it back at the end.
    const bom = before?.startsWith('\uFEFF') ? '\uFEFF' : '';
    let text = before?.slice(bom.length);
    const additions: SyncAddition[] = [];
    const lists = new Map<string, unknown[]>();
    const listItems = new Map<string, string[]>();
    for (const entry of list) {
      if (!translatable.has(entry.key)) {
        skip(`not a string key of the ${context.sourceLocale} source (or a plural form ${locale} does not use)`)(entry);
        continue;
      }
      const current = target?.flat?.values.get(entry.key);
      const path = targetPaths.get(entry.key);
      const again = duplicated(entry.key);
      const inList = sourceLists.of(entry.key);
      if (again !== undefined) skip(`${file} writes "${again}" twice (see check's duplicate-key): remove one first`)(entry);
      else if (inList) {
        const outcome = importListItem(text, entry, inList, lists, config.keySeparator, text === undefined ? undefined : formattingOptions(detectFormat(text)));
        if (outcome.kind === 'unchanged') report.unchanged++;
        else if (outcome.kind === 'skipped') skip(outcome.reason)(entry);
        else if (outcome.kind === 'new-list') listItems.set(inList.key, [...(listItems.get(inList.key) ?? []), entry.key]);
        else {
          text = outcome.text;
          if (outcome.kind === 'changed') report.changed.push({ file, key: entry.key, from: outcome.from, to: entry.value });
          else report.added.push({ file, key: entry.key });
        }
      } else if (current === entry.value) report.unchanged++;
      else if (path && text !== undefined && typeof current === 'string') {
        text = applyEdits(text, modify(text, path, entry.value, { formattingOptions: formattingOptions(detectFormat(text)) }));
        report.changed.push({ file, key: entry.key, from: current, to: entry.value });
      } else if (current === undefined) additions.push({ key: entry.key, path: plan.paths.get(entry.key) ?? [entry.key], value: entry.value });
      else skip(`${file} holds a ${Array.isArray(current) ? 'list' : typeof current} there, not a string`)(entry);
    }
    for (const [key, value] of lists) additions.push({ key, path: plan.paths.get(key) ?? [key], value });
    if (additions.length > 0) {
      const result = applySync(text, { additions, removals: [], rank: plan.rank, paths: plan.paths, listAdditions: [], listRemovals: [] }, detectFormat(context.source.text));
      text = result.text;
      for (const key of result.added) for (const item of listItems.get(key) ?? [key]) report.added.push({ file, key: item });
    }
    if (text !== undefined && bom + text !== before) changes.push({ file, locale, namespace, before, after: bom + text, added: report.added.filter((a) => a.file === file).map((a) => a.key), removed: [], removedValues: {} });
  }
  return { changes, report };
}
