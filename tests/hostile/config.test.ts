import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';

describe('hostile configs: every command exits 2 with a readable message and writes nothing', () => {
  for (const item of casesOf('config')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) {
        const outcome = runCase(item, command, caseSandbox(item, ''));
        expect(outcome.stdout, command).toBe('');
        expect(outcome.stderr, command).toContain('(see README, "Configuration")');
      }
    }, 240_000);
  }
});
