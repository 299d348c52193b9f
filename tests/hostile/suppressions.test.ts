import { rmSync } from 'node:fs';
import { describe, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';

describe('hostile suppressions files: check exits 2 at the line and column of the problem and writes nothing', () => {
  for (const item of casesOf('suppressions')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) {
        const box = caseSandbox(item, '');
        try {
          runCase(item, command, box);
        } finally {
          rmSync(box.dir, { recursive: true, force: true });
        }
      }
    }, 120_000);
  }
});
