import { join, relative, sep } from 'node:path';
import { loadContentProject } from '../check/content-rules/load-content-check.js';
import { runContentCheck } from '../check/content-rules/run-content-check.js';
import { BundleCache } from '../project/bundle-cache.js';
import type { Bundle } from '../project/bundle.js';
import { runCheck } from '../check/run-check.js';
import type { BundleProject } from '../project/bundle-project.js';
import type { Rule } from '../check/rule.js';
import { bundleRules } from '../check/rules/index.js';
import { fallbackChain } from '../project/fallback-chain.js';
import { bundlePath } from '../project/load-bundles.js';
import { affectedLocales } from '../watch/affected-locales.js';
import { FolderWatch } from '../watch/folder-watch.js';
import { WatchedProject } from '../watch/load-watched-project.js';
import { NamespaceMentions } from '../watch/namespace-mentions.js';
import type { Config } from '../config/schema.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { changedScope } from '../watch/changed-scope.js';
import { diffDiagnostics } from '../watch/diff-diagnostics.js';
import { sameKeyShape } from '../watch/same-key-shape.js';
import { formatWatch } from '../watch/format-watch.js';
import { ownEntry } from '../config/own-entry.js';
import { isFolder } from '../files/is-folder.js';
import { unlistedLocales } from '../watch/unlisted-locales.js';
import { terminalSafe } from '../report/terminal-safe.js';

/** How the watcher reports and on which locales. */
export interface WatchOptions {
  locales?: readonly string[];
  write(text: string): void;
  /** The first full check, when the caller already ran it with this cache: not repeated. */
  seed?: { diagnostics: readonly Diagnostic[]; bundleCache: BundleCache };
}

/** A running watcher; `close` stops it (the CLI runs until Ctrl-C). */
export interface WatchHandle {
  close(): void;
  /** The bundle diagnostics the watcher holds now, every namespace, in report order. */
  bundleDiagnostics(): Diagnostic[];
}

// Editors save in bursts (write, rename, chmod) that arrive within a millisecond or two: one re-check per burst.
const SETTLE_MS = 4;

/** The rules whose findings in one namespace can change when another namespace is saved. */
const crossNamespaceRules = bundleRules.filter((rule) => rule.readsOtherNamespaces);

/** The rules whose findings in one locale can change when a locale of its fallback chain is saved. */
const fallbackRules = bundleRules.filter((rule) => rule.readsFallbacks);

/**
 * Watches the locales and content folders (fs.watch recursive, which Node 20 supports on Linux)
 * and, for each burst of saves, re-checks only what the saves can change (see recheckScope; the
 * articles when one changed), then prints what appeared and what was fixed.
 */
