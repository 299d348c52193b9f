import { toBundle, type Bundle, type BundleSource } from './bundle.js';
import type { BundleReading } from './parse-source.js';

/** Whether two configs read a bundle file alike: the same key separator and nesting prefix. */
const sameReading = (a: BundleReading, b: BundleReading): boolean =>
  a.keySeparator === b.keySeparator && a.interpolation.nestingPrefix === b.interpolation.nestingPrefix;

/**
 * Parsed bundles kept between checks of one project (the watcher re-checks after every save):
 * a file whose bytes are the same as last time is not decoded and parsed again.
 */
export class BundleCache {
  private readonly entries = new Map<string, { bytes: Buffer; reading: BundleReading; bundle: Bundle }>();

  /** The bundle of `input`, parsed now only if its bytes changed since the last call. */
  bundle(input: BundleSource, reading: BundleReading): Bundle {
    const known = this.entries.get(input.file);
    if (known && input.bytes && sameReading(known.reading, reading) && (known.bytes === input.bytes || known.bytes.equals(input.bytes)))
      return known.bundle;
    const bundle = toBundle(input, reading);
    if (input.bytes) this.entries.set(input.file, { bytes: input.bytes, reading, bundle });
    else this.entries.delete(input.file);
    return bundle;
  }

  /** The bundle kept for a file, without reading anything. */
  peek(file: string): Bundle | undefined {
    return this.entries.get(file)?.bundle;
  }

  /** The bundle kept for a file, forgotten: the next check parses the file again, or finds it gone. */
  take(file: string): Bundle | undefined {
    const bundle = this.peek(file);
    this.entries.delete(file);
    return bundle;
  }

  /** Every bundle kept, of every namespace. */
  *bundles(): IterableIterator<Bundle> {
    for (const entry of this.entries.values()) yield entry.bundle;
  }
}
