import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config/schema.js';
import { readContentLock } from '../../content/read-content-lock.js';
import { readArticles, type ArticleFile, type ArticleOverlay } from '../../content/read-articles.js';
import { loadTranslationHistory } from '../../content/load-translation-history.js';
import { atFileStart, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ContentProject } from './run-content-check.js';

/** A content project as read, with the article files that may be read alone again after an edit. */
export type LoadedContent = ContentProject & { files: ArticleFile[] };

/**
 * Reads the articles of every locale, their raw text (for front matter lines), the content
 * lockfile, and the content folder's git history when some translation has no sourceHash (the
 * only case history decides; one `git log` for the whole folder). An article file `overlay`
 * holds (an editor's unsaved text) is read from there.
 */
export function loadContentProject(
  root: string,
  config: Config,
  locales: readonly string[],
  overlay: ArticleOverlay = new Map(),
): LoadedContent {
  const { articles, diagnostics, files } = readArticles(root, config, locales, {}, overlay);
  const raw = new Map<string, string>();
  for (const article of articles) {
    try {
      raw.set(article.file, (overlay.get(article.file) ?? readFileSync(join(root, article.file), 'utf8')).replace(/^\uFEFF/, ''));
    } catch {
      raw.set(article.file, '');
    }
  }
  const loaded = readContentLock(root, config);
  const readDiagnostics: Diagnostic[] = [...diagnostics];
  if (loaded.error)
    readDiagnostics.push(
      atFileStart(loaded.file, {
        severity: 'warning',
        ruleId: 'article-stale',
        source: 'check',
        message: `the content lockfile cannot be used (${loaded.error}); staleness is shown without the old text`,
      }),
    );
  const { history } = loadTranslationHistory(root, config, articles);
  return {
    config,
    locales,
    articles,
    raw,
    lock: loaded.lock,
    lockFile: loaded.file,
    readDiagnostics,
    files,
    ...(history && { history }),
  };
}
