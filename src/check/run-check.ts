import type { BundleReading } from '../project/parse-source.js';
import { ConfigError } from '../config/parse-config.js';
import { ruleLevel } from '../config/rule-level.js';
import type { Config } from '../config/schema.js';
import { atFileStart, compareDiagnostics, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { toBundle, type Bundle, type BundleSource } from '../project/bundle.js';
import { nestingBombs, type NestingBundle } from '../bundles/nesting-bombs.js';
import { nestsFurtherAcross } from '../bundles/nesting-across.js';
import type { BundleProject } from '../project/bundle-project.js';
import { comparableTargets } from '../project/absent-keys.js';
import type { BundleCache } from '../project/bundle-cache.js';
import type { Finding } from './finding.js';
import { CrossNamespaceKeys } from './cross-namespace-keys.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import type { Rule } from './rule.js';
import type { RuleContext } from './rule-context.js';
import { CONTENT_RULE_OPTIONS } from './content-rules/content-rule-options.js';
import { gradedSeverity } from './graded-severity.js';
import { ALL_TRAITS, pairTraits } from './pair-traits.js';
import { parseRuleOptions } from './rule-options.js';
import { bundleRules } from './rules/index.js';
import { jsonSyntax } from './rules/json-syntax.js';
import { localeCode } from './rules/locale-code.js';
import { toDiagnostic } from './to-diagnostic.js';
import { checkNamespace, nestingOf, type NamespaceRun } from './check-namespace.js';
import { assertKnownLocales } from '../locale/unknown-locales.js';
import { reportedLocales } from './reported-scope.js';

/** Counts for the end of a report. */
export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Bundle files (and articles) of the locales reported on: with `--locale`, theirs alone (see reported-scope). */
  files: number;
  /** The locales reported on: every one, or those `--locale` names. */
  locales: number;
  /** Source keys over all namespaces. */
  keys: number;
}

/** Diagnostics in file and position order, and their summary. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  summary: CheckSummary;
  /** Findings a suppressions file covers: not in `diagnostics` nor in the counts, reported apart. */
  suppressed?: Diagnostic[];
}

/** Which locales to report on (`--locale`); all when absent. */
export interface CheckOptions {
  locales?: readonly string[];
  /** Which namespaces to check (default: all). The others still resolve `$t(ns:key)` references into them. */
  namespaces?: readonly string[];
  /**
   * Namespaces not checked but read for their `$t()` messages, so that expansions across
   * namespaces count as in a check of them all (the check cache re-checks an edited namespace
   * without the ones it names). Findings at their keys are left out.
   */
  nestingsOf?: readonly string[];
  rules?: readonly Rule[];
  /** Parsed bundles kept from an earlier run (the watcher): unchanged files are not parsed again. */
  bundleCache?: BundleCache;
  /** Called with every file the run parses, as it parsed it (the check cache hashes what was checked). */
  observe?: (input: BundleSource, bundle: Bundle) => void;
  /** Filled with each checked namespace's count of source keys (the check cache keeps them per namespace). */
  keysByNamespace?: Map<string, number>;
}

function severityOf(config: Config, rule: Rule, finding?: Finding): Severity | 'off' {
  return gradedSeverity(ruleLevel(config, rule.id), rule.defaultSeverity, finding?.severity);
}

/** A rule's pair check with the report that files its findings under the rule. */
interface PairCheck {
  rule: Rule;
  /** The rule's checkPair, read once: rules differ in shape, so reading it per pair is slow. */
  check: NonNullable<Rule['checkPair']>;
  report: (finding: Finding) => void;
  /** The rule's parsed options. */
  options: unknown;
}

/** The pair checks of the rules that are on, in rule order, built once for the run. */
function pairChecksOf(
  rules: readonly Rule[],
  config: Config,
  options: ReadonlyMap<string, unknown>,
  emit: (rule: Rule, finding: Finding) => void,
): PairCheck[] {
  const checks: PairCheck[] = [];
  for (const rule of rules)
    if (rule.checkPair && severityOf(config, rule) !== 'off')
      checks.push({ rule, check: rule.checkPair, report: (finding) => emit(rule, finding), options: options.get(rule.id) });
  return checks;
}

