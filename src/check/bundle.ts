import { decodeBundle } from '../bundles/decode-bundle.js';
import { flattenBundle, type FlatBundle } from '../bundles/flatten-bundle.js';
import { indexPositions, mayHaveDuplicateKeys, type PositionIndex } from '../bundles/index-positions.js';
import { LineIndex } from '../bundles/line-index.js';
import { parseBundle } from '../bundles/parse-bundle.js';

/** A bundle file as the checker sees it: parsed and flattened, or broken with a reason. */
export interface Bundle {
  file: string;
  locale: string;
  namespace: string;
  text: string;
  /** Undefined when the file is broken (see `broken`). */
  flat: FlatBundle | undefined;
  broken?: { offset: number; length: number; message: string };
  /** True when duplicate keys are possible and the position pass must look for them. */
  mayHaveDuplicates: boolean;
}

/** The raw input for one bundle: bytes, or why they could not be read. */
export interface BundleInput {
  file: string;
  locale: string;
  namespace: string;
  bytes: Buffer | undefined;
  readError?: string;
}

/** Decodes, parses and flattens one bundle; a broken one keeps its first error, never throws. */
export function toBundle(input: BundleInput, keySeparator: string | false): Bundle {
  const { file, locale, namespace } = input;
  if (!input.bytes) return { file, locale, namespace, text: '', flat: undefined, broken: { offset: 0, length: 0, message: `cannot be read (${input.readError ?? 'unknown error'})` }, mayHaveDuplicates: false };
  const decoded = decodeBundle(input.bytes);
  if (!decoded.ok) return { file, locale, namespace, text: '', flat: undefined, broken: { offset: decoded.offset, length: 1, message: decoded.message }, mayHaveDuplicates: false };
  const parsed = parseBundle(decoded.text);
  if (!parsed.ok) return { file, locale, namespace, text: decoded.text, flat: undefined, broken: parsed, mayHaveDuplicates: false };
  const flat = flattenBundle(parsed.data, keySeparator);
  return { file, locale, namespace, text: decoded.text, flat, mayHaveDuplicates: mayHaveDuplicateKeys(decoded.text, flat.propertyCount) };
}

/** Positions and lines of a bundle, computed on first use and kept for the run. */
export interface BundleLocator {
  positions: PositionIndex;
  lines: LineIndex;
}

const locators = new WeakMap<Bundle, BundleLocator>();

/** The locator of a bundle: the position pass runs only for files that are reported on. */
export function locate(bundle: Bundle, keySeparator: string | false): BundleLocator {
  let locator = locators.get(bundle);
  if (!locator) {
    locator = { positions: indexPositions(bundle.flat ? bundle.text : '', keySeparator), lines: new LineIndex(bundle.text) };
    locators.set(bundle, locator);
  }
  return locator;
}
