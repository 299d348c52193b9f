import { parsePluralKey } from '../bundles/plural-key.js';
import type { BundleProject } from '../project/bundle-project.js';
import { contextOf, type DocumentNamespace } from './document-namespace.js';

/** One key to offer, with its source text for the menu. */
export interface KeyChoice {
  key: string;
  sourceText: string | undefined;
}

const NESTING_START = /\$t\(([^,()"'\\\s]*)$/;

/** The key typed so far when the text before the cursor is inside `$t(`; undefined elsewhere. */
export function nestingPrefix(lineBefore: string): string | undefined {
  return NESTING_START.exec(lineBefore)?.[1];
}

/**
 * The keys `$t(` can name: the source keys of this namespace (a plural once, by its base, as
 * `$t(key, {"count": n})` names it), or of the namespace the typed prefix names (`common:`).
 * None with `messageFormat: 'icu'`: i18next-icu nests nothing, so `$t(` there is text.
 */
export function keyChoices(project: BundleProject, doc: DocumentNamespace, prefix: string): KeyChoice[] {
  const { nsSeparator, pluralSeparator, messageFormat } = project.config;
  if (messageFormat === 'icu') return [];
  const cut = nsSeparator === false ? -1 : prefix.indexOf(nsSeparator);
  const namespace = cut > 0 ? prefix.slice(0, cut) : doc.namespace;
  if (!project.namespaces.includes(namespace)) return [];
  const context = namespace === doc.namespace ? doc.context : contextOf(project, namespace, doc.parse);
  const values = context.source?.flat?.values;
  if (!values) return [];
  const lead = cut > 0 ? prefix.slice(0, cut + (nsSeparator as string).length) : '';
  const choices = new Map<string, KeyChoice>();
  for (const [key, value] of values) {
    const name = parsePluralKey(key, pluralSeparator)?.base ?? key;
    if (!choices.has(name)) choices.set(name, { key: lead + name, sourceText: typeof value === 'string' ? value : undefined });
  }
  return [...choices.values()];
}
