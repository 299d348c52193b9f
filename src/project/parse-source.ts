import { decodeBundle } from '../bundles/decode-bundle.js';
import { scanProperties, type PropertyScan } from '../bundles/scan-properties.js';
import { MAX_NESTING_DEPTH, offsetOfDepth } from '../json/nesting-depth.js';
import { parseJson, TOO_DEEP } from '../json/parse-json.js';
import type { BundleSource } from './bundle-source.js';
import type { Config } from '../config/schema.js';
import type { InterpolationSyntax } from '../bundles/interpolation-syntax.js';

/** What of the config decides how a bundle file is read: its key separator and its nesting prefix. */
export type BundleReading = Pick<Config, 'keySeparator'> & { readonly interpolation: Pick<InterpolationSyntax, 'nestingPrefix'> };

/** Whether JSON writes a text as it is: no quote, backslash or control character, which it escapes. */
const writtenAsIs = (text: string): boolean => JSON.stringify(text).length === text.length + 2;

/**
 * A bundle file decoded, parsed and scanned; or the first reason it cannot be, at an offset of
 * the text it holds (the text before a bad byte decodes the same either way, so it places the error).
 */
export type ParsedSource =
  | { ok: true; text: string; data: Record<string, unknown>; properties: PropertyScan }
  | { ok: false; text: string; offset: number; length: number; message: string };

/**
 * The one decode-parse-depth pipeline of a bundle file, for check, sync and build alike: a file
 * that is not read, not text, not JSON or nested past MAX_NESTING_DEPTH is broken, never thrown.
 * `nestings`: `all` keeps every message that holds the nesting prefix (`$t(`); `written` looks
 * for them only when the text spells it (the checker's fast path).
 */
export function parseSource(source: BundleSource, reading: BundleReading, nestings: 'all' | 'written'): ParsedSource {
  if (!source.bytes)
    return {
      ok: false,
      text: '',
      offset: 0,
      length: 0,
      message: source.refused ?? `cannot be read (${source.readError ?? 'unknown error'})`,
    };
  const decoded = decodeBundle(source.bytes);
  if (!decoded.ok) return { ok: false, text: source.bytes.toString('utf8'), offset: decoded.offset, length: 1, message: decoded.message };
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return { ok: false, text: decoded.text, offset: parsed.offset, length: parsed.length, message: parsed.message };
  const prefix = reading.interpolation.nestingPrefix;
  const look = nestings === 'all' || !writtenAsIs(prefix) || decoded.text.includes(prefix);
  const properties = scanProperties(parsed.data, reading.keySeparator, look ? prefix : undefined);
  if (properties.tooDeep)
    return {
      ok: false,
      text: decoded.text,
      offset: Math.max(0, offsetOfDepth(decoded.text, MAX_NESTING_DEPTH + 1)),
      length: 1,
      message: TOO_DEEP,
    };
  return { ok: true, text: decoded.text, data: parsed.data, properties };
}
