import { textOf } from '../bundles/decode-bundle.js';
import { flattenBundle, type FlatBundle } from '../bundles/flatten-bundle.js';
import { findKey } from '../bundles/find-key.js';
import { indexPositions, mayHaveDuplicateKeys, type KeySpan, type PositionIndex } from '../bundles/index-positions.js';
import { LineIndex } from '../text/line-index.js';
import { parseSource, type BundleReading } from './parse-source.js';
import type { BundleSource } from './bundle-source.js';

/** A bundle file as every command sees it: parsed, or broken with a reason. */
export interface Bundle {
  file: string;
  locale: string;
  namespace: string;
  text: string;
  /** The parsed object; undefined when the file is broken (see `broken`). */
  data: Record<string, unknown> | undefined;
  /** Flat keys (`a.b.c`), built on first use: the checker's hot path walks `data` instead. */
  readonly flat: FlatBundle | undefined;
  broken?: { offset: number; length: number; message: string };
  /** True when duplicate keys are possible and the position pass must look for them. */
  mayHaveDuplicates: boolean;
  /** True when a key name holds the key separator, so flat and nested keys may collide. */
  mayHaveCollisions: boolean;
  /** The messages that hold `$t(`, as [flat key, message] in file order; none when the text has no `$t(`. */
  nestings: readonly (readonly [string, string])[];
}

/** One bundle file on disk, read but not parsed (its own file, so the parser need not import the bundle). */
export type { BundleSource } from './bundle-source.js';

class ParsedBundle implements Bundle {
  private flattened: FlatBundle | undefined;
  private decoded: string | undefined;
  /**
   * `content`: the text, or the bytes of a file that decoded as UTF-8, or a function that reads
   * them again (decoded when the text is asked for).
   */
  constructor(
    readonly file: string,
    readonly locale: string,
    readonly namespace: string,
    private content: string | Buffer | (() => Buffer),
    public data: Record<string, unknown> | undefined,
    private readonly keySeparator: string | false,
    readonly mayHaveDuplicates: boolean,
    readonly mayHaveCollisions: boolean,
    readonly nestings: readonly (readonly [string, string])[],
    readonly broken?: { offset: number; length: number; message: string },
  ) {}

  /**
   * Only files that are reported on need their text (for positions): the others keep just their
   * bytes, which are half the size of the decoded text and outside the JavaScript heap, so a
   * namespace of fifty locales does not hold every text through the garbage collector's work;
   * or not even those, when the file can be read again: bytes that outlive a namespace's
   * young-generation collections stay in memory until the next full one, which V8 may never run.
   * A runner that releases each bundle once its group is checked keeps the text until then (see
   * toBundle's `keepText`): a group holds a file or a few, and their findings are placed from the
   * text parsed rather than from the file read and decoded again.
   */
  get text(): string {
    if (typeof this.content === 'string') return this.content;
    this.decoded ??= textOf(typeof this.content === 'function' ? this.content() : this.content);
    return this.decoded;
  }

  get flat(): FlatBundle | undefined {
    if (this.data && !this.flattened) this.flattened = flattenBundle(this.data, this.keySeparator);
    return this.flattened;
  }

  /** Drops the parsed data, flat keys and text (see releaseBundle). */
  release(): void {
    this.data = undefined;
    this.flattened = undefined;
    this.decoded = undefined;
    this.content = '';
  }
}

/**
 * Decodes and parses one bundle (see parseSource); a broken one keeps its first error, never throws.
 * `keepText`: the bundle keeps its decoded text until releaseBundle, for a runner that releases it.
 */
export function toBundle(input: BundleSource, reading: BundleReading, keepText = false): Bundle {
  const { file, locale, namespace } = input;
  const { keySeparator } = reading;
  const parsed = parseSource(input, reading, 'written');
  if (!parsed.ok)
    return new ParsedBundle(file, locale, namespace, parsed.text, undefined, keySeparator, false, false, [], {
      offset: parsed.offset,
      length: parsed.length,
      message: parsed.message,
    });
  const { text, data, properties } = parsed;
  return new ParsedBundle(
    file,
    locale,
    namespace,
    keepText ? text : (input.reread ?? input.bytes ?? text),
    data,
    keySeparator,
    mayHaveDuplicateKeys(text, properties.count),
    properties.separatorInNames,
    properties.nestings,
  );
}

/**
 * Lets go of what a parsed bundle holds (its data, flat keys, text and positions) once a check
 * that read it for itself alone is done with it. A bundle that lived through two young-generation
 * collections is promoted, and the old generation's pointers into the young one are roots of
 * every young collection, garbage or not: without this, each checked file kept its young objects
 * alive until the next full collection. The bundle reads as broken afterwards: only the runner
 * that parsed it may call this.
 */
export function releaseBundle(bundle: Bundle): void {
  if (bundle instanceof ParsedBundle) bundle.release();
  locators.delete(bundle);
}

/** Positions and lines of a bundle, computed on first use and kept for the run. */
export interface BundleLocator {
  lines: LineIndex;
  /** Every key's position at once (duplicates, collisions, or a file with many findings). */
  readonly positions: PositionIndex;
  /** One key's position; `''` is the root object. */
  span(key: string): KeySpan | undefined;
}

/**
 * Once single-key searches in one file have read this many times its length, the whole-file
 * index takes over: it costs about one read of the file (actual's 48 files of 2,650 keys: 1 ms
 * each to index, 0.4 ms a search), so a file with many findings is not read again for each.
 */
const READS_BEFORE_INDEX = 1;

class Locator implements BundleLocator {
  readonly lines: LineIndex;
  private index: PositionIndex | undefined;
  /** How much text the searches have read so far (a search that stops at its key reads up to it). */
  private searched = 0;
  /**
   * `text` is searched for keys only when it parsed; lines are counted in any text. `duplicates`:
   * a key may be written twice in one object, so the index looks for them. `unique`: no key is
   * written twice and no name holds the separator, so a search may stop at its first match.
   */
  private readonly unique: boolean;

  constructor(
    private readonly text: string,
    private readonly parsed: boolean,
    private readonly keySeparator: string | false,
    private readonly duplicates: boolean,
    collisions: boolean,
  ) {
    this.lines = new LineIndex(text);
    this.unique = !duplicates && !collisions;
  }

  get positions(): PositionIndex {
    this.index ??= indexPositions(this.parsed ? this.text : '', this.keySeparator, this.duplicates);
    return this.index;
  }

  span(key: string): KeySpan | undefined {
    if (this.index || this.searched > READS_BEFORE_INDEX * this.text.length) {
      if (key === '') {
        const root = this.positions.objects.get('');
        return root === undefined ? undefined : { keyStart: root, keyEnd: root, valueStart: root, valueEnd: root + 1 };
      }
      return this.positions.keys.get(key);
    }
    if (!this.parsed) return undefined;
    const span = findKey(this.text, key, this.keySeparator, this.unique);
    this.searched += this.unique && span ? span.valueEnd : this.text.length;
    return span;
  }
}

const locators = new WeakMap<Bundle, BundleLocator>();

/**
 * The locator of a bundle: positions are looked up only for files that are reported on,
 * one key at a time while there are few findings in the file.
 */
export function locate(bundle: Bundle, keySeparator: string | false): BundleLocator {
  let locator = locators.get(bundle);
  if (!locator) {
    locator = new Locator(bundle.text, bundle.data !== undefined, keySeparator, bundle.mayHaveDuplicates, bundle.mayHaveCollisions);
    locators.set(bundle, locator);
  }
  return locator;
}
