import { createHash } from 'node:crypto';
import { z } from '../config/zod.js';
import { localeTag } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Article } from './article.js';
import { parseFrontMatter } from './front-matter.js';
import { ARTICLE_LIMIT_RULES } from './article-limit-rules.js';
import { markdownLimit, type MarkdownLimit } from './markdown-limits.js';
import { LineIndex } from '../text/line-index.js';
import { articleFormat, withoutArticleExtension } from './article-format.js';
import { mdxProblem } from './mdx-problem.js';
import { slugPathProblem } from './slug.js';

const text = z.string().check(z.trim(), z.minLength(1));
const frontMatterSchema = z.looseObject({
  title: text,
  slug: z.optional(z.string().check(z.regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, 'must be lower-case letters, digits and dashes, folders separated by /'))),
  lang: z.optional(localeTag),
  date: z.optional(z.union([z.date(), z.string().check(z.trim(), z.minLength(1))])),
  author: z.optional(text),
  description: z.optional(text),
  source: z.optional(text),
  sourceHash: z.optional(text),
});

/**
 * The most markdown one article may hold, as ingest allows for one page. Rendering costs about
 * 45 s and 770 MB of memory per MB, so a bigger file is refused instead of stalling the build.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Why a body cannot be rendered in reasonable time and memory (too big, or a shape the parser is slow on), or undefined. */
function bodyLimit(body: string): (MarkdownLimit & { ruleId: string }) | undefined {
  // UTF-8 is at most three bytes per UTF-16 unit: most bodies are known small without encoding them.
  const bytes = body.length * 3 <= MAX_ARTICLE_BYTES ? 0 : Buffer.byteLength(body);
  if (bytes > MAX_ARTICLE_BYTES) return { offset: 0, ruleId: ARTICLE_LIMIT_RULES.size, message: `the article is ${(bytes / 1024 / 1024).toFixed(1)} MB of markdown, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one page: split it` };
  const limit = markdownLimit(body);
  return limit && { ...limit, ruleId: ARTICLE_LIMIT_RULES.shape };
}

/** The outcome of reading one article: the article when it is usable, and what is wrong with it. */
export interface ParsedArticle {
  article?: Article;
  diagnostics: Diagnostic[];
}

function diagnostic(file: string, line: number, column: number, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { file, line, column, endLine: line, endColumn: column, severity, ruleId: 'front-matter', source: 'content', message };
}

/** The 1-based line of a top-level front matter field, so a bad value is reported where it is. */
function fieldLine(raw: string, field: string): number {
  const match = new RegExp(`^${field}\\s*:`, 'm').exec(raw);
  return match ? raw.slice(0, match.index).split('\n').length : 1;
}

// The year, month and day a date field is written with (YAML reads 2025-13-45 as 2026-02-14).
const WRITTEN_DAY = /^date\s*:\s*["']?(\d{4})-(\d{2})-(\d{2})/m;

/** The date of a front matter value, or undefined unless it is a real day as written (no 2025-02-30). */
function toDate(value: Date | string, raw: string): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const written = WRITTEN_DAY.exec(raw);
  if (written && (date.getUTCFullYear() !== Number(written[1]) || date.getUTCMonth() + 1 !== Number(written[2]) || date.getUTCDate() !== Number(written[3]))) return undefined;
  return date;
}

/**
 * Parses an article file (`content/<locale>/<slug>.md` or `.mdx`) into the article model. The
 * slug is the path below the locale folder (`guides/setup`; by default the file name). Problems
 * are diagnostics at their line; an article without a usable title or slug, or whose MDX does
 * not parse, is left out.
 */
export function parseArticle(file: string, raw: string, locale: string, slug?: string): ParsedArticle {
  const parsed = readFields(file, raw, locale, slug);
  // Each problem is the locale's: the summary counts it there, and --locale keeps or leaves it with the locale.
  for (const d of parsed.diagnostics) d.locale = locale;
  return parsed;
}

function readFields(file: string, raw: string, locale: string, slug: string | undefined): ParsedArticle {
  const name = slug ?? withoutArticleExtension(file.slice(file.lastIndexOf('/') + 1));
  const split = parseFrontMatter(raw);
  if (!split.ok) return { diagnostics: [diagnostic(file, split.line, split.column, 'error', split.message)] };
  const limit = bodyLimit(split.body);
  if (limit) {
    const at = new LineIndex(split.body).position(limit.offset);
    return { diagnostics: [{ ...diagnostic(file, split.bodyLine + at.line - 1, at.column, 'error', limit.message), ruleId: limit.ruleId }] };
  }
  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        const message = split.data[field] === undefined ? `front matter field "${field}" is required` : `front matter field "${field}" ${issue.message}`;
        return diagnostic(file, fieldLine(raw, field), 1, 'error', message);
      }),
    };
  }
  const data = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const problem = slugPathProblem(name);
  if (problem) return { diagnostics: [diagnostic(file, 1, 1, 'error', `path "${name}" is not a usable slug: ${problem}`)] };
  if (data.slug !== undefined && data.slug !== name) {
    diagnostics.push(diagnostic(file, fieldLine(raw, 'slug'), 1, 'error', `slug "${data.slug}" differs from the file's path "${name}": the path below the locale folder is the slug`));
    return { diagnostics };
  }
  const broken = articleFormat(file) === 'mdx' ? mdxProblem(split.body, split.bodyLine) : undefined;
  if (broken) return { diagnostics: [{ ...diagnostic(file, broken.line, broken.column, 'error', broken.message), ruleId: 'mdx-syntax' }] };
  const date = data.date === undefined ? undefined : toDate(data.date, raw.slice(0, raw.length - split.body.length));
  if (data.date !== undefined && !date) diagnostics.push(diagnostic(file, fieldLine(raw, 'date'), 1, 'warning', `front matter field "date" is not a day of the calendar (use YYYY-MM-DD): the article is published without a date`));
  const article: Article = {
    file,
    locale,
    slug: name,
    title: data.title,
    lang: data.lang ?? locale,
    body: split.body,
    bodyBytes: Buffer.byteLength(split.body),
    rawHtml: split.body.includes('<'),
    bodyLine: split.bodyLine,
    hash: createHash('sha256').update(raw).digest('hex'),
    ...(date && { date }),
    ...(data.author !== undefined && { author: data.author }),
    ...(data.description !== undefined && { description: data.description }),
    ...(data.source !== undefined && { source: data.source }),
    ...(data.sourceHash !== undefined && { sourceHash: data.sourceHash }),
  };
  return { article, diagnostics };
}
