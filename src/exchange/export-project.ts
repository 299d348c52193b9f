import { toBundle } from '../project/bundle.js';
import { namespaceContext } from '../project/namespace-context.js';
import type { BundleProject } from '../project/bundle-project.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { exchangeNamespace, type ExchangeNamespace } from './exchange-units.js';
import { toPo } from './po-format.js';
import { toXliff } from './xliff-format.js';
import { assertKnownLocales } from '../locale/unknown-locales.js';

/** The exchange formats CAT tools read. */
export const EXCHANGE_FORMATS = ['xliff', 'po'] as const;
/** One of EXCHANGE_FORMATS. */
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/** Every namespace a locale translates (it is not the namespace's source), with its units; a locale that translates none is refused. */
export function exchangeProject(project: BundleProject, locale: string): { namespaces: ExchangeNamespace[]; sourceLocale: string } {
  assertKnownLocales([locale], project.locales);
  const namespaces: ExchangeNamespace[] = [];
  for (const namespace of project.namespaces) {
    const files = project.read(namespace).map((input) => toBundle(input, project.config));
    const context = namespaceContext({ namespace, config: project.config, locales: project.locales, files });
    if (context.sourceLocale !== locale && context.source) namespaces.push(exchangeNamespace(context, locale));
  }
  if (namespaces.length === 0 && project.namespaces.length > 0) {
    const others = project.locales.filter((l) => l !== locale);
    throw new UsageError(
      `${locale} is the source of every namespace: nothing is translated into it${others.length > 0 ? `; export one of ${others.join(', ')}` : ''}`,
    );
  }
  const sources = namespaces.map((n) => n.sourceLocale);
  // XLIFF has one source language per file; the most common one is named, each unit's note names its file.
  const sourceLocale =
    sources.sort((a, b) => sources.filter((s) => s === b).length - sources.filter((s) => s === a).length)[0] ?? project.config.sourceLocale;
  return { namespaces, sourceLocale };
}

/** Renders a locale's strings as XLIFF 2.0 or PO for a CAT tool. */
export async function exportLocale(project: BundleProject, locale: string, format: ExchangeFormat): Promise<string> {
  const { namespaces, sourceLocale } = exchangeProject(project, locale);
  return format === 'po' ? toPo(namespaces, sourceLocale, locale) : `${toXliff(namespaces, sourceLocale, locale)}\n`;
}
