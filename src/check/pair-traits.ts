/**
 * What a translated string and its source hold that some pair rule looks at, as bits. The walk
 * hands each pair only to the rules whose bits it has: most strings hold no `{{`, no `<` and no
 * white space at their edges, so most rules never see most pairs (they still test them fully).
 */
export const PairTrait = {
  /** The interpolation prefix (`{{`) in either string. */
  interpolation: 1,
  /** A `<` in either string. */
  markup: 2,
  /** White space (or nothing) at an edge of either string. */
  edge: 4,
  /** Either string ends in something else than a Latin letter or digit (maybe a final mark). */
  finalMark: 8,
  /** A `?` or `!` in either string. */
  question: 16,
  /** The translation is the source string itself. */
  same: 32,
  /** Every pair has it. */
  any: 64,
  /**
   * A nesting prefix (`$t(`) in the source string (not looked for in the translation, nor in one that is the
   * source string itself): only what the source nests can be lost.
   */
  sourceNests: 128,
} as const;

/** Every trait, `any` included: a rule that gives no traits of its own sees every pair. */
export const ALL_TRAITS = 255;

/** Whether a UTF-16 unit is white space as `\s` sees it (or a control); -1 (an empty string's edge) is not. */
export function isEdgeSpace(code: number): boolean {
  return (
    (code >= 0 && code <= 32) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a UTF-16 unit is a letter or digit of the Latin range: a string ending in one has no final mark. */
export function isPlainUnit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** The traits of one string, of those in `wanted`; `prefix` opens a variable. */
function traitsOf(value: string, wanted: number, prefix: string): number {
  const length = value.length;
  if (length === 0) return PairTrait.edge | PairTrait.finalMark;
  const last = value.charCodeAt(length - 1);
  let traits = 0;
  if (isEdgeSpace(value.charCodeAt(0)) || isEdgeSpace(last)) traits |= PairTrait.edge;
  if (!isPlainUnit(last)) traits |= PairTrait.finalMark;
  if ((wanted & PairTrait.interpolation) !== 0 && value.includes(prefix)) traits |= PairTrait.interpolation;
  if ((wanted & PairTrait.markup) !== 0 && value.includes('<')) traits |= PairTrait.markup;
  if ((wanted & PairTrait.question) !== 0 && (value.includes('?') || value.includes('!'))) traits |= PairTrait.question;
  return traits;
}

/** Every trait of a source string, sourceNests too (see PairTrait). */
function sourceTraits(value: string, prefix: string, nestingPrefix: string): number {
  return traitsOf(value, ALL_TRAITS, prefix) | (value.includes(nestingPrefix) ? PairTrait.sourceNests : 0);
}

/**
 * The traits of a pair, of those in `wanted` (others may be set too), `any` always. `known` holds
 * the traits (all of them) of source strings already met: a source string is paired with the
 * string of every locale in turn, so each is read once per namespace rather than once per locale.
 * `prefix` is the interpolation prefix of the run's config, `nestingPrefix` its nesting prefix (`$t(`).
 */
export function pairTraits(
  value: string,
  sourceValue: string,
  wanted: number,
  known: Map<string, number>,
  prefix: string,
  nestingPrefix: string,
): number {
  if (value === sourceValue) return traitsOf(value, wanted, prefix) | PairTrait.same | PairTrait.any;
  let source = known.get(sourceValue);
  if (source === undefined) known.set(sourceValue, (source = sourceTraits(sourceValue, prefix, nestingPrefix)));
  return traitsOf(value, wanted, prefix) | source | PairTrait.any;
}
