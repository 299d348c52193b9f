import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';

describe('ambiguous bundle layouts: every command exits 2 naming the files, and writes nothing', () => {
  for (const item of casesOf('layouts')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) {
        const outcome = runCase(item, command, caseSandbox(item, ''));
        expect(outcome.stdout, command).toBe('');
        expect(outcome.stderr.split('\n').filter(Boolean), command).toHaveLength(1);
      }
    }, 240_000);
  }
});
