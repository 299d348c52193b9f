import type { LoadedContent } from '../check/content-rules/load-content-check.js';
import type { ArticleRead } from '../content/read-articles.js';
import { pairArticles } from '../content/translations.js';

/** The content project after one article file was read again, and the files whose findings that read can change. */
export interface ArticleEdit {
  content: LoadedContent;
  files: Set<string>;
}

/**
 * One article file read again (saved, or edited in an editor), swapped into the content project.
 * What it can change, from what the content rules read: the file's own findings; for a source,
 * every translation paired with it before or after (staleness, structure and front matter
 * compare with the source); for a translation, its source before and after (article-missing
 * says whether a source has a translation, and the edit may change which source it names) and
 * so that source's other translations, which article-missing reads too. Pure: the read is given.
 */
export function articleEditScope(content: LoadedContent, file: string, read: ArticleRead): ArticleEdit {
  const { sourceLocale } = content.config;
  const byFile = new Map(content.articles.map((a) => [a.file, a]));
  if (read.article) byFile.set(file, read.article);
  else byFile.delete(file);
  const articles = content.files.flatMap((f) => byFile.get(f.file) ?? []);
  const raw = new Map(content.raw);
  if (read.article) raw.set(file, read.raw);
  else raw.delete(file);
  const next: LoadedContent = {
    ...content,
    articles,
    raw,
    readDiagnostics: [...content.readDiagnostics.filter((d) => d.file !== file), ...read.diagnostics],
  };
  const pairings = [pairArticles(content.articles, sourceLocale), pairArticles(articles, sourceLocale)];
  const sources = new Set<string>();
  const own = content.files.find((f) => f.file === file);
  if (own?.locale === sourceLocale) sources.add(file);
  else
    for (const { translations } of pairings)
      for (const pair of translations) if (pair.translation.file === file && pair.source) sources.add(pair.source.file);
  const files = new Set([file, ...sources]);
  for (const { translations } of pairings)
    for (const pair of translations) if (pair.source && sources.has(pair.source.file)) files.add(pair.translation.file);
  return { content: next, files };
}
