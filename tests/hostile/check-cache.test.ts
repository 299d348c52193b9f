import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSurvived, makeSandbox, runInSandbox, type Sandbox } from './sandbox.js';

const CACHE = 'check-cache.json';
const args = ['check', '--format', 'json', '--cache', '--cache-location', CACHE];

/** A cache whose JSON is cut short, one of another tool, and one that plants a finding under another version. */
const SPOILED: [string, (text: string) => string, string][] = [
  ['cut short', (text) => text.slice(0, text.length >> 1), 'it is not JSON (a damaged file?)'],
  ['of another tool', () => '{"version": "9.9.9", "results": []}', 'it is not an l10n check cache'],
  [
    'of another version, with a planted finding',
    (text) =>
      text
        .replace(/"version":"[^"]*"/, '"version":"0.0.0-other"')
        .replace(
          /"diagnostics":\[\]/,
          '"diagnostics":[{"file":"x","line":1,"column":1,"endLine":1,"endColumn":1,"severity":"error","ruleId":"planted","source":"check","message":"planted"}]',
        ),
    'l10n 0.0.0-other wrote it, this is 0.1.0',
  ],
];

describe('check --cache with a cache it must not trust', () => {
  let box: Sandbox | undefined;
  afterEach(() => {
    if (box) rmSync(box.dir, { recursive: true, force: true });
  });

  for (const [name, spoil, note] of SPOILED) {
    it(`ignores a cache ${name} with a note, reports as without it, and writes a good one`, () => {
      box = makeSandbox();
      const cold = runInSandbox(box, ['check', '--format', 'json']);
      expect(runInSandbox(box, args).stdout).toBe(cold.stdout);
      const path = join(box.root, CACHE);
      writeFileSync(path, spoil(readFileSync(path, 'utf8')));
      const outcome = runInSandbox(box, args);
      expectSurvived(outcome, `check --cache, cache ${name}`);
      expect(outcome.stderr).toContain(`l10n: ignoring the check cache ${path}: ${note}; checking every file`);
      expect(outcome.stdout).toBe(cold.stdout);
      expect(outcome.status).toBe(cold.status);
      expect(outcome.changed).toEqual([`project/${CACHE}`]);
      const again = runInSandbox(box, args);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(cold.stdout);
    }, 120_000);
  }
});
