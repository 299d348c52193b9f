import { findNodeAtOffset, parseTree } from 'jsonc-parser';
import type { InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { nestingOf } from '../bundles/message-parts.js';
import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { referencedKey, referencedNamespace } from '../bundles/reference-target.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { locate, type Bundle } from '../project/bundle.js';
import type { BundleProject } from '../project/bundle-project.js';
import { isFound, lookupPath } from '../project/lookup-path.js';
import { contextOf, type DocumentNamespace } from './document-namespace.js';
import { keyAtOffset } from './key-at-position.js';

/** A place in a project file, 1-based. */
export interface Place extends Position {
  file: string;
}

/** Where a key is written in a bundle: its name, or for a plural base its `other` form (then any form). */
function placeOf(bundle: Bundle, key: string, keySeparator: string | false, pluralSeparator: string): Place | undefined {
  const candidates = [key, pluralFormKey(key, 'other', false, pluralSeparator), pluralFormKey(key, 'one', false, pluralSeparator)];
  const plural = parsePluralKey(key, pluralSeparator);
  if (plural) candidates.push(pluralFormKey(plural.base, 'other', plural.ordinal, pluralSeparator), plural.base);
  const locator = locate(bundle, keySeparator);
  for (const candidate of candidates) {
    if (!isFound(lookupPath(bundle.data, candidate, keySeparator))) continue;
    const span = locator.span(candidate);
    if (span) return { file: bundle.file, ...locator.lines.position(span.keyStart) };
  }
  return undefined;
}

/** The `$t(...)` reference under an offset of a string value's raw text, as i18next reads it in a syntax. */
function nestingAt(text: string, offset: number, syntax: InterpolationSyntax): ReturnType<typeof nestingOf>[number] | undefined {
  const node = findNodeAtOffset(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, offset);
  if (node?.type !== 'string' || typeof node.value !== 'string') return undefined;
  const raw = text.slice(node.offset, offset);
  // The prefix as the file's JSON writes it: a quote or backslash in it is escaped there.
  const before = raw.split(JSON.stringify(syntax.nestingPrefix).slice(1, -1)).length - 2;
  return before < 0 ? undefined : nestingOf(node.value, syntax)[before];
}

/**
 * The key a `$t(key)` or `$t(ns:key)` under the offset names, with its namespace seen from the
 * locale it is looked up in (the message's, or the `lng` its options name); undefined elsewhere.
 */
export function nestedKeyAt(
  project: BundleProject,
  doc: DocumentNamespace,
  text: string,
  offset: number,
): { doc: DocumentNamespace; key: string } | undefined {
  const ref = nestingAt(text, offset, project.config.interpolation);
  if (!ref) return undefined;
  const namespace = referencedNamespace(ref, doc.namespace, project.config);
  const key = referencedKey(ref.key, project.config);
  if (!project.namespaces.includes(namespace)) return undefined;
  const context = namespace === doc.namespace ? doc.context : contextOf(project, namespace, doc.parse);
  const locale = ref.locale ?? doc.locale;
  return { doc: { locale, namespace, context, bundle: context.bundles.get(locale), parse: doc.parse }, key };
}

/**
 * Go to definition: from `$t(key)` (or `$t(ns:key)`) to where the locale's chain resolves it;
 * from a key of a target locale to the source key it translates.
 */
export function definition(project: BundleProject, doc: DocumentNamespace, text: string, offset: number): Place | undefined {
  const { pluralSeparator, keySeparator } = project.config;
  const nested = nestedKeyAt(project, doc, text, offset);
  if (nested) {
    const { context, locale } = nested.doc;
    for (const each of context.chain(locale)) {
      const bundle = context.bundles.get(each);
      const place = bundle && placeOf(bundle, nested.key, keySeparator, pluralSeparator);
      if (place) return place;
    }
    return undefined;
  }
  const at = keyAtOffset(text, offset, keySeparator);
  const source = doc.context.source;
  if (!at || !source || doc.locale === doc.context.sourceLocale) return undefined;
  return placeOf(source, at.key, keySeparator, pluralSeparator);
}
