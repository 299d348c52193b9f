// Which tags a translation may write more or fewer times than its source, for markup-mismatch.
import { htmlElementName, isVoidElement } from '../bundles/message-parts.js';

/**
 * HTML's elements that make a block of their own (a paragraph, a list item, a heading, a row):
 * one more or one less changes the layout. react-i18next's Trans also matches the n-th `<p>` of a
 * translation to the n-th `<p>` child, so their number matters there too.
 */
const BLOCKS = new Set(
  (
    'address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

const count = (list: readonly string[], tag: string): number => {
  let n = 0;
  for (const x of list) if (x === tag) n++;
  return n;
};

/**
 * Whether every use of a tag name wraps words in the one element the name stands for: a Trans
 * index (`<1>` is the component's child 1, cloned for each use), a Trans `components` name
 * (`<bold>`, `<Link>`: a name not written as HTML's, lowercase or uppercase, is a component's) or
 * an HTML element that only marks words (`<em>`, `<strong>`), written without attributes. A void
 * element (`<br/>`: a line break each), a block (`<p>`, `<li>`) or a tag with attributes (two
 * `<a href>` may lead to two places) is an element of its own each time.
 */
const wrapsOnly = (name: string, attributed: readonly string[]): boolean =>
  /^\d+$/.test(name) || (!isVoidElement(name) && !BLOCKS.has(htmlElementName(name) ?? '') && !attributed.includes(name));

const nameOf = (tag: string): string => tag.replace(/[</>]/g, '');

/**
 * Both tag lists with each tag that only wraps words (see wrapsOnly) written once, where both
 * sides use it and close every use: a translation may wrap one more piece of text with it where
 * its word order splits the source's phrase (ar "<1>تبقّت </1><0>3</0><1> صفحات</1>" for
 * "<0>3</0><1> pages left</1>", fr "<em>NE</em> seront <em>PAS</em>" for "will <em>NOT</em> be"),
 * or one less where it joins two. An unclosed use, or a tag one side lacks, is left as counted.
 */
export function withWrapsOnce(
  ours: readonly string[],
  theirs: readonly string[],
  attributed: readonly string[],
): { ours: readonly string[]; theirs: readonly string[] } {
  const once = new Set<string>();
  for (const tag of new Set(ours)) {
    const name = nameOf(tag);
    if (!wrapsOnly(name, attributed) || count(theirs, tag) === 0) continue;
    if (tag.endsWith('/>')) once.add(tag);
    else if (!tag.startsWith('</')) {
      const [open, close] = [tag, `</${name}>`];
      if (count(ours, open) === count(ours, close) && count(theirs, open) === count(theirs, close)) once.add(open).add(close);
    }
  }
  if (once.size === 0) return { ours, theirs };
  const dedupe = (list: readonly string[]): string[] => list.filter((tag, i) => !once.has(tag) || list.indexOf(tag) === i);
  return { ours: dedupe(ours), theirs: dedupe(theirs) };
}
