import { namespaceSource } from '../project/namespace-source.js';
import type { Config } from '../config/schema.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { writeCacheEntry } from '../files/cache-entry.js';
import type { Bundle, BundleSource } from '../project/bundle.js';
import { layoutProject } from '../project/load-bundle-project.js';
import { discoverBundles, type BundleLayout } from '../project/load-bundles.js';
import { CHECK_CACHE_FORMAT, type CachedFile, type CheckCacheData } from './check-cache-file.js';
import {
  CheckCacheKeys,
  factsByUnit,
  hashOf,
  hashOfInput,
  mentionClosure,
  mentionsOf,
  unitId,
  type FileFacts,
} from './check-cache-keys.js';
import { globalKeyOf, readCheckCache, readFileFacts } from './read-check-cache.js';
import { runCheck, type CheckOptions, type CheckResult } from './run-check.js';
import { reportedFiles, reportedLocales } from './reported-scope.js';

/** How `check --cache` runs: where the cache is, and what it reports on. */
export interface CachedCheckOptions extends Pick<CheckOptions, 'locales'> {
  cacheFile: string;
  /** The l10n version: a cache another version wrote is not used. */
  version: string;
  /**
   * How long ago (ms) a file must have changed for its size and times alone to stand for its
   * content next run (default 2000): a change within one timestamp tick of the last hashing
   * could keep them, so such a file is read and hashed again.
   */
  settleMs?: number;
  /** The project's bundle files, when the caller has found them already. */
  layout?: BundleLayout;
}

/** A check result, and notes on the cache (ignored, not written) for standard error. */
export interface CachedCheck {
  result: CheckResult;
  notes: string[];
}

/**
 * `l10n check --cache`: the bundle findings of a project, reusing those of every unit (one
 * namespace in one locale) whose key (see CheckCacheKeys) is what it was, and checking again only
 * the namespaces and locales whose files changed. A file is read and hashed unless its size,
 * times, inode and device are those it had when it was hashed more than `settleMs` after its
 * last change. The report equals a check without the cache; a cache that cannot be read, is
 * damaged, or was written by another version or config is not used, and says so in a note.
 */
