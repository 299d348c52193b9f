import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Set up before each test file: what the file, the code it calls and the CLIs it spawns put in
// the temp folder (projects, sandboxes, l10n-cache-<uid> of a build without node_modules) goes
// into a folder of the file's own, removed after its last test, so no run leaves anything behind.
const previous = process.env.TMPDIR;
const own = mkdtempSync(join(tmpdir(), 'l10n-test-file-'));
// Traversable by others (not listable): a test run as root runs some commands as nobody in a folder below.
chmodSync(own, 0o711);
process.env.TMPDIR = own;

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  rmSync(own, { recursive: true, force: true });
});
