import type { Config } from '../config/schema.js';
import type { SyncFills } from '../content/sync-fills.js';
import { bundlePath } from './load-bundles.js';
import { fallbackChain } from './fallback-chain.js';
import type { Bundle } from './bundle.js';
import { compareBundles } from './compare-bundles.js';
import type { Comparison } from './compare-walk.js';
import type { Pair } from './pair.js';
import { judgedGroups, type PluralGroup } from './plural-groups.js';
import { separatorNames, type NameTest } from './lookup-path.js';
import { resolveKey, type Lookup, type Resolution } from './resolve-key.js';
import { namespaceSource } from './namespace-source.js';

/** A UI key the page templates use; `plural` when they pass a count. */
export interface TemplateKey {
  key: string;
  plural?: boolean;
}

/** A target string beside the source string it translates. */
export interface ValuePair {
  key: string;
  value: string;
  /** The source key it is compared with (`x_other` for a Spanish `x_many`). */
  sourceKey: string;
  sourceValue: string;
}

/**
 * Everything the commands need about one namespace in every locale (rules, sync, status, exchange):
 * built once per namespace, its comparisons and pairs computed on first use and kept.
 */
export interface NamespaceContext {
  namespace: string;
  config: Config;
  sourceLocale: string;
  /** The source bundle, when it exists and parses. */
  source: Bundle | undefined;
  /** Every bundle of the namespace that parses, by locale. */
  bundles: ReadonlyMap<string, Bundle>;
  /** Every bundle file of the namespace, broken ones included. */
  files: readonly Bundle[];
  /** The files of the checked locales (all of `files` unless `--locale`, the watcher or runCheck's groups narrow them). */
  checkedFiles: readonly Bundle[];
  /** Whether the source's own file is checked: rules that report on the source itself skip it otherwise. */
  checksSource: boolean;
  /** Every locale of the project, checked or not, in config order. */
  locales: readonly string[];
  /** The checked locales other than the source, in config order. */
  targets: readonly string[];
  pluralSeparator: string;
  keySeparator: string | false;
  chain(locale: string): string[];
  /** Where the namespace's file of a locale is or would be. */
  pathOf(locale: string): string;
  /** Whether the namespace has a file of the locale, parsed in this context or not (runCheck parses a few locales at a time). */
  hasFile(locale: string): boolean;
  /**
   * Resolves a key from a locale's chain, within its language when `sameLanguage`; the key itself
   * is not read again in the first `bareKeyMissedIn` locales of the chain, known not to hold it (see resolveKey).
   */
  resolve(locale: string, key: string, lookup: Lookup, sameLanguage: boolean, bareKeyMissedIn?: number): Resolution | undefined;
  /** The source's plural groups that translations are judged by (no lone forms: see judgedGroups). */
  sourceGroups(): ReadonlyMap<string, PluralGroup>;
  /** The keys the page templates use, when the project publishes pages; else undefined. */
  templateKeys: readonly TemplateKey[] | undefined;
  /** The plural forms sync filled in a bundle file from the locale's own text and nobody has changed or marked since. */
  syncFills(file: string): SyncFills | undefined;
  /**
   * How a target locale differs from the source, from one walk over both bundles (see
   * compareBundles). The first call computes it; `onPair` sees each translated string then.
   */
  comparison(locale: string, onPair?: (pair: Pair) => void): Comparison;
  /** The string pairs (target value, source value) of a target bundle, computed once. */
  pairs(bundle: Bundle): readonly ValuePair[];
}

/** What a namespace context is built from: the namespace's parsed files and what the run narrows. */
export interface NamespaceInput {
  namespace: string;
  config: Config;
  locales: readonly string[];
  files: readonly Bundle[];
  /**
   * Every file of the namespace, parsed here or not (runCheck parses a namespace a few locales at
   * a time): a missing file goes where its siblings' pattern puts it. Default: `files`' names.
   */
  siblings?: readonly string[] | undefined;
  /** Compare only these targets (`--locale`, the watcher); every target when absent. */
  checkedLocales?: ReadonlySet<string> | undefined;
  /** The keys the page templates use, when the project publishes pages. */
  templateKeys?: readonly TemplateKey[] | undefined;
  /** The lock's record of what sync filled, by bundle file (none when absent). */
  syncFills?: ((file: string) => SyncFills | undefined) | undefined;
  /**
   * Which objects hold a key name with the key separator, remembered across the contexts of one
   * namespace (runCheck builds one context per group of locales over the same source objects).
   */
  holdsSeparator?: NameTest | undefined;
}

