import { join } from 'node:path';
import { fileSize } from '../files/file-stamp.js';
import type { BundleLayout } from '../project/load-bundles.js';
import { setRunTimeFlag } from './run-time-flags.js';

/**
 * How far V8 lets the old generation grow past what survived its last full collection, in percent,
 * during a check. V8's own factor, up to 4x when collections are cheap against the work between
 * them, suits a server; a check reads one namespace after another, and each namespace's parsed
 * bundles outlive a few young-generation collections, are promoted, and are garbage once it is
 * checked: at 4x a backlog of five namespaces peaked at about three times the memory its files
 * take to read and parse.
 */
export const CHECK_HEAP_GROWING_PERCENT = 30;

/**
 * Below this many bytes of bundles (2 MiB) a check's heap stays under V8's first old-generation
 * limit, so no full collection runs and the flag would change nothing; loading `node:v8` to set
 * it costs a small check about 4% of its instructions.
 */
export const HEAP_GROWTH_MIN_BYTES = 2 * 1024 * 1024;

/**
 * Makes V8 collect the old generation when it has grown by CHECK_HEAP_GROWING_PERCENT since the
 * last full collection (`--heap-growing-percent`, read at every collection, so it applies from
 * the next one on; worker threads share it), when the layout's bundles reach HEAP_GROWTH_MIN_BYTES.
 * Returns whether it did.
 */
export function growHeapInSmallSteps(root: string, layout: BundleLayout): boolean {
  let bytes = 0;
  for (const file of layout.files) if ((bytes += fileSize(join(root, file.file))) >= HEAP_GROWTH_MIN_BYTES) break;
  if (bytes < HEAP_GROWTH_MIN_BYTES) return false;
  // Through setRunTimeFlag, so the chunks the check loads next are still served from the compile cache.
  setRunTimeFlag(`--heap-growing-percent=${CHECK_HEAP_GROWING_PERCENT}`, '--heap-growing-percent=0');
  return true;
}
