import { setFlagsFromString } from 'node:v8';

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
 * Makes V8 collect the old generation when it has grown by CHECK_HEAP_GROWING_PERCENT since the
 * last full collection (`--heap-growing-percent`, read at every collection, so it applies from
 * the next one on; worker threads share it).
 */
export function growHeapInSmallSteps(): void {
  setFlagsFromString(`--heap-growing-percent=${CHECK_HEAP_GROWING_PERCENT}`);
}