/** Builds the context of one namespace: which locale is its source, its chains and caches. */
export function namespaceContext(input: NamespaceInput): NamespaceContext {
  const { namespace, config } = input;
  const sourceLocale = namespaceSource(config, namespace);
  const bundles = new Map<string, Bundle>();
  for (const bundle of input.files) if (bundle.data) bundles.set(bundle.locale, bundle);
  const source = bundles.get(sourceLocale);
  const chains = new Map<string, string[]>();
  const pairCache = new WeakMap<Bundle, ValuePair[]>();
  const sep = config.pluralSeparator;
  const holdsSeparator = config.keySeparator === false ? undefined : (input.holdsSeparator ?? separatorNames(config.keySeparator));
  const chain = (locale: string): string[] => {
    let found = chains.get(locale);
    if (!found) {
      found = fallbackChain(locale, config);
      chains.set(locale, found);
    }
    return found;
  };
  const sourceGroups = (): ReadonlyMap<string, PluralGroup> => (source?.flat ? judgedGroups(source.flat, sep, sourceLocale) : new Map());
  const walkOptions = {
    keySeparator: config.keySeparator,
    pluralSeparator: sep,
    sourceLocale,
    returnEmptyString: config.returnEmptyString,
    syntax: config.interpolation,
  };
  const comparisons = new Map<string, Comparison>();
  const comparison = (locale: string, onPair?: (pair: Pair) => void): Comparison => {
    let found = comparisons.get(locale);
    if (!found) {
      const target = bundles.get(locale);
      const plainNames = target?.mayHaveCollisions === false && source?.mayHaveCollisions === false;
      found = compareBundles(source?.data ?? {}, target?.data, locale, walkOptions, onPair, holdsSeparator, plainNames);
      comparisons.set(locale, found);
    }
    return found;
  };
  const pairs = (bundle: Bundle): ValuePair[] => {
    let list = pairCache.get(bundle);
    if (list) return list;
    list = [];
    if (bundle.data && source?.data && bundle !== source) {
      const collected = list;
      compareBundles(source.data, bundle.data, bundle.locale, walkOptions, (p) =>
        collected.push({ key: p.key, value: p.value, sourceKey: p.sourceKey, sourceValue: p.sourceValue }),
      );
    }
    pairCache.set(bundle, list);
    return list;
  };
  const pathOf = (locale: string): string =>
    input.files.find((file) => file.locale === locale)?.file ??
    bundlePath(config, locale, namespace, input.siblings ?? input.files.map((file) => file.file));
  return {
    namespace,
    config,
    sourceLocale,
    source,
    bundles,
    files: input.files,
    checkedFiles: input.checkedLocales ? input.files.filter((file) => input.checkedLocales?.has(file.locale)) : input.files,
    checksSource: !input.checkedLocales || input.checkedLocales.has(sourceLocale),
    locales: input.locales,
    targets: input.locales.filter((l) => l !== sourceLocale && (!input.checkedLocales || input.checkedLocales.has(l))),
    pluralSeparator: sep,
    keySeparator: config.keySeparator,
    chain,
    pathOf,
    hasFile: (locale) => input.files.some((file) => file.locale === locale) || (input.siblings?.includes(pathOf(locale)) ?? false),
    resolve: (locale, key, lookup, sameLanguage, bareKeyMissedIn) =>
      resolveKey(bundles, chain(locale), key, lookup, config, sameLanguage, bareKeyMissedIn, holdsSeparator),
    sourceGroups,
    comparison,
    pairs,
    templateKeys: input.templateKeys,
    syncFills: input.syncFills ?? (() => undefined),
  };
}
