import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';
import { expectSurvived, makeSandbox, runInSandbox } from './sandbox.js';

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

it('a TypeScript config loads in a project the user cannot write to', () => {
  const box = makeSandbox();
  try {
    const json = readFileSync(join(box.root, 'l10n.config.json'), 'utf8');
    writeFileSync(
      join(box.root, 'l10n.config.ts'),
      `import type { ConfigInput } from 'l10n';\n\nconst config: ConfigInput = ${json.trim()};\nexport default config;\n`,
    );
    chmodSync(box.root, 0o555);
    // Root writes anywhere: the command then runs as nobody, for whom the folder is read-only.
    const outcome = runInSandbox(box, ['status'], process.getuid?.() === 0 ? { asUser: 65534 } : {});
    expectSurvived(outcome, 'l10n status in a read-only project');
    expect(outcome.stderr).toBe('');
    expect(outcome.status).toBe(0);
    expect(outcome.changed.filter((path) => path.startsWith('project/'))).toEqual([]);
  } finally {
    chmodSync(box.root, 0o755);
    rmSync(box.dir, { recursive: true, force: true });
  }
}, 60_000);
