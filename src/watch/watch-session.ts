import { join } from 'node:path';
import type { Rule } from '../check/rule.js';
import { bundleRules } from '../check/rules/index.js';
import { runCheck } from '../check/run-check.js';
import { nestsFurtherAcross } from '../bundles/nesting-across.js';
import type { Config } from '../config/schema.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isFolder } from '../files/is-folder.js';
import { BundleCache } from '../project/bundle-cache.js';
import type { BundleProject } from '../project/bundle-project.js';
import type { Bundle, BundleSource } from '../project/bundle.js';
import type { Suppressions } from '../suppressions/suppression-entry.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { changedScope, type ChangedScope } from './changed-scope.js';
import { diffDiagnostics } from './diff-diagnostics.js';
import { formatWatch } from './format-watch.js';
import { WatchedContent } from './load-watched-content.js';
import { WatchedProject, type TextOverlay } from './load-watched-project.js';
import { NamespaceMentions } from './namespace-mentions.js';
import { recheckScope } from './recheck-scope.js';
import { quotingLocales } from './quoting-locales.js';
import { fallbackChain } from '../project/fallback-chain.js';
import { sameKeyShape } from './same-key-shape.js';
import { sameNestings } from './same-nestings.js';
import { ShownView } from './shown-view.js';
import { inScope, type ReportScope } from '../report/report-scope.js';
import { unlistedLocales } from './unlisted-locales.js';

/** The rules whose findings in one namespace can change when another namespace is saved. */
const crossNamespaceRules = bundleRules.filter((rule) => rule.readsOtherNamespaces);

/** The rules whose findings in one locale can change when a locale of its fallback chain is saved. */
const fallbackRules = bundleRules.filter((rule) => rule.readsFallbacks);

/** How a session checks: --locale, and the first full check when the caller already ran it. */
export interface WatchSessionOptions {
  locales?: readonly string[] | undefined;
  /** The first full check, when the caller already ran it with this cache: not repeated. */
  seed?: { diagnostics: readonly Diagnostic[]; bundleCache: BundleCache } | undefined;
  /** The suppressions the first report applied: what they cover is never shown. */
  suppressions?: Suppressions | undefined;
  /** The first report's `--rule` and `--severity`: what they leave out is never shown either. */
  scope?: ReportScope | undefined;
  /** Unsaved editor text read in place of the disk's (the language server): re-check a path after changing it. */
  overlay?: TextOverlay | undefined;
}

/** The diagnostics one burst of saves swapped: those re-checked before, and what they are now. */
interface Swap {
  before: Diagnostic[];
  after: Diagnostic[];
}

/** What one update re-checked: the paths it took, notes on folders the project does not check, and the diagnostics it swapped. */
export interface Redone {
  files: string[];
  notes: string[];
  before: Diagnostic[];
  after: Diagnostic[];
}

/**
 * The watcher's state between saves: every namespace's bundle diagnostics and the articles'. For
 * each burst of saves it re-checks only what the saves can change (see recheckScope; the articles
 * when one changed) and says what appeared and what was fixed.
 */
export class WatchSession {
  private readonly watched: WatchedProject;
  private readonly articles: WatchedContent;
  private project: BundleProject;
  private readonly byNamespace = new Map<string, Diagnostic[]>();
  private readonly bundleCache: BundleCache;
  // `$t(ns:key)` in one namespace resolves through another: a save re-checks the namespaces that name it.
  private readonly mentions = new NamespaceMentions();
  private content: Diagnostic[];
  private readonly shown: ShownView;
  /**
   * Whether some `$t()` reference into another namespace names a key that nests further there
   * (see nestsFurtherAcross): expansions are then counted across namespaces, over every
   * namespace's messages, which a re-check of a few namespaces does not read.
   */
  private nestsAcross: boolean;

  constructor(
    private readonly root: string,
    private readonly config: Config,
    private readonly options: WatchSessionOptions,
  ) {
    this.watched = new WatchedProject(root, config, options.overlay);
    this.articles = new WatchedContent(root, config, options.overlay);
    this.project = this.watched.project();
    this.bundleCache = options.seed?.bundleCache ?? new BundleCache();
    this.group(options.seed?.diagnostics ?? runCheck(this.project, { ...this.live(), bundleCache: this.bundleCache }).diagnostics);
    this.nestsAcross = this.acrossNamespaces();
    // What each bundle's `$t()` messages name is worked out now, not on the first save.
    this.referencing(new Set());
    this.content = this.contentCheck();
    this.shown = new ShownView(options.suppressions, () => this.everything(), inScope(options.scope ?? {}));
  }

  /** The bundle diagnostics the session holds now, every namespace, in report order. */
  bundleDiagnostics(): Diagnostic[] {
    return [...this.byNamespace.values()].flat().sort(compareDiagnostics);
  }

