import { languageOf } from '../locale/locale-tag.js';
import type { BundleProject } from '../project/bundle-project.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { planImport, type ImportPlan } from './plan-import.js';
import { fromPo } from './po-format.js';
import { fromXliff } from './xliff-format.js';
import { assertKnownLocales } from '../locale/unknown-locales.js';

/** The format an exchange file's text is read as: XLIFF when it starts with `<`, PO otherwise. */
export const exchangeFormatOf = (text: string): 'xliff' | 'po' => (text.trimStart().startsWith('<') ? 'xliff' : 'po');

/**
 * Reads an exchange file's text (XLIFF when it starts with `<`, PO otherwise) and plans writing
 * its translations into the locale it names, or into `locale` when that is of the same language
 * (an es file into es-AR). An empty file, or one of another language than `locale`, is refused.
 */
export async function importText(project: BundleProject, text: string, locale?: string): Promise<ImportPlan & { locale: string }> {
  if (text.trim() === '') throw new UsageError('the file is empty');
  const parsed = exchangeFormatOf(text) === 'xliff' ? fromXliff(text) : fromPo(text, project.config.pluralSeparator, locale);
  const target = locale ?? parsed.locale;
  if (!target) throw new UsageError('the file does not name its target language; pass --locale');
  // Writing Spanish into fr/ would replace French translations with no error anywhere after.
  if (parsed.locale && languageOf(parsed.locale) !== languageOf(target))
    throw new UsageError(
      `the file holds ${parsed.locale} translations, not ${target}: pass --locale ${parsed.locale}, or correct the target language the file names`,
    );
  assertKnownLocales([target], project.locales);
  const plan = planImport(project, target, parsed.entries);
  plan.report.skipped.push(...parsed.skipped);
  return { locale: target, ...plan };
}
