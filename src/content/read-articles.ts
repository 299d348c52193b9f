import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Article } from './article.js';
import { parseArticle } from './parse-article.js';

/** Every readable article of a project and the problems found while reading them. */
export interface ArticleSet {
  articles: Article[];
  diagnostics: Diagnostic[];
}

function listMarkdown(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Reads `content/<locale>/*.md` for the given locales (the folder names the locale). A file
 * that cannot be read or parsed is a diagnostic, so one bad article never hides the others.
 */
export function readArticles(root: string, config: Pick<Config, 'contentDir'>, locales: readonly string[]): ArticleSet {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const locale of locales) {
    for (const name of listMarkdown(join(root, config.contentDir, locale))) {
      const file = `${config.contentDir.replace(/\\/g, '/').replace(/\/$/, '')}/${locale}/${name}`;
      let raw: string;
      try {
        raw = readFileSync(join(root, file), 'utf8');
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'front-matter', message: `cannot be read: ${reason}` });
        continue;
      }
      const parsed = parseArticle(file, raw.replace(/^\uFEFF/, ''), locale);
      if (parsed.article) articles.push(parsed.article);
      diagnostics.push(...parsed.diagnostics);
    }
  }
  return { articles, diagnostics };
}
