/**
 * The ways a key may be a context variant (`liked_male` of `liked` with context `male`): split at
 * each context separator inside its last segment, the variant never empty, shortest base first.
 */
export function contextSplits(key: string, contextSeparator: string, keySeparator: string | false): { base: string; variant: string }[] {
  const splits: { base: string; variant: string }[] = [];
  const leaf = keySeparator === false ? 0 : key.lastIndexOf(keySeparator) + 1;
  for (let at = key.indexOf(contextSeparator, leaf + 1); at > 0; at = key.indexOf(contextSeparator, at + 1)) {
    const variant = key.slice(at + contextSeparator.length);
    if (variant !== '') splits.push({ base: key.slice(0, at), variant });
  }
  return splits;
}
