import { contextSplits } from '../bundles/context-key.js';
import { pluralFormKey } from '../bundles/plural-key.js';
import { PLURAL_CATEGORIES, pluralFamily } from '../bundles/plural-rules.js';
import type { AbsentKey } from '../project/absent-keys.js';
import { lookupPath } from '../project/lookup-path.js';
import type { NamespaceContext } from '../project/namespace-context.js';

/** What i18next shows instead of an absent context variant: the key it falls back to, in the locale's own language. */
export interface ContextFallback {
  /** The context the absent key is the variant for (`male` for `liked_male`). */
  context: string;
  /** The key without the context (`liked`), which the locale's language resolves. */
  base: string;
}

/** Whether the source holds a key by itself, or (`ordinal` given) as a plural group of that kind (`friend_one`, ...). */
function sourceHas(context: NamespaceContext, key: string, ordinal: boolean | undefined): boolean {
  const data = context.source?.data;
  if (!data) return false;
  const isString = (k: string): boolean => typeof lookupPath(data, k, context.keySeparator) === 'string';
  return ordinal === undefined
    ? isString(key)
    : PLURAL_CATEGORIES.some((c) => isString(pluralFormKey(key, c, ordinal, context.pluralSeparator)));
}

/**
 * When an absent key is a context variant of a key the source also has (`liked_male` beside
 * `liked`), i18next called with that context falls back to the plain key in the same locale: the
 * reader keeps their language. Undefined when the key is no such variant, or the locale's
 * language lacks the plain key too (then another language shows).
 */
export function contextFallback(context: NamespaceContext, locale: string, absent: AbsentKey): ContextFallback | undefined {
  // A single form left over from a partly resolved group is named by its form key: no variant to split off.
  if (absent.forms?.includes(absent.key)) return undefined;
  const ordinal = absent.forms === undefined ? undefined : absent.ordinal === true;
  const split = variantOf(context, absent.key, ordinal);
  if (!split) return undefined;
  const { base, variant } = split;
  const family = pluralFamily(locale, ordinal === true);
  const counts = ordinal !== undefined ? family.categories.map((c) => family.samples.get(c) ?? 1) : [undefined];
  const resolves = counts.every(
    (count) =>
      context.resolve(
        locale,
        base,
        count === undefined ? { context: variant } : { count, ordinal: ordinal === true, context: variant },
        true,
      ) !== undefined,
  );
  return resolves ? { context: variant, base } : undefined;
}

/** The first split of each key whose base the source has, by source bundle (null: none), found once for every locale lacking the key. */
const variants = new WeakMap<object, Map<string, { base: string; variant: string } | null>>();

/**
 * The context variant a key is of a key the source has (`liked_male` of `liked`): the shortest base
 * that the source holds. It depends on the source alone, and every locale lacking the key asks it
 * (LibreChat's 40 locales, keys of five or six `_` each).
 */
function variantOf(context: NamespaceContext, key: string, ordinal: boolean | undefined): { base: string; variant: string } | undefined {
  const source = context.source?.data;
  if (!source) return undefined;
  let known = variants.get(source);
  if (!known) variants.set(source, (known = new Map()));
  const id = ordinal === undefined ? key : `${ordinal ? 'o' : 'c'}\u0000${key}`;
  let found = known.get(id);
  if (found === undefined) {
    found =
      contextSplits(key, context.config.contextSeparator, context.keySeparator).find(({ base }) => sourceHas(context, base, ordinal)) ??
      null;
    known.set(id, found);
  }
  return found ?? undefined;
}
