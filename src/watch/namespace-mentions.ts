import type { Bundle } from '../project/bundle.js';

/**
 * Which namespaces a save can reach through `$t()`: per bundle, the namespace names that its
 * `$t()` messages mention anywhere (`$t(common:title)`, `"ns": "common"`), worked out once per
 * parsed bundle (a saved file is parsed again, so its entry is new) and per list of namespaces.
 */
export class NamespaceMentions {
  private readonly known = new WeakMap<Bundle, { namespaces: string; names: string[] }>();

  /** The namespaces, other than `saved`, with a bundle whose `$t()` messages name one of `saved`. */
  referencing(bundles: Iterable<Bundle>, namespaces: readonly string[], saved: ReadonlySet<string>): Set<string> {
    const found = new Set<string>();
    for (const bundle of bundles) {
      if (
        bundle.nestings.length === 0 ||
        saved.has(bundle.namespace) ||
        found.has(bundle.namespace) ||
        !namespaces.includes(bundle.namespace)
      )
        continue;
      if (this.mentioned(bundle, namespaces).some((name) => saved.has(name))) found.add(bundle.namespace);
    }
    return found;
  }

  private mentioned(bundle: Bundle, namespaces: readonly string[]): string[] {
    const key = namespaces.join('\0');
    let entry = this.known.get(bundle);
    if (entry?.namespaces !== key) {
      entry = { namespaces: key, names: namespaces.filter((name) => bundle.nestings.some(([, message]) => message.includes(name))) };
      this.known.set(bundle, entry);
    }
    return entry.names;
  }
}
