import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Article } from './article.js';
import { parseArticle } from './parse-article.js';
import { outsideLinkReason, outsideRoot, realPathOf } from '../files/real-location.js';
import { isArticleName, withoutArticleExtension } from './article-format.js';

/** An article as stored in a JSON cache: the date as an ISO string, without its body. */
export type StoredArticle = Omit<Article, 'date' | 'body'> & { date?: string };

/** Parsed articles by file, with the file's size and modification time when it was parsed. */
export type ArticleCache = Record<string, { mtimeMs: number; size: number; article: StoredArticle }>;

/** Every readable article of a project, the problems found, and the cache for the next read. */
export interface ArticleSet {
  articles: Article[];
  diagnostics: Diagnostic[];
  cache: ArticleCache;
  /** The files listed (neither refused nor a second file of one slug), readable or not, each with its locale and slug. */
  files: ArticleFile[];
}

/** An article file that may be read alone again (see readArticleFile): where it is, and the locale and slug its path gives. */
export interface ArticleFile {
  file: string;
  locale: string;
  slug: string;
}

/** One article file read alone: the article (unless it cannot be parsed), the problems found, and its text. */
export interface ArticleRead {
  article?: Article;
  diagnostics: Diagnostic[];
  raw: string;
}

/**
 * The text an editor holds for files it has open, unsaved edits included, by path relative to the
 * root (`/`-separated): read in place of the disk's bytes (the language server's open documents).
 */
export type ArticleOverlay = ReadonlyMap<string, string>;

/** An article file found below a locale folder: its path there (`guides/setup.mdx`), and whether a link leads to it. */
interface ListedFile {
  rel: string;
  link: boolean;
}

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The `.md` and `.mdx` files below a folder, in nested folders too, sorted by path. Hidden
 * folders (`.git`, `.obsidian`) are skipped. A linked folder is entered once (a link back up
 * would loop); whether it may lead outside the project is vetted per file by the caller.
 */
function listArticleFiles(dir: string, rel = '', seen = new Set<string>()): ListedFile[] {
  const real = realPathOf(dir);
  if (real === undefined || seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const files: ListedFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = `${rel}${entry.name}`;
    const folder = entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isDirectory() === true);
    if (folder) files.push(...listArticleFiles(join(dir, entry.name), `${path}/`, seen).map((f) => (entry.isSymbolicLink() ? { ...f, link: true } : f)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) files.push({ rel: path, link: entry.isSymbolicLink() });
  }
  return files;
}

const store = ({ date, body: _body, ...rest }: Article): StoredArticle => ({ ...rest, ...(date && { date: date.toISOString() }) });

/** The body of a cached article, read again from its file when something first asks for it. */
function readBody(root: string, stored: StoredArticle): string {
  const raw = readFileSync(join(root, stored.file), 'utf8');
  const parsed = parseArticle(stored.file, raw.replace(/^\uFEFF/, ''), stored.locale, stored.slug);
  if (!parsed.article || parsed.article.hash !== stored.hash) throw new Error(`${stored.file} changed while it was being read; run the command again`);
  return parsed.article.body;
}

/**
 * A cached article as an Article. Its body is not in the cache (it would make the cache as big
 * as the content): it is read from the file on first access, which a rebuild does only for
 * the pages it renders again. A class, so that the thousands of cached articles of a rebuild
 * share one shape and one getter.
 */
class CachedArticle implements Article {
  readonly file: string;
  readonly locale: string;
  readonly slug: string;
  readonly title: string;
  readonly lang: string;
  readonly date?: Date;
  readonly author?: string;
  readonly description?: string;
  readonly source?: string;
  readonly sourceHash?: string;
  readonly bodyBytes: number;
  readonly rawHtml: boolean;
  readonly bodyLine: number;
  readonly hash: string;
  readonly #root: string;
  readonly #stored: StoredArticle;
  #body: string | undefined;

  constructor(root: string, stored: StoredArticle) {
    this.file = stored.file;
    this.locale = stored.locale;
    this.slug = stored.slug;
    this.title = stored.title;
    this.lang = stored.lang;
    this.date = stored.date === undefined ? undefined : new Date(stored.date);
    this.author = stored.author;
    this.description = stored.description;
    this.source = stored.source;
    this.sourceHash = stored.sourceHash;
    this.bodyBytes = stored.bodyBytes;
    this.rawHtml = stored.rawHtml;
    this.bodyLine = stored.bodyLine;
    this.hash = stored.hash;
    this.#root = root;
    this.#stored = stored;
  }