/**
 * Refuses rule settings for rules that do not exist (a typo must not switch a check off silently)
 * and options a rule does not take, as a ConfigError of `file`; returns every rule's parsed options.
 */
export function parseRuleSettings(config: Config, rules: readonly Rule[], file = 'config'): Map<string, unknown> {
  // Content rules (articles) run after the bundle rules in the same `check`; their ids are settings too,
  // and so are those of bundle rules a run leaves out (the watcher runs a few of them again).
  const owners = new Map(
    [...bundleRules, ...rules, ...Object.entries(CONTENT_RULE_OPTIONS).map(([id, options]) => ({ id, options }))].map((r) => [r.id, r]),
  );
  const unknown = Object.keys(config.rules).filter((id) => !owners.has(id));
  if (unknown.length > 0)
    throw new ConfigError(
      file,
      unknown.map((id) => `rules.${id}: unknown rule (known: ${[...owners.keys()].join(', ')})`),
    );
  return parseRuleOptions(config, [...owners.values()], file);
}

/**
 * The `$t()` expansions past the limit that only references across namespaces reach: the nesting
 * rule sees one namespace at a time, so a bomb spread over two is counted here, as the build
 * counts it, and reported at its key like the rule's own (never twice).
 */
function expansionsAcrossNamespaces(
  config: Config,
  rules: readonly Rule[],
  nestings: readonly NestingBundle[],
  found: readonly Diagnostic[],
  selected: ReadonlySet<string> | undefined,
): Diagnostic[] {
  const rule = rules.find((r) => r.id === 'nesting');
  if (!rule || !nestsFurtherAcross(nestings, config)) return [];
  const severity = severityOf(config, rule);
  if (severity === 'off') return [];
  const known = new Set(found.filter((d) => d.ruleId === rule.id).map((d) => `${d.file}\u0000${d.key ?? ''}\u0000${d.message}`));
  return nestingBombs(nestings, config, 'check')
    .filter((d) => !known.has(`${d.file}\u0000${d.key ?? ''}\u0000${d.message}`) && (!selected || selected.has(d.locale ?? '')))
    .map((d) => ({ ...d, severity }));
}

/**
 * Checks every namespace of a project with every rule. Pure: bundles come through `read`.
 * A broken file is one json-syntax diagnostic and every other file is still checked.
 */
