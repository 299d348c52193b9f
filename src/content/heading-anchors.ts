import GithubSlugger from 'github-slugger';
import type { ArticleFormat } from './article-format.js';
import { markdownTree, plainText } from './markdown-tree.js';

/**
 * The anchors of an article's headings, in order, as documentation sites make them
 * (github-slugger, as rehype-slug, Astro and Starlight do: `## Install from the CLI` ->
 * `install-from-the-cli`, a repeat gets `-1`). A translation's anchors are its translated
 * headings', so `#install` in the source and `#instalar` in Spanish name the same heading.
 */
export function headingAnchors(body: string, format: ArticleFormat): string[] {
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  const visit = (node: Parameters<typeof plainText>[0]): void => {
    if (node.type === 'heading') anchors.push(slugger.slug(plainText(node)));
    else if ('children' in node) for (const child of node.children) visit(child as Parameters<typeof plainText>[0]);
  };
  visit(markdownTree(body, format));
  return anchors;
}
