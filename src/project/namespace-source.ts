import { ownEntry } from '../config/own-entry.js';
import type { Config } from '../config/schema.js';
import { languageOf } from '../locale/locale-tag.js';
import type { BundleLayout } from './load-bundles.js';

/** The locale a namespace's keys are written in: its `namespaceSourceLocale` entry, else `sourceLocale`. */
export function namespaceSource(config: Pick<Config, 'sourceLocale' | 'namespaceSourceLocale'>, namespace: string): string {
  return ownEntry(config.namespaceSourceLocale, namespace) ?? config.sourceLocale;
}

/**
 * Why a layout cannot be checked against its source, or undefined when it can: it has bundle
 * files, but not one of them is of its namespace's source locale (a `sourceLocale` of "en-US"
 * beside folders named `en`). Every file would then be checked against nothing, no key missing,
 * and CI would pass having compared no key. A layout with no file at all is another error.
 */
export function sourcelessLayout(
  config: Pick<Config, 'sourceLocale' | 'namespaceSourceLocale'>,
  layout: Pick<BundleLayout, 'files' | 'locales' | 'namespaces' | 'skipped'>,
): string | undefined {
  if (layout.files.length === 0 || layout.files.some((file) => file.locale === namespaceSource(config, file.namespace))) return undefined;
  const sources = [...new Set(layout.namespaces.map((namespace) => namespaceSource(config, namespace)))];
  // The source's folder is there, its files are not usable: the config is right, the files are what to fix.
  if (sources.every((source) => layout.locales.includes(source))) return unreadableSources(sources, layout.skipped);
  const sameLanguage = layout.locales.filter((locale) => sources.some((source) => languageOf(source) === languageOf(locale)));
  const quoted = sources.map((source) => `"${source}"`).join(', ');
  return (
    `no bundle is of the source locale ${quoted}: the bundles found are of ${layout.locales.join(', ')}, so no key can be checked against its source. ` +
    `Set "sourceLocale" (or "namespaceSourceLocale") in the config to the locale the others are translated from` +
    (sameLanguage.length > 0 ? ` (${sameLanguage.map((locale) => `"${locale}"`).join(' or ')}?)` : '')
  );
}

/** Why a source locale whose folder exists has no bundle file: the files the walk could not use, a few of them. */
function unreadableSources(sources: readonly string[], skipped: BundleLayout['skipped']): string {
  const shown = skipped.slice(0, 3).map((entry) => `${entry.file}: ${entry.reason}`);
  const more = skipped.length > shown.length ? `; ${skipped.length - shown.length} more` : '';
  return (
    `the source locale ${sources.map((source) => `"${source}"`).join(', ')} has a folder but no bundle file l10n can read, so no key can be checked against its source` +
    (shown.length > 0 ? ` (${shown.join('; ')}${more})` : '')
  );
}
