import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './random.mjs';
import { WORDS } from './vocabulary.mjs';

/**
 * Generated English articles for the build benchmark: content/en/<slug>.md with gray-matter front
 * matter (title, slug, lang, date) and markdown bodies of headings, paragraphs with emphasis and
 * links, lists, quotes and code, about the size of a news article.
 */

function sentence(random, min = 6, max = 16) {
  const words = [];
  for (let i = random.int(min, max); i > 0; i--) words.push(random.pick(WORDS));
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

function paragraph(random) {
  const sentences = [];
  for (let i = random.int(2, 5); i > 0; i--) {
    let s = sentence(random);
    if (random.chance(0.2)) s = s.replace(/ (\w+) /, ' **$1** ');
    if (random.chance(0.15)) s = s.replace(/ (\w+)$/, ` [$1](https://example.com/${random.pick(WORDS)})`);
    sentences.push(`${s}.`);
  }
  return sentences.join(' ');
}

function body(random) {
  const blocks = [paragraph(random), paragraph(random)];
  for (let section = random.int(1, 3); section > 0; section--) {
    blocks.push(`## ${sentence(random, 2, 5)}`, paragraph(random));
    const roll = random.next();
    if (roll < 0.3) blocks.push(Array.from({ length: random.int(2, 5) }, () => `- ${sentence(random, 3, 8)}`).join('\n'));
    else if (roll < 0.45) blocks.push(`> ${sentence(random)}.`);
    else if (roll < 0.55) blocks.push('```js\nconsole.log("' + random.pick(WORDS) + '");\n```');
    blocks.push(paragraph(random));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Writes `count` articles under `root`/content/en and returns their slugs. */
export function generateArticles({ count, seed = 1, root }) {
  const random = createRandom(seed);
  const dir = join(root, 'content', 'en');
  mkdirSync(dir, { recursive: true });
  const slugs = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const title = sentence(random, 3, 8);
    const slug = `${title.toLowerCase().split(' ').slice(0, 4).join('-')}-${i}`;
    const date = new Date(start + i * 3_600_000 * 7).toISOString().slice(0, 10);
    const front = `---\ntitle: ${JSON.stringify(title)}\nslug: ${slug}\nlang: en\ndate: ${date}\n---\n\n`;
    writeFileSync(join(dir, `${slug}.md`), front + body(random));
    slugs.push(slug);
  }
  return slugs;
}
