import type { RuleContext } from './rule-context.js';
import type { Bundle } from '../project/bundle.js';
import type { Pair } from '../project/pair.js';
import type { Finding } from './finding.js';
import type { RuleMeta } from './rule-meta.js';

/**
 * What i18next 26 shows a reader, as a rule's description claims it: `says` is the phrase of the
 * description that makes the claim; rendering `key` in `locale` (with `options`) over `files`
 * (default: the rule's first invalid example) must give `shows`. The tests render every claim.
 */
export interface ReaderClaim {
  says: string;
  files?: Record<string, string>;
  /** The config the claim holds under (default: the first invalid example's); `messageFormat: 'icu'` renders with i18next-icu. */
  config?: Record<string, unknown>;
  locale: string;
  key: string;
  options?: Record<string, unknown>;
  shows: string;
}

/**
 * One check, in a file named by its id under `check/rules/`. `Options` is what its schema
 * outputs: the runner parses the config's options once and hands them to `check` and `checkPair`.
 */
export interface Rule<Options = unknown> extends RuleMeta<Options> {
  /** Every claim its description makes about what readers see, checked against i18next. */
  claims?: ReaderClaim[];
  /**
   * True when the rule also resolves keys of other namespaces (`requireKey`): the watcher runs it
   * again on a namespace when a namespace that it names is saved.
   */
  readsOtherNamespaces?: boolean;
  /**
   * True when the rule's findings in a locale depend on the other locales of its fallback chain
   * (a key es-AR resolves through es): the watcher runs it again on es-AR after es is saved.
   */
  readsFallbacks?: boolean;
  /**
   * Checks a namespace's checked locales (`checkedFiles`, `targets`: files, keys, plural groups).
   * runCheck calls it once per group of locales (the source and its fallbacks together, then each
   * other locale alone, beside them), so what it reports on the source alone waits for
   * `context.checksSource`, and what it works out once per namespace is kept with the source bundle.
   */
  check?(context: RuleContext, report: (finding: Finding) => void, options: Options): void;
  /**
   * Checks one translated string beside its source string. Runs inside the one walk that
   * compares a target with its source, so it must be cheap and must not keep `pair`.
   */
  checkPair?(pair: Pair, target: Bundle, context: RuleContext, report: (finding: Finding) => void, options: Options): void;
  /**
   * The pair traits (PairTrait bits) without one of which checkPair reports nothing on this
   * target bundle: the walk then does not call it for that pair. Without it every pair is checked.
   */
  pairTraits?(target: Bundle, context: RuleContext): number;
}
