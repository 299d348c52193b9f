import { namespaceSource } from '../project/namespace-source.js';
import type { Config } from '../config/schema.js';
import type { BundleProject } from '../project/bundle-project.js';
import { fallbackChain } from '../project/fallback-chain.js';
import { affectedLocales } from './affected-locales.js';

/**
 * Which locales of a namespace to check again after saves of `saved`: those saves and the
 * locales falling back through them, within `only` (--locale); undefined for all (the source
 * changed, a locale or the namespace itself appeared or went away).
 */
export function recheckScope(
  namespace: string,
  saved: ReadonlySet<string>,
  project: BundleProject,
  previous: BundleProject,
  config: Config,
  only: readonly string[] | undefined,
): Set<string> | undefined {
  const same =
    project.locales.join() === previous.locales.join() && project.namespaces.includes(namespace) && previous.namespaces.includes(namespace);
  if (!same) return undefined;
  const sourceLocale = namespaceSource(config, namespace);
  const affected = affectedLocales(saved, sourceLocale, project.locales, (locale) => fallbackChain(locale, config));
  return affected && only ? new Set([...affected].filter((l) => only.includes(l))) : affected;
}
