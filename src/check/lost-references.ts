import type { Config } from '../config/schema.js';
import { nestingOf, unreadNesting, type NestingRef } from '../bundles/message-parts.js';
import { nestingSpans } from '../bundles/nesting-syntax.js';
import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { referencedKey, referencedNamespace } from '../bundles/reference-target.js';

/** A source string's `$t()` references, read once for every locale compared with it. */
export interface SourceReferences {
  value: string;
  /** Each reference's text as the source writes it (`$t(item, {"count": 2})`), once each, in order. */
  texts: string[];
  /** Their lookups, read only when a translation does not write each text (see parsedReferences). */
  parsed?: ParsedReferences;
}

/** A source string's references read as i18next looks them up, one per lookup. */
interface ParsedReferences {
  /** Each reference as the source first writes it. */
  written: string[];
  /** The key each names as written, namespace prefix included (`common:title`), same order. */
  keys: string[];
  /** The lookup each makes, namespace and key (see lookupOf), same order. */
  lookups: string[];
}

/** Text that looks like a reference i18next does not read as one (`$ T (key)`), with its place in the translation. */
export interface MangledReference {
  text: string;
  start: number;
  end: number;
  /** The source's reference it stands for, as the source writes it. */
  reference: string;
}

/** The references of its source that a translation lacks (see lostReferences). */
export interface LostReferences {
  /** Those mangled into text i18next shows as written. */
  mangled: MangledReference[];
  /** Those dropped with nothing in their place, as the source writes them. */
  dropped: string[];
  /** The references the translation nests that its source does not, when some were dropped. */
  instead: string[];
}

// A `$`, a `t` and a `(` with spaces between, another case, full-width, or no `$` at all: what
// machine translation makes of `$t(key)`. Only `$t(` exactly opens a reference i18next reads
// (its nestingRegexp). Looked for only where the project keeps i18next's `$t(` and `)`. Bounded, so that a long line of `t(` without `)` costs no more than its length.
const LOOKALIKE = /(?:[$＄]\s{0,3})?[tTｔＴ]\s{0,3}[(（]([^()（）\n]{1,200})[)）]/g;
/** What may not come right before a lookalike without its `$`: a letter or digit makes it a word's end (`Bat(a)`). */
const WORD_END = /[\p{L}\p{N}_]/u;

/** A lookalike of a reference in a translation (see LOOKALIKE). */
interface Lookalike {
  text: string;
  start: number;
  end: number;
  /** What it holds, as `loosely` compares it with a key. */
  inside: string;
  /** Whether it has its `$`: one without stands only for a reference whose key it holds. */
  dollar: boolean;
}

/** The lookup a reference makes, as i18next reads it: its namespace and key, options that do not parse left out. */
function lookupOf(ref: NestingRef, namespace: string, config: Config): string {
  const glued = ref.unreadOptions === undefined ? 0 : ref.unreadOptions.length + config.interpolation.nestingOptionsSeparator.length;
  const key = ref.key.slice(0, ref.key.length - glued);
  return `${referencedNamespace(ref, namespace, config)}\u0000${referencedKey(key, config)}`;
}

/** A key compared with the text that mangled it: any case, no white space, options left out. */
const loosely = (text: string): string => (text.split(',')[0] as string).replace(/\s+/g, '').toLowerCase();

/** The references of a source string (see SourceReferences): their texts alone, which most translations write as they are. */
export function sourceReferences(value: string, syntax: InterpolationSyntax): SourceReferences {
  const spans = nestingSpans(value, syntax);
  const texts: string[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const text = value.slice(spans[i], spans[i + 1]);
    if (!texts.includes(text)) texts.push(text);
  }
  return { value, texts };
}

/** The source's references read for their lookups, once (see ParsedReferences). */
function parsedReferences(source: SourceReferences, namespace: string, config: Config): ParsedReferences {
  if (source.parsed) return source.parsed;
  const spans = nestingSpans(source.value, config.interpolation);
  const parsed: ParsedReferences = { written: [], keys: [], lookups: [] };
  nestingOf(source.value, config.interpolation).forEach((ref, i) => {
    const lookup = lookupOf(ref, namespace, config);
    if (parsed.lookups.includes(lookup)) return;
    parsed.written.push(source.value.slice(spans[2 * i], spans[2 * i + 1]));
    parsed.keys.push(ref.key);
    parsed.lookups.push(lookup);
  });
  return (source.parsed = parsed);
}

/**
 * Whether a translation writes each of its source's reference texts as a reference, character
 * for character, and nests nothing else: then it keeps them all, which most translations do, so
 * the check of most pairs ends here. Found without running i18next's
 * pattern: where a nesting prefix (`$t(`) starts one of those texts, i18next's match from there
 * is that text (it ends at the first suffix outside quotes and one level of parentheses, which
 * the text holds), so the next reference is at the next prefix after it. Any other prefix needs
 * the pattern (false).
 */