export function runCheck(project: BundleProject, options: CheckOptions = {}): CheckResult {
  const rules = options.rules ?? bundleRules;
  const { config } = project;
  const ruleOptions = parseRuleSettings(config, rules);
  assertKnownLocales(options.locales, project.locales);
  const selected = options.locales ? new Set(options.locales) : undefined;
  const diagnostics: Diagnostic[] = [];
  const crossKeys = new CrossNamespaceKeys(config);
  let files = 0;
  let keys = 0;
  let current: Rule = rules[0] as Rule;
  // Equal messages (a missing key worded alike for every locale that lacks it) share one text.
  const messages = new Map<string, string>();
  // The locales the group being checked reports on (each finding comes from its locale's group once).
  let reporting: ReadonlySet<string> | undefined;
  const emit = (rule: Rule, finding: Finding): void => {
    if (selected && !selected.has(finding.target.locale)) return;
    if (reporting && !reporting.has(finding.target.locale)) return;
    const severity = severityOf(config, rule, finding);
    if (severity !== 'off') diagnostics.push(toDiagnostic(finding, rule.id, severity, config.keySeparator, messages));
  };
  const pairChecks = pairChecksOf(rules, config, ruleOptions, emit);
  // An ICU argument opens with `{`: the pair rules that read arguments look at every string that has one.
  const prefix = config.messageFormat === 'icu' ? '{' : config.interpolation.prefix;
  const { nestingPrefix } = config.interpolation;
  // Bundles no cache keeps, from files read for this run alone, are released once checked.
  const releaseBundles = project.releaseParsed === true && !options.bundleCache;
  const read = options.bundleCache
    ? options.bundleCache.bundle.bind(options.bundleCache)
    : (input: BundleSource, reading: BundleReading): Bundle => toBundle(input, reading, releaseBundles);
  const { observe } = options;
  const parse = observe
    ? (input: BundleSource, reading: BundleReading): Bundle => {
        const bundle = read(input, reading);
        observe(input, bundle);
        return bundle;
      }
    : read;
  // Walks each target beside its source for the pair checks, then runs the namespace rules.
  const checkGroup = (model: NamespaceContext, group: ReadonlySet<string>, sourceTraits: Map<string, number>): void => {
    const context: RuleContext = { ...model, requireKey: (requirement) => crossKeys.defer(current, requirement) };
    reporting = group;
    // Without pair checks the walks are left to the rules that ask for a comparison.
    if (context.source?.data && pairChecks.length > 0) {
      for (const [locale, bundle] of comparableTargets(context)) {
        if (!bundle) {
          context.comparison(locale);
          continue;
        }
        const masks = pairChecks.map(({ rule }) => rule.pairTraits?.(bundle, context) ?? ALL_TRAITS);
        const wanted = masks.reduce((all, mask) => all | mask, 0);
        context.comparison(locale, (pair) => {
          const traits = pairTraits(pair.value, pair.sourceValue, wanted, sourceTraits, prefix, nestingPrefix);
          if ((traits & wanted) === 0) return;
          for (let i = 0; i < pairChecks.length; i++) {
            if ((traits & (masks[i] as number)) === 0) continue;
            const { rule, check, report, options } = pairChecks[i] as PairCheck;
            check.call(rule, pair, bundle, context, report, options);
          }
        });
      }
    }
    for (const rule of rules) {
      // A rule the config turns off reports nothing, so it need not walk the namespace either.
      if (!rule.check || ruleLevel(config, rule.id) === 'off') continue;
      current = rule;
      rule.check(context, (finding) => emit(rule, finding), ruleOptions.get(rule.id));
    }
    reporting = undefined;
  };
  const run: NamespaceRun = { project, selected, parse, releaseBundles, crossKeys, checkGroup };
  const queue = [...(options.namespaces ?? project.namespaces)];
  const nestings: NestingBundle[] = [];
  for (let at = 0; at < queue.length; at++) {
    const namespace = queue[at] as string;
    const done = checkNamespace(namespace, run);
    files += done.files;
    keys += done.keys;
    options.keysByNamespace?.set(namespace, done.keys);
    nestings.push(...done.nestings);
    // A namespace named by `$t(ns:key)` and still to come is checked last: its keys are then
    // resolved while it is in memory, not by reading it again at the end.
    for (const named of crossKeys.named()) {
      const later = queue.indexOf(named, at + 1);
      if (later > at && later < queue.length - 1) queue.push(...queue.splice(later, 1));
    }
  }
  for (const { rule, finding } of crossKeys.unresolved(project, parse)) emit(rule, finding);
  const readOnly = new Set(options.nestingsOf);
  for (const namespace of readOnly) {
    for (const input of project.read(namespace)) {
      const bundle = nestingOf(namespace, input, parse(input, config), config);
      if (bundle) nestings.push(bundle);
    }
  }
  diagnostics.push(
    ...expansionsAcrossNamespaces(config, rules, nestings, diagnostics, selected).filter((d) => !readOnly.has(d.namespace ?? '')),
  );
  // A path that is no bundle file is a json-syntax finding graded a warning; a name that is no locale, locale-code's.
  for (const skipped of project.skipped ?? []) {
    const rule = skipped.locale ? localeCode : jsonSyntax;
    const severity = gradedSeverity(ruleLevel(config, rule.id), rule.defaultSeverity, 'warning');
    if (severity !== 'off')
      diagnostics.push(atFileStart(skipped.file, { severity, ruleId: rule.id, source: 'check', message: `${skipped.reason}; skipped` }));
  }
  diagnostics.sort(compareDiagnostics);
  const count = (s: Severity): number => diagnostics.filter((d) => d.severity === s).length;
  return {
    diagnostics,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      files,
      locales: reportedLocales(project.locales, selected).length,
      keys,
    },
  };
}
