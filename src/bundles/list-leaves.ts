/**
 * The flat keys of the leaves of a value: the key itself, or for a list each item's, through
 * objects and lists inside it (`nav.0`, `steps.1.title`), as check and i18next address them.
 */
export function listLeaves(value: unknown, key: string, join: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => listLeaves(item, `${key}${join}${i}`, join));
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0)
    return Object.entries(value).flatMap(([name, child]) => listLeaves(child, `${key}${join}${name}`, join));
  return [key];
}
