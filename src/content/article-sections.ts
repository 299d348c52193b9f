import type { Article } from './article.js';
import { articleFormat } from './article-format.js';
import { markdownOutline } from './markdown-outline.js';

/** A part of an article a translator works through: the title, the lead before the first heading, or a heading's section. */
export interface ArticleSection {
  /** `title`, `lead`, or the heading's text. */
  heading: string;
  /** 1-based line in the article file. */
  line: number;
  /** The section's markdown, trimmed. */
  text: string;
  /** Its top-level blocks (paragraphs, lists, code), each as markdown: the unit a change is shown in. */
  blocks: string[];
}

/**
 * Splits an article into sections at every heading, keeping each block's markdown as written,
 * so a later change can be shown as the old and the new text of the blocks that differ.
 */
export function articleSections(article: Pick<Article, 'file' | 'title' | 'body' | 'bodyLine'>): ArticleSection[] {
  const sections: ArticleSection[] = [{ heading: 'title', line: 2, text: article.title, blocks: [article.title] }];
  const body = article.body;
  let current: { heading: string; line: number; start: number; blocks: string[] } = { heading: 'lead', line: article.bodyLine, start: 0, blocks: [] };
  const close = (end: number): void => {
    const text = body.slice(current.start, end).trim();
    if (text !== '' || current.heading !== 'lead') sections.push({ heading: current.heading, line: current.line, text, blocks: current.blocks });
  };
  for (const { start, end, line, heading } of markdownOutline(body, articleFormat(article.file)).blocks) {
    if (heading !== undefined) {
      close(start);
      current = { heading, line: article.bodyLine + line - 1, start, blocks: [] };
    } else current.blocks.push(body.slice(start, end));
  }
  close(body.length);
  return sections;
}
