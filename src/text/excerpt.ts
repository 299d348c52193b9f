/**
 * A value quoted for a message, cut to `max` characters with "…" when longer, so a long
 * translation does not flood the report and a cut one never reads as the whole text. Never cuts
 * between the two halves of a surrogate pair.
 */
export function excerpt(text: string, max = 60): string {
  if (text.length <= max) return JSON.stringify(text);
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return JSON.stringify(`${text.slice(0, end)}…`);
}
