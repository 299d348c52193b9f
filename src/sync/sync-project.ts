import { comparableTargets, quote } from '../project/absent-keys.js';
import { toBundle, type BundleSource } from '../project/bundle.js';
import { namespaceContext, type NamespaceContext } from '../project/namespace-context.js';
import { runCheck } from '../check/run-check.js';
import type { BundleProject } from '../project/bundle-project.js';
import { lookupPath } from '../project/lookup-path.js';
import { extraKey } from '../check/rules/extra-key.js';
import { applySync } from './apply-sync.js';
import { detectFormat } from './detect-format.js';
import { prunePass } from './prune-pass.js';
import { planSync, type SyncAddition } from './plan-sync.js';
import { assertKnownLocales } from '../locale/unknown-locales.js';

/** What sync does to one bundle file: its text before (undefined for a new file) and after. */
export interface SyncChange {
  file: string;
  locale: string;
  namespace: string;
  before: string | undefined;
  after: string;
  added: string[];
  removed: string[];
  /** What each removed key held, shortened for the summary (a pruned translation is shown, not lost from sight). */
  removedValues: Record<string, string>;
  /**
   * The plural forms started from another form of the same file, with the text written: no
   * rule can tell such a copy from a translation, so the lock keeps it (see recordSyncFills).
   */
  filled?: Record<string, string>;
}

/** A target file sync leaves alone, and why (a broken file, or a namespace without a source). */
export interface SyncSkip {
  file: string;
  reason: string;
}

/** Every file sync would change, and the files it could not work on. */
export interface SyncResult {
  changes: SyncChange[];
  skipped: SyncSkip[];
}

/** Which locales to fill (default: every locale but each namespace's source) and whether to prune. */
export interface SyncOptions {
  locales?: readonly string[];
  prune?: boolean;
}

/**
 * Plans and applies sync on every namespace, in memory: the caller writes (or diffs) the result.
 * Files that would not change are left out, which makes a second run report nothing.
 */
export function syncProject(project: BundleProject, options: SyncOptions = {}): SyncResult {
  assertKnownLocales(options.locales, project.locales);
  const changes: SyncChange[] = [];
  const skipped: SyncSkip[] = [];
  for (const namespace of project.namespaces) syncNamespace(project, namespace, options, changes, skipped);
  return { changes, skipped };
}

/**
 * Prunes first, then plans additions on the pruned files: a removed object may have hidden a
 * plural group, and planning both on the old text would leave work for a second run.
 */
function syncNamespace(project: BundleProject, namespace: string, options: SyncOptions, changes: SyncChange[], skipped: SyncSkip[]): void {
  const { config } = project;
  let inputs = project.read(namespace);
  const contextOf = (list: readonly BundleSource[]): NamespaceContext =>
    namespaceContext({ namespace, config, locales: project.locales, files: list.map((input) => toBundle(input, config)) });
  let context = contextOf(inputs);
  const source = context.source;
  if (!source) {
    // Said only where there is something to sync: a file of a locale asked for (all, without --locale).
    const wanted = context.files.some((b) => b.locale !== context.sourceLocale && (!options.locales || options.locales.includes(b.locale)));
    const broken = context.files.find((b) => b.locale === context.sourceLocale);
    if (wanted)
      skipped.push({
        file: context.pathOf(context.sourceLocale),
        reason: broken
          ? `the source file cannot be parsed (${broken.broken?.message ?? 'broken'}); fix it first, nothing to sync "${namespace}" from`
          : `the source locale ${context.sourceLocale} has no file of "${namespace}"; nothing to sync it from`,
      });
    return;
  }
  for (const broken of context.files.filter((b) => !b.flat && b.locale !== context.sourceLocale))
    skipped.push({ file: broken.file, reason: `cannot be parsed (${broken.broken?.message ?? 'broken'}); fix it first` });
  const sourceFormat = detectFormat(source.text);
  const targets = comparableTargets(context).filter(([locale]) => !options.locales || options.locales.includes(locale));
  // The raw text keeps a byte-order mark that decodeBundle drops, so the written file keeps it too.
  const original = new Map(inputs.map((i) => [i.locale, i.bytes?.toString('utf8')]));
  const text = new Map(original);
  const removed = new Map<string, string[]>();
  const removedValues = new Map<string, Record<string, string>>();
  // Forms moved out of v3 plural keys in the pruning pass, which removes those keys.
  const moved = new Map<string, SyncAddition[]>();
  if (options.prune) {
    const extras = extraKeys(project, namespace, inputs);
    for (const [locale, bundle] of targets) {
      const plan = planSync(context, locale, bundle, extras.get(locale) ?? []);
      if (plan.removals.length === 0 && plan.listRemovals.length === 0) continue;
      const pass = prunePass(plan, context.pluralSeparator);
      const moves = pass.additions;
      const result = applySync(text.get(locale), pass, sourceFormat);
      text.set(locale, result.text);
      moved.set(
        locale,
        moves.filter((addition) => result.added.includes(addition.key)),
      );
      removed.set(locale, result.removed);
      removedValues.set(
        locale,
        Object.fromEntries(result.removed.map((key) => [key, quote(lookupPath(bundle?.data, key, config.keySeparator))])),
      );
    }
    // The pruned text is no longer the file's: it must not be read back from the disk (reread).
    inputs = inputs.map((input) =>
      removed.has(input.locale) ? { ...input, bytes: Buffer.from(text.get(input.locale) ?? ''), reread: undefined } : input,
    );
    context = contextOf(inputs);
  }
  for (const [locale] of targets) {
    const plan = planSync(context, locale, context.bundles.get(locale));
    const result =
      plan.additions.length > 0 || plan.listAdditions.length > 0
        ? applySync(text.get(locale), { ...plan, listRemovals: [] }, sourceFormat)
        : undefined;
    const after = result?.text ?? text.get(locale);
    if (after === undefined || after === original.get(locale)) continue;
    const added = new Set(result?.added);
    const early = moved.get(locale) ?? [];
    const filled = Object.fromEntries(
      [...early, ...plan.additions.filter((a) => added.has(a.key))]
        .filter((a) => a.from !== undefined)
        .map((a) => [a.key, String(a.value)]),
    );
    changes.push({
      file: context.pathOf(locale),
      locale,
      namespace,
      before: original.get(locale),
      after,
      added: [...early.map((addition) => addition.key), ...(result?.added ?? [])],
      removed: removed.get(locale) ?? [],
      removedValues: removedValues.get(locale) ?? {},
      filled,
    });
  }
}

/** The keys the extra-key rule reports in one namespace, by locale: prune removes exactly these. */
function extraKeys(project: BundleProject, namespace: string, inputs: readonly BundleSource[]): Map<string, string[]> {
  const config = { ...project.config, rules: { [extraKey.id]: 'warning' as const } };
  const { diagnostics } = runCheck(
    { config, locales: project.locales, namespaces: [namespace], read: () => [...inputs] },
    { rules: [extraKey] },
  );
  const byLocale = new Map<string, string[]>();
  for (const d of diagnostics) if (d.locale && d.key !== undefined) byLocale.set(d.locale, [...(byLocale.get(d.locale) ?? []), d.key]);
  return byLocale;
}
