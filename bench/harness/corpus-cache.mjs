import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from '../corpus/articles.mjs';
import { generateBacklog } from '../generate-backlog.mjs';
import { generateProject } from '../generate-project.mjs';

/**
 * Generated corpora are cached in bench/.corpus (git-ignored) and regenerated only when the seed
 * or the generator's own source changes, so the ~70 MiB large corpus is written once.
 */

const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
/** Where corpora are cached. */
export const CORPUS_DIR = join(benchDir, '.corpus');

// Bumped when what the cache holds changes (not only the generator).
const CACHE_LAYOUT = 2;

function generatorHash(seed, extra) {
  const hash = createHash('sha256').update(`${CACHE_LAYOUT}:${seed}:${extra}`);
  for (const file of ['generate-project.mjs', 'generate-backlog.mjs', ...readdirSync(join(benchDir, 'corpus')).map((f) => `corpus/${f}`)]) {
    hash.update(readFileSync(join(benchDir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function cached(dir, stamp, create) {
  const stampFile = join(dir, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  create();
  writeFileSync(stampFile, stamp);
  return true;
}

/** The corpus of a size (generating it if needed): its root, recorded defects and totals. */
export function corpus(size, seed) {
  const root = join(CORPUS_DIR, size);
  const fresh = cached(root, generatorHash(seed, size), () => {
    const { files, messages, bytes } = generateProject({ size, seed, outDir: root });
    writeFileSync(join(root, 'stats.json'), JSON.stringify({ files, messages, bytes }));
  });
  if (fresh) process.stderr.write(`bench: generated the ${size} corpus in ${root}\n`);
  const read = (name) => JSON.parse(readFileSync(join(root, name), 'utf8'));
  return { root, defects: read('defects.json'), stats: read('stats.json') };
}

/**
 * The small corpus as a new user has it: its JSON config replaced by the l10n.config.ts that
 * `l10n init` writes (TypeScript, `import { defineConfig } from 'l10n'`), copied fresh each time.
 */
export function smallWithInitConfig(seed, bin) {
  const root = join(CORPUS_DIR, 'small-init');
  rmSync(root, { recursive: true, force: true });
  cpSync(corpus('small', seed).root, root, { recursive: true });
  rmSync(join(root, 'l10n.config.json'));
  const init = spawnSync(process.execPath, [bin, 'init', '--yes', '--root', root], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`bench: l10n init failed in ${root}: ${init.stderr}`);
  return root;
}

/** The backlog project of a size (bench/generate-backlog.mjs), generated if needed: its root and totals. */
export function backlogCorpus(size, seed) {
  const root = join(CORPUS_DIR, `backlog-${size}`);
  const fresh = cached(root, generatorHash(seed, `backlog:${size}`), () => {
    const { files, messages, bytes } = generateBacklog({ size, seed, outDir: root });
    writeFileSync(join(root, 'stats.json'), JSON.stringify({ files, messages, bytes }));
  });
  if (fresh) process.stderr.write(`bench: generated the ${size} backlog in ${root}\n`);
  return { root, stats: JSON.parse(readFileSync(join(root, 'stats.json'), 'utf8')) };
}

/**
 * The build site: 2,000 generated articles plus the repository's shipped bundles and config
 * (copied fresh each time, so the site matches the templates being measured).
 */
export function site(seed, repoRoot, count = 2000) {
  const root = join(CORPUS_DIR, 'site');
  cached(root, generatorHash(seed, `site:${count}`), () => generateArticles({ count, seed, root }));
  rmSync(join(root, 'locales'), { recursive: true, force: true });
  cpSync(join(repoRoot, 'locales'), join(root, 'locales'), { recursive: true });
  cpSync(join(repoRoot, 'l10n.config.ts'), join(root, 'l10n.config.ts'));
  return root;
}

/**
 * The site for the sharded-build rows: `articles` English articles and their es-AR translations
 * (bench/generate-site.mjs), two locales, so 10,000 articles make 20,000 article pages.
 */
export async function shardSite(seed, articles) {
  const { generateSite } = await import('../generate-site.mjs');
  const root = join(CORPUS_DIR, `site-${articles}`);
  const own = createHash('sha256')
    .update(readFileSync(join(benchDir, 'generate-site.mjs')))
    .digest('hex');
  const stamp = generatorHash(seed, `shard-site:${articles}:${own}`);
  const stampFile = join(root, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  await generateSite({ root, articles, seed });
  writeFileSync(stampFile, stamp);
  return root;
}
