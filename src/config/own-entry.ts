/**
 * A record's own entry for a key that comes from data (a namespace, a locale, a rule id, a page's
 * text): never an inherited property, so a namespace named `constructor` or `toString` finds
 * nothing instead of a function of Object.prototype. Config records are plain objects, and a
 * worker receives a copy of the config with the ordinary prototype, so lookups guard themselves.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
