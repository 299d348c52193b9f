import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPages } from '../../src/ingest/load-ingest.js';
import { runCli } from '../support/run-cli.js';
import { CONFIG, FIXTURES, shippedProject } from './ingest-project.js';

interface Guess {
  text: string;
  lang: string;
  confidence: number;
}

const guesses = (segments: readonly Guess[]): Guess[] => segments.map(({ text, lang, confidence }) => ({ text, lang, confidence }));

// The bin embeds eld's n-grams of en and es only (rolldown.config.mjs); the library imports eld's
// whole medium table. Every score, hence every language and confidence, must be the same.
describe('the bundled CLI identifies languages exactly as the library does', () => {
  it('gives every segment of the source page and of the labelled set the same language and confidence', async () => {
    const root = shippedProject();
    const labelled = readFileSync(join(FIXTURES, 'langid/segments.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((row) => row.split('\t')[1]);
    const page = 'content/sources/mixed.txt';
    writeFileSync(join(root, page), `${readFileSync(join(root, 'content/sources/source-page.txt'), 'utf8')}\n${labelled.join('\n')}\n`);
    const cli = runCli(['ingest', '--dry-run', '--format', 'json', '--root', root, page], root);
    expect(cli.status).toBe(0);
    const library = await ingestPages(root, CONFIG, [page], { dryRun: true });
    const fromCli = guesses((JSON.parse(cli.stdout) as { segments: Guess[] }).segments);
    expect(fromCli.length).toBeGreaterThan(labelled.length);
    expect(fromCli).toEqual(guesses(library.reports[0]!.segments));
  });
});
