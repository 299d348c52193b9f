import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';

describe('hostile source pages: ingest refuses them by name, exits 1 and writes nothing', () => {
  for (const item of casesOf('ingest')) {
    it(`${item.name}: ${item.description}`, () => {
      const outcome = runCase(item, 'ingest', caseSandbox(item, ''));
      expect(outcome.changed).toEqual([]);
    }, 240_000);
  }
});