  /** Every diagnostic the session holds now, bundles' and articles', in report order. */
  diagnostics(): Diagnostic[] {
    return [...this.bundleDiagnostics(), ...this.content].sort(compareDiagnostics);
  }

  /** The project as the session reads it now (open documents' text included). */
  bundleProject(): BundleProject {
    return this.project;
  }

  /** A file of the project parsed, from the session's cache when its bytes are unchanged (the checks parsed it already). */
  parsed(source: BundleSource): Bundle {
    return this.bundleCache.bundle(source, this.config);
  }

  /**
   * Checks again what a burst of saves (paths relative to the root, `/`-separated) can change;
   * the report of what changed, or undefined when no path is one the project reads.
   */
  recheck(paths: readonly string[]): string | undefined {
    const started = performance.now();
    const redone = this.update(paths);
    if (!redone) return undefined;
    const { before, after } = this.shown.show(redone.before, redone.after, () => this.everything());
    const heading = redone.notes.map((note) => `${terminalSafe(note)}\n`).join('');
    return heading + formatWatch(redone.files, diffDiagnostics(before, after), after, performance.now() - started);
  }

  /**
   * Checks again what a burst of saves can change, without the watcher's report (the language
   * server publishes everything() instead, and has no use for what appeared and what was fixed);
   * undefined when no path is one the project reads.
   */
  update(paths: readonly string[]): Redone | undefined {
    const changed = changedScope(paths, this.config);
    if (changed.files.length === 0 && changed.others.length === 0) return undefined;
    // Files come and go (a new locale, a deleted namespace): the folders are listed again then.
    const previous = this.project;
    const gone = this.watched.save(changed.bundles, changed.others.length > 0);
    for (const file of gone) this.bundleCache.take(file);
    this.project = this.watched.project();
    const notes = unlistedLocales(
      [...changed.bundles, ...changed.others.filter((path) => isFolder(join(this.root, path)))],
      this.project.locales,
      this.config,
    );
    const files = changed.files.length > 0 ? changed.files : changed.others;
    // A locale came, went or was renamed: every namespace and the articles are checked again.
    if (gone.length > 0 || this.project.locales.join() !== previous.locales.join()) {
      const [before, after] = this.recheckEverything();
      return { files, notes, before, after };
    }
    // Where expansions count across namespaces, a save most often leaves them so, and the partial
    // re-check would be followed by a whole one: the whole one alone then.
    const swap = this.nestsAcross ? this.recheckBundles() : this.recheckNamespaces(changed, previous, new Map(this.byNamespace));
    const contentBefore = changed.content ? this.content : [];
    if (changed.content)
      this.content = this.articles.changed(
        changed.files.filter((f) => !changed.bundles.includes(f)),
        this.project.locales,
        this.live(),
      );
    const contentAfter = changed.content ? this.content : [];
    return { files, notes, before: [...swap.before, ...contentBefore], after: [...swap.after, ...contentAfter] };
  }

  /** Every diagnostic the session holds now, bundles and articles, unordered: what was not re-checked keeps its objects. */
  everything(): Diagnostic[] {
    return ([] as Diagnostic[]).concat(...this.byNamespace.values(), this.content);
  }

  /** --locale, within the locales the project has now (a folder may have gone since the start). */
  private live(): { locales?: string[] } {
    const { locales } = this.options;
    return locales ? { locales: locales.filter((l) => this.project.locales.includes(l)) } : {};
  }

