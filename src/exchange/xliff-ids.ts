import { hash } from 'node:crypto';

// XML 1.0's NameChar: the characters an NMTOKEN (an XLIFF 2.0 id) may hold.
const NAME_CHAR =
  // eslint-disable-next-line no-misleading-character-class -- code point ranges from the XML grammar, not text
  /[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F\u2040]/u;
// eslint-disable-next-line no-misleading-character-class -- built from NAME_CHAR above
const NMTOKEN = new RegExp(`^(?:${NAME_CHAR.source})+$`, 'u');

/** Whether `text` is an XML NMTOKEN, as XLIFF 2.0 requires of `id` attributes. */
export const isNmtoken = (text: string): boolean => NMTOKEN.test(text);

/** Whether an id is one xliffIds derived (the exact name is then carried beside it). */
export const isDerivedId = (id: string): boolean => /-k[0-9a-f]{8}(-[0-9]+)?$/.test(id);

/**
 * Gives each key of one `<file>` an XLIFF 2.0 id: the key itself when it is an NMTOKEN that no
 * other key has taken, else an id derived from it (its name characters and a hash of the whole
 * key, `Save_changes_-k1f2e3d4c`). A derived id loses the key, so the writer carries the exact
 * key beside it (the unit's `name`), and import reads that back.
 */
export function xliffIds(keys: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set(keys.filter(isNmtoken));
  for (const key of keys) {
    if (ids.has(key)) continue;
    if (isNmtoken(key)) {
      ids.set(key, key);
      continue;
    }
    const readable = [...key]
      .map((c) => (NAME_CHAR.test(c) ? c : '_'))
      .join('')
      .slice(0, 40);
    let id = `${readable}-k${hash('sha256', key).slice(0, 8)}`;
    for (let n = 2; taken.has(id); n++) id = `${readable}-k${hash('sha256', key).slice(0, 8)}-${n}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}
