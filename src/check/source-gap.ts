import type { NamespaceContext } from '../project/namespace-context.js';

/**
 * Why a namespace has no source to compare with, as the end of a sentence about it: its file is
 * missing, or it is there and does not parse (its json-syntax finding says where), which asks for
 * another fix than creating it.
 */
export function sourceGap(context: Pick<NamespaceContext, 'files' | 'sourceLocale' | 'pathOf'>): { says: string; broken: boolean } {
  const path = context.pathOf(context.sourceLocale);
  return context.files.some((bundle) => bundle.locale === context.sourceLocale)
    ? { says: `has a source file ${path} that does not parse (its json-syntax error says where)`, broken: true }
    : { says: `has no source file ${path}`, broken: false };
}
