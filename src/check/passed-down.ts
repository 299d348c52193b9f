import { contextSplits } from '../bundles/context-key.js';
import type { NestingRef } from '../bundles/message-parts.js';
import { parsePluralKey, type PluralKey } from '../bundles/plural-key.js';
import { pluralFamily } from '../bundles/plural-rules.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import { sourceMemo } from '../project/source-memo.js';
import type { Lookup } from '../project/resolve-key.js';

/**
 * What the call that shows a message hands on to the `$t()` inside it: i18next passes the call's
 * options down, so a plural form is shown with a count (`summary_other` with 3, and `$t(file)` in it
 * reads `file_other`), and a context variant perhaps with its context (`liked_male`, as
 * t('liked', { context: 'male' })). A plural form always has its count; a context only perhaps.
 */
export interface PassedDown {
  count?: { count: number; ordinal: boolean };
  /** The contexts the message's key may be the variant for (`male` for `liked_male`). */
  readonly contexts: readonly string[];
}

/** What a key's name says, whatever the locale: the plural form it is, and what it passes down without a count. */
interface KeyShape {
  plural: PluralKey | undefined;
  uncounted: PassedDown;
}

const shapes = sourceMemo<KeyShape>();

/** The shape of a key's name, read once per namespace (see sourceMemo): every locale's bundle has the same keys. */
function shapeOf(key: string, context: NamespaceContext): KeyShape {
  const known = shapes(context);
  let shape = known.get(key);
  if (shape === undefined) {
    const plural = parsePluralKey(key, context.pluralSeparator);
    const contexts = contextSplits(plural ? plural.base : key, context.config.contextSeparator, context.keySeparator).map(
      (split) => split.variant,
    );
    known.set(key, (shape = { plural, uncounted: { contexts } }));
  }
  return shape;
}

/** What the message at `key` passes down in a locale (see PassedDown); shared between locales where no count is passed. */
export function passedDown(key: string, locale: string, context: NamespaceContext): PassedDown {
  const { plural, uncounted } = shapeOf(key, context);
  if (!plural) return uncounted;
  const sample = plural.category === 'zero' && !plural.ordinal ? 0 : pluralFamily(locale, plural.ordinal).samples.get(plural.category);
  return sample !== undefined ? { count: { count: sample, ordinal: plural.ordinal }, contexts: uncounted.contexts } : uncounted;
}

/** The lookup a reference is made with at run time: its own options, and a plural form's count when it passes none. */
export function effectiveLookup(lookup: Lookup, ref: NestingRef, down: PassedDown): Lookup {
  return !ref.hasCount && down.count ? { ...lookup, ...down.count } : lookup;
}

/** The lookups a reference may also be made with: with each context the message may be shown for, when it passes none. */
export function contextLookups(lookup: Lookup, ref: NestingRef, down: PassedDown): Lookup[] {
  return ref.context === undefined ? down.contexts.map((variant) => ({ ...lookup, context: variant })) : [];
}
