import type { ArticleFormat } from './article-format.js';
import { markdownOutline } from './markdown-outline.js';

/**
 * The anchors of an article's headings, in order, as documentation sites make them
 * (github-slugger, as rehype-slug, Astro and Starlight do: `## Install from the CLI` ->
 * `install-from-the-cli`, a repeat gets `-1`). A translation's anchors are its translated
 * headings', so `#install` in the source and `#instalar` in Spanish name the same heading.
 */
export function headingAnchors(body: string, format: ArticleFormat): string[] {
  return markdownOutline(body, format).anchors;
}
