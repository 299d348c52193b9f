import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesOf } from './corpus.js';

describe('docs/hostile-input.md', () => {
  it('has a row for every case of the corpus', () => {
    const table = readFileSync(new URL('../../docs/hostile-input.md', import.meta.url), 'utf8');
    const rows = new Set([...table.matchAll(/^\| (\w+) \| ([\w-]+) \|/gm)].map((m) => `${m[1]}/${m[2]}`));
    for (const kind of [
      'bundles',
      'articles',
      'paths',
      'config',
      'ingest',
      'names',
      'terminal',
      'exchange',
      'links',
      'suppressions',
      'layouts',
    ]) {
      for (const item of casesOf(kind)) expect(rows, `${kind}/${item.name}`).toContain(`${kind}/${item.name}`);
    }
  });
});
