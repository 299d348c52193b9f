import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/files/make-folder.js';

const segment = fc.stringMatching(/^[a-z0-9._-]{1,8}$/).filter((s) => s !== '.' && s !== '..');

describe('makeFolder', () => {
  it('makes every missing level of a path, and is a no-op for a folder that exists (property)', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const root = mkdtempSync(join(tmpdir(), 'l10n-folder-'));
        const path = join(root, ...segments);
        makeFolder(path);
        expect(statSync(path).isDirectory()).toBe(true);
        makeFolder(path);
        expect(statSync(path).isDirectory()).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('throws where a level cannot be made, a file being in the way (links to nothing: see the CLI test, run in a child process)', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-folder-'));
    writeFileSync(join(root, 'file'), 'x');
    expect(() => makeFolder(join(root, 'file', 'out'))).toThrow(/EEXIST|ENOTDIR/);
  });
});