export function watchCheck(root: string, config: Config, options: WatchOptions): WatchHandle {
  const watched = new WatchedProject(root, config);
  let project = watched.project();
  /** --locale, within the locales the project has now (a folder may have gone since the start). */
  const live = (): { locales?: string[] } => (options.locales ? { locales: options.locales.filter((l) => project.locales.includes(l)) } : {});
  const byNamespace = new Map<string, Diagnostic[]>();
  const group = (diagnostics: readonly Diagnostic[]): void => {
    for (const d of diagnostics) {
      if (d.namespace === undefined) continue;
      const list = byNamespace.get(d.namespace);
      if (list) list.push(d);
      else byNamespace.set(d.namespace, [d]);
    }
  };
  const contentOf = (): Diagnostic[] => runContentCheck(loadContentProject(root, config, project.locales), live());
  const bundleCache = options.seed?.bundleCache ?? new BundleCache();
  group(options.seed?.diagnostics ?? runCheck(project, { ...live(), bundleCache }).diagnostics);
  /**
   * Which locales of a namespace to check again after saves of `saved`: those saves and the
   * locales falling back through them, within --locale; undefined for all (the source changed,
   * a locale or the namespace itself appeared or went away).
   */
  const recheckScope = (namespace: string, saved: ReadonlySet<string>, previous: BundleProject): Set<string> | undefined => {
    const same = project.locales.join() === previous.locales.join() && project.namespaces.includes(namespace) && previous.namespaces.includes(namespace);
    if (!same) return undefined;
    const sourceLocale = ownEntry(config.namespaceSourceLocale, namespace) ?? config.sourceLocale;
    const affected = affectedLocales(saved, sourceLocale, project.locales, (locale) => fallbackChain(locale, config));
    return affected && options.locales ? new Set([...affected].filter((l) => options.locales?.includes(l))) : affected;
  };
  // `$t(ns:key)` in one namespace resolves through another: a save re-checks the namespaces that name it.
  const mentions = new NamespaceMentions();
  const referencing = (saved: ReadonlySet<string>): Set<string> => mentions.referencing(bundleCache.bundles(), project.namespaces, saved);
  // What each bundle's `$t()` messages name is worked out now, not on the first save.
  referencing(new Set());
  let content = contentOf();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const recheck = (paths: readonly string[]): void => {
    // A watched folder that has gone (removed with everything in it) is waited for again.
    for (const folder of folders) folder.recheck();
    const started = performance.now();
    const changed = changedScope(paths, config);
    if (changed.files.length === 0 && changed.others.length === 0) return;
    // Files come and go (a new locale, a deleted namespace): the folders are listed again then.
    const previous = project;
    const gone = watched.save(changed.bundles, changed.others.length > 0);
    for (const file of gone) bundleCache.take(file);
    project = watched.project();
    const notes = unlistedLocales([...changed.bundles, ...changed.others.filter((path) => isFolder(join(root, path)))], project.locales, config);
    const files = changed.files.length > 0 ? changed.files : changed.others;
    // A locale came, went or was renamed: every namespace and the articles are checked again.
    if (gone.length > 0 || project.locales.join() !== previous.locales.join()) {
      const before = [...[...byNamespace.values()].flat(), ...content];
      byNamespace.clear();
      const fresh = runCheck(project, { ...live(), bundleCache }).diagnostics;
      group(fresh);
      content = contentOf();
      options.write(notes.map((note) => `${terminalSafe(note)}\n`).join('') + formatWatch(files, diffDiagnostics(before, [...fresh, ...content]), [...fresh, ...content], performance.now() - started));
      return;
    }
    const before: Diagnostic[] = [];
    const after: Diagnostic[] = [];
    /** Runs `rules` again on `namespaces` for `locales` (all when undefined) and swaps their diagnostics. */
    const redo = (namespaces: readonly string[], locales: ReadonlySet<string> | undefined, rules?: readonly Rule[]): void => {
      const ids = rules && new Set(rules.map((rule) => rule.id));
      const redone = (d: Diagnostic): boolean => (!ids || ids.has(d.ruleId)) && (!locales || locales.has(d.locale ?? ''));
      const checked = namespaces.filter((namespace) => project.namespaces.includes(namespace));
      const fresh = checked.length > 0 ? runCheck(project, { bundleCache, namespaces: checked, ...(rules && { rules }), ...(locales ? { locales: [...locales] } : live()) }).diagnostics : [];
      for (const namespace of namespaces) {
        const old = byNamespace.get(namespace) ?? [];
        const mine = fresh.filter((d) => d.namespace === namespace);
        before.push(...old.filter(redone));
        byNamespace.set(namespace, [...old.filter((d) => !redone(d)), ...mine]);
        after.push(...mine);
      }
    };
    /** Whether the saved files of a namespace, read again and all still there, hold the keys they held before (see sameKeyShape). */
    const stringsOnly = (namespace: string, files: readonly string[], was: readonly (Bundle | undefined)[]): boolean =>
      project.namespaces.includes(namespace) &&
      files.every((file, i) => {
        const before = was[i]?.data;
        const now = bundleCache.peek(file)?.data;
        return before !== undefined && now !== undefined && sameKeyShape(before, now);
      });
    let reach: Set<string> | undefined = new Set();
    for (const namespace of changed.namespaces) {
      if (!project.namespaces.includes(namespace) && !previous.namespaces.includes(namespace)) continue;
      // Saves in a folder the project does not check (see notes) change nothing it reports.
      const saved = new Set([...(changed.savedLocales.get(namespace) ?? [])].filter((locale) => project.locales.includes(locale)));
      if (saved.size === 0) continue;
      const files = [...saved].map((locale) => bundlePath(config, locale, namespace));
      const was = files.map((file) => bundleCache.take(file));
      const locales = recheckScope(namespace, saved, previous);
      const own = locales && new Set([...locales].filter((locale) => saved.has(locale)));
      if (!own || own.size > 0) redo([namespace], own);
      // A save that changed strings only (the usual edit) leaves every key resolving as before:
      // no other locale and no other namespace can change then.
      if (stringsOnly(namespace, files, was)) continue;
      reach = reach && locales && new Set([...reach, ...locales]);
      // es-AR, when only es was saved, changes only where it reads es: in the rules that read fallbacks.
      const through = locales && new Set([...locales].filter((locale) => !saved.has(locale)));
      if (through && through.size > 0) redo([namespace], through, fallbackRules);
    }
    // A namespace that names a saved one (`$t(common:title)`) changes only in the rules that read
    // other namespaces, and only for the locales the saves reach: one run for all such namespaces.
    const others = [...referencing(changed.namespaces)];
    if (others.length > 0 && (!reach || reach.size > 0)) redo(others, reach, crossNamespaceRules);
    const contentBefore = changed.content ? content : [];
    if (changed.content) content = contentOf();
    const contentAfter = changed.content ? content : [];
    const change = diffDiagnostics([...before, ...contentBefore], [...after, ...contentAfter]);
    options.write(notes.map((note) => `${terminalSafe(note)}\n`).join('') + formatWatch(files, change, [...after, ...contentAfter], performance.now() - started));
  };
  // Runs from a timer: whatever a burst of saves holds, the watcher reports it and keeps watching.
  const flush = (): void => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    try {
      recheck(paths);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      options.write(`── ${paths.map(terminalSafe).join(', ')}: could not check again (${terminalSafe(reason ?? '')}); still watching, and a restart of l10n check --watch reads everything afresh\n`);
    }
  };
  const onChange = (path: string): void => {
    pending.add(relative(root, path).split(sep).join('/'));
    timer ??= setTimeout(flush, SETTLE_MS);
  };
  const dirs = [config.localesDir, config.contentDir];
  const folders = dirs.map((dir) => new FolderWatch(join(root, dir), onChange));
  const waiting = dirs.filter((_dir, i) => !folders[i]?.watching);
  const until = waiting.length > 0 ? ` (${waiting.map((dir) => `${dir}/`).join(' and ')} not there yet: watched for)` : '';
  options.write(`watching ${config.localesDir}/ and ${config.contentDir}/ for changes${until} (Ctrl-C to stop)\n`);
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      for (const folder of folders) folder.close();
    },
    bundleDiagnostics: () => [...byNamespace.values()].flat().sort(compareDiagnostics),
  };
}
