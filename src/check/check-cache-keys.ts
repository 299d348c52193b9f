import { createHash } from 'node:crypto';
import type { Config } from '../config/schema.js';
import type { Bundle, BundleSource } from '../project/bundle.js';
import type { BundleLayout } from '../project/load-bundles.js';
import { neededLocales } from './check-in-parallel.js';

/** What the check cache knows of one bundle file's content: its hash, and the namespaces its `$t()` messages name. */
export interface FileFacts {
  /** sha256 of the bytes checked, or `-` and why there were none (refused, unreadable). */
  hash: string;
  mentions: readonly string[];
}

/** The id of a check unit: one namespace in one locale, the findings of one bundle file. */
export const unitId = (namespace: string, locale: string): string => `${namespace}\u0000${locale}`;

/** A sha256 of some strings, each ended by a NUL so no two lists hash alike. */
export function hashOf(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/**
 * The namespaces (of `namespaces`) a parsed bundle's `$t()` messages can name: a `common:` prefix
 * or a quoted `"ns"` option value, as nesting-cost reads them; every namespace for a message with
 * a backslash, whose options' JSON may spell a name with escapes.
 */
export function mentionsOf(bundle: Bundle, namespaces: readonly string[], nsSeparator: string | false): string[] {
  const messages = bundle.nestings.map(([, message]) => message);
  if (messages.some((message) => message.includes('\\'))) return [...namespaces];
  return namespaces.filter((name) =>
    messages.some(
      (message) =>
        (nsSeparator !== false && message.includes(name + nsSeparator)) || message.includes(`"${name}"`) || message.includes(`'${name}'`),
    ),
  );
}

/** The content hash of a read bundle, or why it has none. */
export function hashOfInput(input: BundleSource): string {
  if (input.bytes) return createHash('sha256').update(input.bytes).digest('hex');
  return `-${input.refused ?? input.readError ?? 'no bytes'}`;
}

/** The namespaces whose `$t()` messages, in the files of `locales`, name one of `start`, taken to a closure. */
export function mentionClosure(
  start: Iterable<string>,
  locales: ReadonlySet<string>,
  factsOf: (namespace: string, locale: string) => FileFacts | undefined,
): Set<string> {
  const found = new Set(start);
  for (const namespace of found)
    for (const locale of locales) for (const named of factsOf(namespace, locale)?.mentions ?? []) found.add(named);
  return found;
}

/**
 * The keys of check units: a unit's findings depend on the files of its namespace in its locale,
 * the source locales and the fallback chains of both (the locales a parallel share reads), and on
 * the same locales' files of every namespace its `$t()` messages name, to a closure (references
 * and expansions across namespaces). `globalKey` holds the rest (config, version, layout).
 */
export class CheckCacheKeys {
  private readonly byUnit = new Map<string, string>();
  private readonly needed = new Map<string, Set<string>>();

  constructor(
    private readonly config: Config,
    private readonly globalKey: string,
    private readonly factsOf: (namespace: string, locale: string) => FileFacts | undefined,
    /** The project's locales, among which a locale's spelling twins are read with it (see neededLocales). */
    private readonly locales: readonly string[] = [],
  ) {}

  /** The locales whose files a unit of `locale` reads. */
  neededBy(locale: string): Set<string> {
    let needed = this.needed.get(locale);
    if (!needed) this.needed.set(locale, (needed = new Set(neededLocales([locale], this.config, this.locales))));
    return needed;
  }

  /** The key of one unit: equal keys, equal findings. */
  key(namespace: string, locale: string): string {
    const id = unitId(namespace, locale);
    let key = this.byUnit.get(id);
    if (key !== undefined) return key;
    const locales = this.neededBy(locale);
    const parts = [this.globalKey, namespace, locale];
    for (const named of [...mentionClosure([namespace], locales, this.factsOf)].sort())
      for (const at of [...locales].sort()) parts.push(named, at, this.factsOf(named, at)?.hash ?? '-absent');
    key = hashOf(parts);
    this.byUnit.set(id, key);
    return key;
  }
}

/** The facts of every file of a layout, found by namespace and locale. */
export function factsByUnit(
  layout: Pick<BundleLayout, 'files'>,
  facts: ReadonlyMap<string, FileFacts>,
): (namespace: string, locale: string) => FileFacts | undefined {
  const byUnit = new Map<string, FileFacts | undefined>();
  for (const file of layout.files)
    byUnit.set(unitId(file.namespace, file.locale), facts.get(file.file) ?? { hash: '-unknown', mentions: [] });
  return (namespace, locale) => byUnit.get(unitId(namespace, locale));
}
