import { toBundle, type BundleSource } from '../project/bundle.js';
import type { BundleReading } from '../project/parse-source.js';

/**
 * Reads a bundle's text again when a finding needs its positions, without keeping its bytes
 * meanwhile when it can be reread. The two closures are made in separate functions: V8 keeps one
 * context per call for all the closures of a function, so a rereading closure made beside one
 * that holds `input` would hold the file's bytes too, for the whole run.
 */
export function textAgain(input: BundleSource, reading: BundleReading): () => string {
  return input.reread ? rereadText(input.file, input.locale, input.namespace, input.reread, reading) : () => toBundle(input, reading).text;
}

/** A bundle's text read again from its file: the closure holds the file's names and reader, never its bytes. */
function rereadText(file: string, locale: string, namespace: string, reread: () => Buffer, reading: BundleReading): () => string {
  return () => toBundle({ file, locale, namespace, bytes: reread() }, reading).text;
}