export function checkWithCache(root: string, config: Config, options: CachedCheckOptions): CachedCheck {
  const notes: string[] = [];
  const started = Date.now();
  const settleMs = options.settleMs ?? 2000;
  const layout = options.layout ?? discoverBundles(root, config);
  const project = layoutProject(root, config, layout);
  const configKey = hashOf([JSON.stringify(config)]);
  const globalKey = globalKeyOf(root, config, layout, options.version, configKey);
  let cache = readCheckCache(options.cacheFile, notes);
  if (cache && cache.version !== options.version) {
    notes.push(
      `ignoring the check cache ${options.cacheFile}: l10n ${cache.version} wrote it, this is ${options.version}; checking every file`,
    );
    cache = undefined;
  } else if (cache && cache.config !== configKey) {
    notes.push(`ignoring the check cache ${options.cacheFile}: it was written for another config; checking every file`);
    cache = undefined;
  }
  const usable = cache && cache.global === globalKey ? cache : undefined;
  const selected = options.locales ? new Set(options.locales) : undefined;
  const reported = reportedLocales(layout.locales, selected);

  const files: Record<string, CachedFile> = {};
  const mentionsIn = (bundle: Bundle): string[] => mentionsOf(bundle, project.namespaces, config.nsSeparator);
  const { facts, stamps } = readFileFacts(root, layout, usable, {
    since: started - settleMs,
    reading: config,
    mentionsIn,
  });

  // Files the check reads are hashed as it reads them: what is cached is what was checked.
  const seen = new Map<string, FileFacts>();
  let torn = false;
  const observe = (input: BundleSource, bundle: Bundle): void => {
    const hash = hashOfInput(input);
    const before = seen.get(input.file) ?? facts.get(input.file);
    if (before && before.hash !== hash) torn = true;
    seen.set(input.file, {
      hash,
      mentions: before?.hash === hash ? before.mentions : mentionsIn(bundle),
    });
  };
  const keysByNamespace = new Map<string, number>();
  const units = new Map<string, Diagnostic[]>();
  let global: Diagnostic[] = [];
  let redone: { namespaces: Set<string>; locales: Set<string> };
  let warmKeys: CheckCacheKeys | undefined;

  const keysNow = (): CheckCacheKeys =>
    new CheckCacheKeys(config, globalKey, factsByUnit(layout, new Map([...facts, ...seen])), layout.locales);
  if (!usable) {
    const result = runCheck(project, { ...(options.locales && { locales: options.locales }), observe, keysByNamespace });
    for (const d of result.diagnostics) file(d);
    redone = { namespaces: new Set(project.namespaces), locales: new Set(reported) };
  } else {
    const keys = (warmKeys = keysNow());
    const dirtyNamespaces = new Set<string>();
    const dirtyLocales = new Set<string>();
    for (const namespace of project.namespaces)
      for (const locale of reported)
        if (usable.units[unitId(namespace, locale)]?.key !== keys.key(namespace, locale)) {
          dirtyNamespaces.add(namespace);
          dirtyLocales.add(locale);
        }
    // A namespace whose key count is not known for its source as it is now is checked again too.
    for (const namespace of project.namespaces)
      if (usable.keys[namespace]?.key !== keys.key(namespace, namespaceSource(config, namespace))) dirtyNamespaces.add(namespace);
    if (dirtyNamespaces.size > 0 && dirtyLocales.size === 0 && reported[0] !== undefined) dirtyLocales.add(reported[0]);
    const needed = new Set([...dirtyLocales].flatMap((locale) => [...keys.neededBy(locale)]));
    // The namespaces the dirty ones name are read for their `$t()` messages only: their own keys did not change.
    const named = mentionClosure(dirtyNamespaces, needed, factsByUnit(layout, facts));
    redone = { namespaces: dirtyNamespaces, locales: new Set([...dirtyLocales].filter((locale) => reported.includes(locale))) };
    if (dirtyNamespaces.size > 0 && dirtyLocales.size > 0) {
      const part: BundleLayout = { ...layout, files: layout.files.filter((f) => needed.has(f.locale)), skipped: [] };
      const result = runCheck(layoutProject(root, config, part), {
        locales: [...dirtyLocales],
        namespaces: project.namespaces.filter((namespace) => dirtyNamespaces.has(namespace)),
        nestingsOf: project.namespaces.filter((namespace) => named.has(namespace) && !dirtyNamespaces.has(namespace)),
        observe,
        keysByNamespace,
      });
      for (const d of result.diagnostics) if (redone.locales.has(d.locale ?? '')) file(d);
    }
    global = runCheck(project, { namespaces: [], ...(options.locales && { locales: options.locales }) }).diagnostics;
    for (const namespace of project.namespaces)
      for (const locale of reported) {
        const id = unitId(namespace, locale);
        if (!(redone.namespaces.has(namespace) && redone.locales.has(locale))) units.set(id, usable.units[id]?.diagnostics ?? []);
      }
  }

  function file(d: Diagnostic): void {
    if (d.namespace === undefined) return void global.push(d);
    const id = unitId(d.namespace, d.locale ?? '');
    const list = units.get(id);
    if (list) list.push(d);
    else units.set(id, [d]);
  }

  const diagnostics = [...global, ...[...units.values()].flat()].sort(compareDiagnostics);
  const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
  const keyCount = (namespace: string): number => keysByNamespace.get(namespace) ?? usable?.keys[namespace]?.count ?? 0;
  const result: CheckResult = {
    diagnostics,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      // As runCheck counts them: this run checks every namespace, and may re-check none of them.
      files: reportedFiles(layout.files, selected),
      locales: reported.length,
      keys: project.namespaces.reduce((sum, namespace) => sum + keyCount(namespace), 0),
    },
  };

  // Written only when every file's content is known as checked and every finding belongs to a unit.
  const all = new Map([...facts, ...seen]);
  const strays = diagnostics.some(
    (d) => d.namespace !== undefined && !(project.namespaces.includes(d.namespace) && layout.locales.includes(d.locale ?? '')),
  );
  if (torn || strays || layout.files.some((f) => !all.has(f.file))) {
    notes.push(`files changed while they were checked: the check cache ${options.cacheFile} is left as it was`);
    return { result, notes };
  }
  for (const [path, fact] of all) {
    const stamp = stamps.get(path);
    if (stamp) files[path] = { ...fact, stamp: stamp.stamp, settled: stamp.settled };
  }
  // What the check read is what was hashed before it (else torn): the keys stand unless it met new files.
  const keys = warmKeys && [...seen.keys()].every((path) => facts.has(path)) ? warmKeys : keysNow();
  const data: CheckCacheData = {
    kind: 'l10n-check-cache',
    format: CHECK_CACHE_FORMAT,
    version: options.version,
    config: configKey,
    global: globalKey,
    files,
    units: { ...usable?.units },
    keys: {},
  };
  for (const namespace of project.namespaces) {
    for (const locale of reported) {
      const id = unitId(namespace, locale);
      data.units[id] = { key: keys.key(namespace, locale), diagnostics: units.get(id) ?? [] };
    }
    const count = keysByNamespace.get(namespace) ?? usable?.keys[namespace]?.count;
    if (count !== undefined) data.keys[namespace] = { key: keys.key(namespace, namespaceSource(config, namespace)), count };
  }
  const failed = writeCacheEntry(options.cacheFile, JSON.stringify(data), { fsync: false });
  if (failed) notes.push(`could not write the check cache ${options.cacheFile}: ${failed}`);
  return { result, notes };
}