  get body(): string {
    return (this.#body ??= readBody(this.#root, this.#stored));
  }
}

/** A problem of an article file as a whole, at its first line, in its locale. */
const fileProblem = (file: string, locale: string, message: string): Diagnostic => ({
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  severity: 'error',
  ruleId: 'front-matter',
  source: 'content',
  message,
  locale,
});

/** An article file that cannot be read; a link's target is named as the bundle walk names it. */
const cannotRead = (file: string, locale: string, error: unknown, link = false): Diagnostic => {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return fileProblem(file, locale, link && (code === 'ENOENT' || code === 'ELOOP') ? `broken or looping symlink (${code}): nothing to read` : `cannot be read: ${code}`);
};

/**
 * One listed article file read again, from `overlay` when it holds the file (an editor's unsaved
 * text), else from the disk: what an edit of that one file changes, without listing the folders.
 */
export function readArticleFile(root: string, { file, locale, slug }: ArticleFile, overlay: ArticleOverlay = new Map()): ArticleRead {
  let raw = overlay.get(file);
  try {
    raw ??= readFileSync(join(root, file), 'utf8');
  } catch (error) {
    return { diagnostics: [cannotRead(file, locale, error)], raw: '' };
  }
  raw = raw.replace(/^\uFEFF/, '');
  const parsed = parseArticle(file, raw, locale, slug);
  return { ...(parsed.article && { article: parsed.article }), diagnostics: parsed.diagnostics, raw };
}

const isLink = (path: string): boolean => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;

/**
 * Reads the `.md` and `.mdx` files below `content/<locale>/` for the given locales (the folder names the
 * locale; the path below it, without the extension, is the slug). Two files of one slug
 * (`a.md` beside `a.mdx`) are an error on the second. A file
 * that cannot be read or parsed is a diagnostic, so one bad article never hides the others;
 * so is one reached through a link to a real path outside the project (unless `outsideLinks`
 * is `read`): it is never read, so never published.
 * A file whose size and modification time match `cache` is not read again: a rebuild after
 * one edit parses one article. Files with problems are never cached, so they are reported
 * on every read. A listed file that `overlay` holds is read from there, and never cached.
 */
export function readArticles(
  root: string,
  config: Pick<Config, 'contentDir' | 'outsideLinks'>,
  locales: readonly string[],
  cache: ArticleCache = {},
  overlay: ArticleOverlay = new Map(),
): ArticleSet {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const files: ArticleFile[] = [];
  const next: ArticleCache = {};
  const folder = config.contentDir.replace(/\\/g, '/').replace(/\/$/, '');
  const contentLinked = config.outsideLinks !== 'read' && isLink(join(root, config.contentDir));
  for (const locale of locales) {
    const dir = join(root, config.contentDir, locale);
    const dirLinked = contentLinked || (config.outsideLinks !== 'read' && isLink(dir));
    const slugs = new Map<string, string>();
    for (const { rel, link } of listArticleFiles(dir)) {
      const file = `${folder}/${locale}/${rel}`;
      const path = join(dir, ...rel.split('/'));
      const slug = withoutArticleExtension(rel);
      const twin = slugs.get(slug);
      if (twin !== undefined) {
        diagnostics.push(fileProblem(file, locale, `has the slug "${slug}" of ${twin}: keep one of the two files`));
        continue;
      }
      slugs.set(slug, file);
      const outside = dirLinked || (link && config.outsideLinks !== 'read') ? outsideRoot(root, path) : undefined;
      if (outside !== undefined) {
        diagnostics.push(fileProblem(file, locale, outsideLinkReason(outside)));
        continue;
      }
      let raw = overlay.get(file);
      let stat;
      try {
        stat = statSync(path);
        if (!stat.isFile()) continue;
        const known = cache[file];
        if (raw === undefined && known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.article.locale === locale && typeof known.article.rawHtml === 'boolean') {
          articles.push(new CachedArticle(root, known.article));
          files.push({ file, locale, slug });
          next[file] = known;
          continue;
        }
        raw ??= readFileSync(path, 'utf8');
      } catch (error) {
        // Listed all the same: it is reported on, and an edit that makes it readable is read again alone.
        files.push({ file, locale, slug });
        diagnostics.push(cannotRead(file, locale, error, link));
        continue;
      }
      files.push({ file, locale, slug });
      const parsed = parseArticle(file, raw.replace(/^\uFEFF/, ''), locale, slug);
      if (parsed.article) articles.push(parsed.article);
      if (parsed.article && parsed.diagnostics.length === 0 && !overlay.has(file))
        next[file] = { mtimeMs: stat.mtimeMs, size: stat.size, article: store(parsed.article) };
      diagnostics.push(...parsed.diagnostics);
    }
  }
  return { articles, diagnostics, cache: next, files };
}