export function keepsAll(value: string, texts: readonly string[], prefix: string): boolean {
  if (texts.length === 1) {
    // The usual case, one reference written once, in three searches.
    const text = texts[0] as string;
    const at = value.indexOf(prefix);
    if (at >= 0 && value.startsWith(text, at) && value.indexOf(prefix, at + text.length) < 0) return true;
  }
  if (texts.length > 30) return false;
  let missing = texts.length;
  let seen = 0;
  for (let at = value.indexOf(prefix); at >= 0;) {
    let i = 0;
    while (i < texts.length && !value.startsWith(texts[i] as string, at)) i++;
    if (i === texts.length) return false;
    if ((seen & (1 << i)) === 0) {
      seen |= 1 << i;
      missing--;
    }
    at = value.indexOf(prefix, at + (texts[i] as string).length);
  }
  return missing === 0;
}

/** The lookalikes of a string (see LOOKALIKE) outside its references, but those of `but`. */
function lookalikes(value: string, syntax: InterpolationSyntax, but: readonly Lookalike[] = []): Lookalike[] {
  if (syntax.nestingPrefix !== DEFAULT_SYNTAX.nestingPrefix) return [];
  const spans = nestingSpans(value, syntax);
  const found: Lookalike[] = [];
  for (const match of value.matchAll(LOOKALIKE)) {
    const start = match.index;
    const text = match[0];
    const dollar = text[0] === '$' || text[0] === '＄';
    const inside = loosely(match[1] as string);
    if (inside === '' || text.startsWith('$t(') || but.some((other) => other.text === text)) continue;
    if (!dollar && start > 0 && WORD_END.test(value[start - 1] as string)) continue;
    let nested = false;
    for (let i = 0; i < spans.length && !nested; i += 2) nested = start >= (spans[i] as number) && start < (spans[i + 1] as number);
    if (!nested) found.push({ text, start, end: start + text.length, inside, dollar });
  }
  return found;
}

/**
 * The references of its source (namespace and key, as i18next looks them up) that a translation
 * lacks, undefined when it lacks none. Each is mangled when the translation holds a lookalike
 * of it (the one whose text is the key in any case and spacing, else the next one left), else
 * dropped, unless the translation nests another key or an unread nesting prefix in its place: a
 * grammatical variant (`lockRoomPasswordUppercase` for `lockRoomPassword`), or nesting's finding.
 */
export function lostReferences(value: string, source: SourceReferences, namespace: string, config: Config): LostReferences | undefined {
  const syntax = config.interpolation;
  if (keepsAll(value, source.texts, syntax.nestingPrefix)) return undefined;
  const { written, keys, lookups: sourceLookups } = parsedReferences(source, namespace, config);
  const lookups = nestingOf(value, syntax).map((ref) => lookupOf(ref, namespace, config));
  const lacked = sourceLookups.flatMap((lookup, i) => (lookups.includes(lookup) ? [] : [i]));
  if (lacked.length === 0) return undefined;
  const spans = nestingSpans(value, syntax);
  const instead: string[] = [];
  lookups.forEach((lookup, i) => {
    if (!sourceLookups.includes(lookup)) instead.push(value.slice(spans[2 * i], spans[2 * i + 1]));
  });
  // The source's own lookalikes are its text, not a reference lost.
  const found = lookalikes(value, syntax, lookalikes(source.value, syntax));
  const mangled: MangledReference[] = [];
  const take = (index: number, at: number): void => {
    const [{ text, start, end }] = found.splice(at, 1) as [Lookalike];
    mangled.push({ text, start, end, reference: written[index] as string });
  };
  const rest = lacked.filter((index) => {
    const key = loosely(keys[index] as string);
    const at = found.findIndex(({ inside }) => inside === key);
    if (at >= 0) take(index, at);
    return at < 0;
  });
  // A lookalike with its `$` but of no key stands for the next reference left (`$ T (LockloomPassword)`).
  const unpaired: number[] = [];
  for (const index of rest) {
    const at = found.findIndex(({ dollar }) => dollar);
    if (at >= 0) take(index, at);
    else unpaired.push(index);
  }
  const inPlace = instead.length + (unreadNesting(value, syntax) === undefined ? 0 : 1);
  const dropped = unpaired.length > inPlace ? unpaired : [];
  if (mangled.length === 0 && dropped.length === 0) return undefined;
  return {
    mangled,
    dropped: dropped.map((index) => written[index] as string),
    instead: dropped.length > 0 ? instead : [],
  };
}
