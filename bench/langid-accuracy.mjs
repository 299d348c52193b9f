#!/usr/bin/env node
// Language-ID accuracy of ingest's identifier against plain eld, per segment length, on the
// labelled set in tests/fixtures/ingest/langid/segments.tsv. Also prints how long each eld data
// size takes to load. A script, not a test: run `npm run compile && node bench/langid-accuracy.mjs`.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const { identifyLanguage } = await import(new URL('../lib/ingest/identify-language.js', import.meta.url).href);
const rows = readFileSync(new URL('../tests/fixtures/ingest/langid/segments.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.includes('\t'))
  .map((line) => {
    const [lang, text] = line.split('\t');
    return { lang, text };
  });

const bucketOf = (text) => {
  const words = text.trim().split(/\s+/).length;
  return words <= 3 ? '1-3 words' : words <= 10 ? '4-10 words' : '11+ words';
};
const buckets = ['1-3 words', '4-10 words', '11+ words', 'all'];

async function loadEld(size) {
  const started = performance.now();
  const { eld } = await import(`eld/${size}`);
  const loadMs = performance.now() - started;
  return { eld, loadMs };
}

function score(name, guess) {
  const hits = Object.fromEntries(buckets.map((bucket) => [bucket, [0, 0]]));
  for (const { lang, text } of rows) {
    const ok = guess(text) === lang ? 1 : 0;
    for (const bucket of [bucketOf(text), 'all']) {
      hits[bucket][0] += ok;
      hits[bucket][1] += 1;
    }
  }
  const cells = buckets.map(
    (bucket) => `${((100 * hits[bucket][0]) / hits[bucket][1]).toFixed(1).padStart(5)}% (${hits[bucket][0]}/${hits[bucket][1]})`,
  );
  console.log(`${name.padEnd(34)} ${cells.map((cell) => cell.padEnd(18)).join(' ')}`);
}

console.log(`${rows.length} labelled segments`);
console.log(`${'identifier'.padEnd(34)} ${buckets.map((bucket) => bucket.padEnd(18)).join(' ')}`);
for (const size of ['medium', 'large']) {
  const { eld, loadMs } = await loadEld(size);
  const plain = eld.newInstance();
  score(`eld ${size}, all languages`, (text) => plain.detect(text).language);
  eld.setLanguageSubset(['en', 'es']);
  score(`eld ${size}, subset en/es`, (text) => eld.detect(text).language);
  const scores = (text) => eld.detect(text).getScores();
  score(`ingest (eld ${size} + cues)`, (text) => identifyLanguage(text, scores).lang);
  console.log(`  eld ${size} data loaded in ${loadMs.toFixed(0)} ms`);
}