  private group(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (d.namespace === undefined) continue;
      const list = this.byNamespace.get(d.namespace);
      if (list) list.push(d);
      else this.byNamespace.set(d.namespace, [d]);
    }
  }

  private contentCheck(): Diagnostic[] {
    return this.articles.check(this.project.locales, this.live());
  }

  private referencing(saved: ReadonlySet<string>): Set<string> {
    return this.mentions.referencing(this.bundleCache.bundles(), this.project.namespaces, saved);
  }

  /** Every namespace and the articles again: what was held before, and everything now. */
  private recheckEverything(): [before: Diagnostic[], after: Diagnostic[]] {
    const before = this.everything();
    const { after } = this.recheckBundles();
    this.content = this.contentCheck();
    return [before, [...after, ...this.content]];
  }

  /** Every namespace again (not the articles): the bundle diagnostics held before, and all of them now. */
  private recheckBundles(): Swap {
    const before = [...this.byNamespace.values()].flat();
    this.byNamespace.clear();
    const after = runCheck(this.project, { ...this.live(), bundleCache: this.bundleCache }).diagnostics;
    this.group(after);
    this.nestsAcross = this.acrossNamespaces();
    return { before, after };
  }

  /** Whether the bundles parsed now count expansions across namespaces (see nestsAcross). */
  private acrossNamespaces(): boolean {
    return nestsFurtherAcross([...this.bundleCache.bundles()], this.config);
  }

  /**
   * The saved namespaces, the locales reading them and the namespaces naming them, as far as the
   * saves reach; every namespace again when the saves make a reference across namespaces nest
   * further (`held`: each namespace's diagnostics before the saves).
   */
  private recheckNamespaces(changed: ChangedScope, previous: BundleProject, held: ReadonlyMap<string, Diagnostic[]>): Swap {
    const swap: Swap = { before: [], after: [] };
    let reach: Set<string> | undefined = new Set();
    let nestingSaved = false;
    for (const namespace of changed.namespaces) {
      if (!this.project.namespaces.includes(namespace) && !previous.namespaces.includes(namespace)) continue;
      // Saves in a folder the project does not check (see notes) change nothing it reports.
      const saved = new Set([...(changed.savedLocales.get(namespace) ?? [])].filter((locale) => this.project.locales.includes(locale)));
      if (saved.size === 0) continue;
      const files = [...saved].map((locale) => changed.savedFiles.get(`${namespace}\0${locale}`) ?? '');
      const was = files.map((file) => this.bundleCache.take(file));
      const locales = recheckScope(namespace, saved, this.project, previous, this.config, this.options.locales);
      const own = locales && new Set([...locales].filter((locale) => saved.has(locale)));
      if (!own || own.size > 0) this.redo(swap, [namespace], own);
      // es-AR, when only es was saved, changes only where it reads es: in the rules that read fallbacks.
      const through = locales && new Set([...locales].filter((locale) => !saved.has(locale)));
      const nestingsKept = this.nestingsKept(files, was);
      nestingSaved ||= !nestingsKept;
      // A save that changed strings only (the usual edit), and no `$t()` message, leaves every key
      // resolving and expanding as before: no other namespace can change then, and no other locale
      // but those whose findings quote the saved texts.
      if (nestingsKept && this.sameKeys(namespace, files, was)) {
        const quoting = through && quotingLocales(through, saved, (locale) => fallbackChain(locale, this.config));
        if (quoting && quoting.size > 0) this.redo(swap, [namespace], quoting, fallbackRules);
        continue;
      }
      reach = reach && locales && new Set([...reach, ...locales]);
      if (through && through.size > 0) this.redo(swap, [namespace], through, fallbackRules);
    }
    // A namespace that names a saved one (`$t(common:title)`) changes only in the rules that read
    // other namespaces, and only for the locales the saves reach: one run for all such namespaces.
    const others = [...this.referencing(changed.namespaces)];
    if (others.length > 0 && (!reach || reach.size > 0)) this.redo(swap, others, reach, crossNamespaceRules);
    // Expansions across namespaces read only `$t()` messages: none saved, none changed.
    if (!nestingSaved || !this.acrossNamespaces()) return swap;
    const { after } = this.recheckBundles();
    return { before: [...held.values()].flat(), after };
  }

  /** Runs `rules` again on `namespaces` for `locales` (all when undefined) and swaps their diagnostics. */
  private redo(swap: Swap, namespaces: readonly string[], locales: ReadonlySet<string> | undefined, rules?: readonly Rule[]): void {
    const ids = rules && new Set(rules.map((rule) => rule.id));
    const redone = (d: Diagnostic): boolean => (!ids || ids.has(d.ruleId)) && (!locales || locales.has(d.locale ?? ''));
    const checked = namespaces.filter((namespace) => this.project.namespaces.includes(namespace));
    const scope = {
      bundleCache: this.bundleCache,
      namespaces: checked,
      ...(rules && { rules }),
      ...(locales ? { locales: [...locales] } : this.live()),
    };
    const fresh = checked.length > 0 ? runCheck(this.project, scope).diagnostics : [];
    for (const namespace of namespaces) {
      const old = this.byNamespace.get(namespace) ?? [];
      const mine = fresh.filter((d) => d.namespace === namespace);
      swap.before.push(...old.filter(redone));
      this.byNamespace.set(namespace, [...old.filter((d) => !redone(d)), ...mine]);
      swap.after.push(...mine);
    }
  }

  /** Whether the saved files of a namespace, read again and all still there, hold the keys they held before (see sameKeyShape). */
  private sameKeys(namespace: string, files: readonly string[], was: readonly (Bundle | undefined)[]): boolean {
    return (
      this.project.namespaces.includes(namespace) &&
      files.every((file, i) => {
        const before = was[i]?.data;
        const now = this.bundleCache.peek(file)?.data;
        return before !== undefined && now !== undefined && sameKeyShape(before, now);
      })
    );
  }

  /** Whether the saved files, read again and all still there, hold the `$t()` messages they held before (see sameNestings). */
  private nestingsKept(files: readonly string[], was: readonly (Bundle | undefined)[]): boolean {
    return files.every((file, i) => {
      const before = was[i];
      const now = this.bundleCache.peek(file);
      return before !== undefined && now !== undefined && sameNestings(before.nestings, now.nestings);
    });
  }
}
