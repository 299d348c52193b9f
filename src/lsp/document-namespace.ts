import { toBundle, type Bundle, type BundleSource } from '../project/bundle.js';
import type { BundleProject } from '../project/bundle-project.js';
import { namespaceContext, type NamespaceContext } from '../project/namespace-context.js';

/** A bundle file the editor has open, with its namespace's context (every locale's file of it). */
export interface DocumentNamespace {
  locale: string;
  namespace: string;
  context: NamespaceContext;
  /** The open file, parsed; undefined when it does not parse now. */
  bundle: Bundle | undefined;
  /** How this request parses files (for another namespace a `$t(ns:key)` names). */
  parse: Parse;
}

/**
 * The namespace a project path belongs to, its files parsed as the checker reads them (open
 * documents' text included), or undefined when the path is no bundle of the project.
 */
export function documentNamespace(project: BundleProject, file: string, parse = parser(project)): DocumentNamespace | undefined {
  for (const namespace of project.namespaces) {
    const sources = project.read(namespace);
    const own = sources.find((source) => source.file === file);
    if (!own) continue;
    const context = contextOf(project, namespace, parse, sources);
    return { locale: own.locale, namespace, context, bundle: context.bundles.get(own.locale), parse };
  }
  return undefined;
}

/** How a request parses a file: the language server passes its session's cache, which the checks filled. */
export type Parse = (source: BundleSource) => Bundle;

/** Parses each time: for callers without a cache. */
const parser =
  (project: BundleProject): Parse =>
  (source) =>
    toBundle(source, project.config);

/** The context of one namespace of the project, every locale's file parsed (its files as read, when the caller has them). */
export function contextOf(
  project: BundleProject,
  namespace: string,
  parse = parser(project),
  sources = project.read(namespace),
): NamespaceContext {
  const files = sources.map(parse);
  return namespaceContext({ namespace, config: project.config, locales: project.locales, files, templateKeys: project.templateKeys });
}
