import { parsePluralKey } from '../bundles/plural-key.js';
import type { InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { charClass, regexEscape } from '../text/regex-escape.js';
import type { BundleProject } from '../project/bundle-project.js';
import { contextOf, type DocumentNamespace } from './document-namespace.js';

/** One key to offer, with its source text for the menu. */
export interface KeyChoice {
  key: string;
  sourceText: string | undefined;
}

/** A nesting begun and not yet closed at the end of a line, its key typed so far: made once per syntax. */
const nestingStarts = new WeakMap<InterpolationSyntax, RegExp>();

/** The key typed so far when the text before the cursor is inside a nesting (`$t(`, in the syntax); undefined elsewhere. */
export function typedNestingKey(lineBefore: string, syntax: InterpolationSyntax): string | undefined {
  let start = nestingStarts.get(syntax);
  if (start === undefined) {
    const stops = charClass(`()"'\\${syntax.nestingOptionsSeparator}${syntax.nestingSuffix}`);
    nestingStarts.set(syntax, (start = new RegExp(`${regexEscape(syntax.nestingPrefix)}([^${stops}\\s]*)$`)));
  }
  return start.exec(lineBefore)?.[1];
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
