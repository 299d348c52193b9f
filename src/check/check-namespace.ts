import type { BundleReading } from '../project/parse-source.js';
import type { NestingBundle } from '../bundles/nesting-bombs.js';
import { releaseBundle, type Bundle, type BundleSource } from '../project/bundle.js';
import type { BundleProject } from '../project/bundle-project.js';
import { separatorNames } from '../project/lookup-path.js';
import { namespaceContext, type NamespaceContext } from '../project/namespace-context.js';
import type { CrossNamespaceKeys, DeferredKey } from './cross-namespace-keys.js';
import { targetGroups } from './target-groups.js';
import { textAgain } from './text-again.js';
import { reportedFiles } from './reported-scope.js';

/** What the check of each namespace shares with the whole run (see runCheck). */
export interface NamespaceRun {
  project: BundleProject;
  /** The locales `--locale` reports on; all when undefined. */
  selected: ReadonlySet<string> | undefined;
  parse(input: BundleSource, reading: BundleReading): Bundle;
  /** Whether a bundle may be released once checked (see releaseBundle): its file was read for this run alone and no cache keeps it. */
  releaseBundles: boolean;
  crossKeys: CrossNamespaceKeys;
  /**
   * Runs the pair walk and the rules over one context, keeping only findings on `reporting`.
   * `sourceTraits` is shared by the namespace's contexts: their source strings are the same.
   */
  checkGroup(context: NamespaceContext, reporting: ReadonlySet<string>, sourceTraits: Map<string, number>): void;
}

/** What one namespace adds to the run's summary and to its count of expansions across namespaces. */
export interface NamespaceDone {
  /** Its files in the locales the run reports on (see reportedFiles). */
  files: number;
  /** Source keys (the summary's "keys"). */
  keys: number;
  nestings: NestingBundle[];
}

/** A parsed bundle that holds `$t()` messages, as the count of expansions across namespaces reads it. */
export function nestingOf(namespace: string, input: BundleSource, bundle: Bundle, reading: BundleReading): NestingBundle | undefined {
  if (!bundle.data || bundle.nestings.length === 0) return undefined;
  return { file: bundle.file, locale: bundle.locale, namespace, nestings: bundle.nestings, text: textAgain(input, reading) };
}

const countLeaves = (data: Record<string, unknown> | unknown[]): number => {
  let count = 0;
  for (const name in data) {
    const value = (data as Record<string, unknown>)[name];
    count += value !== null && typeof value === 'object' ? countLeaves(value as Record<string, unknown>) : 1;
  }
  return count;
};

const leafCounts = new WeakMap<object, number>();

/** Counts the leaf values of a parsed source (a list's items one by one), once per parsed object: the watcher checks the same ones again. */
function sourceKeys(data: Record<string, unknown>): number {
  let count = leafCounts.get(data);
  if (count === undefined) leafCounts.set(data, (count = countLeaves(data)));
  return count;
}

/**
 * Checks one namespace in groups (see targetGroups): the locales others resolve through first,
 * kept to its end, then every other locale alone, parsed, checked beside them and dropped. Each
 * `$t(ns:key)` waiting for this namespace is resolved as its locale's group is parsed.
 */
export function checkNamespace(namespace: string, run: NamespaceRun): NamespaceDone {
  const { project, selected, crossKeys } = run;
  const { config } = project;
  const inputs = project.read(namespace);
  const waiting = crossKeys.take(namespace);
  const { source, kept, alone } = targetGroups(namespace, config, project.locales, [
    ...inputs.map((input) => input.locale),
    ...waiting.map((item) => item.requirement.locale),
  ]);
  const waitingIn = new Map<string, DeferredKey[]>();
  for (const item of waiting) {
    const list = waitingIn.get(item.requirement.locale);
    if (list) list.push(item);
    else waitingIn.set(item.requirement.locale, [item]);
  }
  const holdsSeparator = config.keySeparator === false ? undefined : separatorNames(config.keySeparator);
  const siblings = inputs.map((input) => input.file);
  const sourceTraits = new Map<string, number>();
  const parsed: (Bundle | undefined)[] = [];
  const nestings: (NestingBundle | undefined)[] = [];
  const parseGroup = (group: ReadonlySet<string>): void =>
    inputs.forEach((input, index) => {
      if (!group.has(input.locale) || parsed[index]) return;
      const bundle = run.parse(input, config);
      if (project.releaseParsed) input.release?.();
      parsed[index] = bundle;
      nestings[index] = nestingOf(namespace, input, bundle, config);
    });
  // A file checked and done with is let go of, its parsed data too when the run read it for itself.
  const drop = (done: (locale: string) => boolean): void =>
    inputs.forEach((input, index) => {
      const bundle = parsed[index];
      if (!bundle || !done(input.locale)) return;
      if (run.releaseBundles) releaseBundle(bundle);
      parsed[index] = undefined;
    });
  parseGroup(kept);
  // Without a source that parses, a namespace is checked whole: what its findings say then names its other files.
  const grouped = parsed.some((bundle) => bundle?.locale === source && bundle.data);
  const groups = grouped ? [kept, ...alone.map((locale) => new Set([locale]))] : [new Set([...kept, ...alone])];
  let keys = 0;
  for (const group of groups) {
    parseGroup(group);
    const checked = selected ? new Set([...group].filter((locale) => selected.has(locale))) : group;
    const context = namespaceContext({
      namespace,
      config,
      locales: project.locales,
      files: parsed.filter((bundle): bundle is Bundle => bundle !== undefined),
      siblings,
      checkedLocales: checked,
      templateKeys: project.templateKeys,
      syncFills: project.syncFills,
      holdsSeparator,
    });
    for (const locale of group) crossKeys.resolve(waitingIn.get(locale) ?? [], context.bundles);
    if (group === groups[0]) keys = context.source?.data ? sourceKeys(context.source.data) : 0;
    // The first group always runs: findings about a namespace without a source file come from it.
    if (group === groups[0] || checked.size > 0) run.checkGroup(context, group, sourceTraits);
    if (group !== kept) drop((locale) => group.has(locale) && !kept.has(locale));
  }
  drop(() => true);
  return {
    files: reportedFiles(inputs, selected),
    keys,
    nestings: nestings.filter((bundle): bundle is NestingBundle => bundle !== undefined),
  };
}
