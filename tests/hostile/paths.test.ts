import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';

describe('hostile slugs and paths: nothing is written outside the output or project folders', () => {
  for (const item of casesOf('paths')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) {
        const box = caseSandbox(item, '');
        // runCase snapshots the whole sandbox (project, HOME, TMPDIR and the folder around them).
        runCase(item, command, box);
        expect(readdirSync(box.dir).sort(), command).toEqual(['es-AR.po', 'home', 'project', 'tmp']);
      }
      expect(existsSync('/tmp/escaped-absolute')).toBe(false);
    }, 240_000);
  }
});
