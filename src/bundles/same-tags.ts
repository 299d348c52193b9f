/** The end of the `<...>` span that starts at `open` (the first `>` after it), or -1 when there is none. */
const closeOf = (value: string, open: number): number => (open < 0 ? -1 : value.indexOf('>', open));

/**
 * Whether two strings have the same `<...>` spans in order, joined (each span from a `<` to the
 * first `>` after it, the next span from the next `<`): equal for most translations, so
 * markup-mismatch parses no tags then. Compared in place, character by character, with nothing
 * built: it runs for every string with a `<` in either side.
 */
export function sameTags(value: string, source: string): boolean {
  let open = value.indexOf('<');
  let close = closeOf(value, open);
  let at = open;
  let sourceOpen = source.indexOf('<');
  let sourceClose = closeOf(source, sourceOpen);
  let sourceAt = sourceOpen;
  for (;;) {
    if (close < 0 || sourceClose < 0) return close < 0 && sourceClose < 0;
    if (value.charCodeAt(at) !== source.charCodeAt(sourceAt)) return false;
    if (++at > close) {
      open = value.indexOf('<', open + 1);
      close = closeOf(value, open);
      at = open;
    }
    if (++sourceAt > sourceClose) {
      sourceOpen = source.indexOf('<', sourceOpen + 1);
      sourceClose = closeOf(source, sourceOpen);
      sourceAt = sourceOpen;
    }
  }
}
