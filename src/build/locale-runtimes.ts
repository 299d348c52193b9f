import { buildNamespaceOf } from '../project/bundle-pattern.js';
import type { Resource } from 'i18next';
import { i18nextCode } from '../locale/locale-tag.js';
import { fallbackChain } from '../project/fallback-chain.js';
import { sha256 } from './page-inputs.js';
import type { SiteInput } from './render-site.js';
import { resolveChain } from './runtime-bundles.js';
import { createTranslator, type Translator } from './translator.js';

/**
 * The i18next resources, under the codes i18next looks up (es-AR for a folder es-ar), so every
 * page shows its folder's strings; a folder spelled as i18next writes the code wins over a
 * misspelt one beside it.
 */
function i18nextResources(bundles: SiteInput['bundles']): Resource {
  const resources: Resource = {};
  for (const [locale, byNs] of bundles) {
    const code = i18nextCode(locale);
    if (code === locale || !bundles.has(code)) resources[code] = Object.fromEntries(byNs);
  }
  return resources;
}

/**
 * Each locale's translator and runtime bundles (its chain resolved into one file per namespace,
 * added to `files`), with the hash of its UI bundle.
 */
export function localeRuntimes(
  input: SiteInput,
  files: Map<string, string>,
): { translators: Map<string, Translator>; bundleHash: Map<string, string> } {
  const { config } = input;
  const namespace = buildNamespaceOf(config);
  const namespaces = new Set([...input.bundles.values()].flatMap((byNs) => [...byNs.keys()]));
  const resources = i18nextResources(input.bundles);
  const translators = new Map<string, Translator>();
  const bundleHash = new Map<string, string>();
  for (const locale of input.locales) {
    const chain = fallbackChain(locale, config);
    translators.set(locale, createTranslator(chain, resources, namespace, config));
    for (const ns of namespaces) {
      const resolved = resolveChain(chain, (lng) => input.bundles.get(lng)?.get(ns));
      const json = `${JSON.stringify(resolved, null, 2)}\n`;
      files.set(`locales/${locale}/${ns}.json`, json);
      if (ns === namespace) bundleHash.set(locale, sha256(json));
    }
  }
  return { translators, bundleHash };
}
