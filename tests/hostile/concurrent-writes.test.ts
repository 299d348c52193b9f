import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { WRITE_LOCK } from '../../src/files/write-lock.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { syncProject } from '../../src/sync/sync-project.js';
import { writeSync } from '../../src/sync/write-sync.js';
import { BIN } from '../support/run-cli.js';
import { expectSurvived, makeSandbox, runInSandbox, type Sandbox } from './sandbox.js';

const boxes: Sandbox[] = [];
const sandbox = (): Sandbox => {
  const box = makeSandbox();
  boxes.push(box);
  return box;
};
const TARGET = 'locales/es-AR/ui.json';

afterEach(() => {
  for (const box of boxes.splice(0)) rmSync(box.dir, { recursive: true, force: true });
});

/** Runs the CLI without waiting, so that two commands really overlap. */
function start(box: Sandbox, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: box.root,
      env: { ...process.env, NO_COLOR: '1', CI: 'true', HOME: join(box.dir, 'home'), TMPDIR: join(box.dir, 'tmp') },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ status, output }));
  });
}

describe('concurrent writers never lose an update', () => {
  it('the writer refuses a bundle changed since the command read it, and keeps the change', async () => {
    const box = sandbox();
    const data = JSON.parse(readFileSync(join(box.root, TARGET), 'utf8')) as { site: Record<string, string> };
    delete data.site.tagline;
    writeFileSync(join(box.root, TARGET), JSON.stringify(data, null, 2));
    const { config } = await loadConfig(box.root);
    const plan = syncProject(loadBundleProject(box.root, config));
    expect(plan.changes.map((change) => change.file)).toEqual([TARGET]);
    const edited = readFileSync(join(box.root, TARGET), 'utf8').replace('"Inicio"', '"Portada"');
    writeFileSync(join(box.root, TARGET), edited);
    expect(() => writeSync(box.root, plan.changes)).toThrow(
      `${TARGET} changed since this command read it (another l10n command or an editor?): nothing was written; run the command again`,
    );
    expect(readFileSync(join(box.root, TARGET), 'utf8')).toBe(edited);
    expect(existsSync(join(box.root, WRITE_LOCK))).toBe(false);
  });

  it('a write lock held by a running process refuses with exit 2; one left by a dead process is taken over', () => {
    const box = sandbox();
    const data = JSON.parse(readFileSync(join(box.root, TARGET), 'utf8')) as { site: Record<string, string> };
    delete data.site.tagline;
    writeFileSync(join(box.root, TARGET), JSON.stringify(data, null, 2));
    writeFileSync(join(box.root, WRITE_LOCK), String(process.pid));
    const held = runInSandbox(box, ['sync']);
    expectSurvived(held, 'sync under a held lock');
    expect(held.status).toBe(2);
    expect(held.stderr).toContain(`another l10n command (process ${process.pid}) is writing this project: nothing was written`);
    expect(held.changed).toEqual([]);
    // An empty lock is one being written: held, never taken over as a stale one.
    writeFileSync(join(box.root, WRITE_LOCK), '');
    const empty = runInSandbox(box, ['sync']);
    expect([empty.status, empty.changed]).toEqual([2, []]);
    expect(empty.stderr).toContain('another l10n command is writing this project: nothing was written');
    writeFileSync(join(box.root, WRITE_LOCK), '999999999');
    const taken = runInSandbox(box, ['sync']);
    expect(taken.status).toBe(0);
    expect(taken.changed).toEqual([`project/${WRITE_LOCK}`, `project/${TARGET}`]);
    expect(existsSync(join(box.root, WRITE_LOCK))).toBe(false);
  });

  it('two imports at once: both translations land, or one command refuses and says so', async () => {
    for (let round = 0; round < 6; round++) {
      const box = sandbox();
      const po = runInSandbox(box, ['export', '--locale', 'es-AR', '--format', 'po']).stdout;
      // Each file holds the header and one entry, so neither import sets the other's key back.
      const blocks = po.split('\n\n');
      const only = (context: string, words: string): string =>
        `${blocks[0]}\n\n${blocks.find((block) => block.includes(`msgctxt "${context}"`))?.replace(/msgstr ".*"$/, `msgstr "${words}"`)}\n`;
      writeFileSync(join(box.dir, 'a.po'), only('ui:site.tagline', 'Primera traducción'));
      writeFileSync(join(box.dir, 'b.po'), only('ui:nav.home', 'Segunda traducción'));
      const [a, b] = await Promise.all([
        start(box, ['import', '../a.po', '--locale', 'es-AR']),
        start(box, ['import', '../b.po', '--locale', 'es-AR']),
      ]);
      const text = readFileSync(join(box.root, TARGET), 'utf8');
      for (const [outcome, words] of [
        [a, 'Primera traducción'],
        [b, 'Segunda traducción'],
      ] as const) {
        expect(outcome.output).not.toMatch(/\n\s+at /);
        expect([0, 2]).toContain(outcome.status);
        if (outcome.status === 0)
          expect(text, `round ${round}: an import that said it was done lost "${words}"\n${a.output}\n${b.output}`).toContain(words);
        else expect(outcome.output).toMatch(/changed since this command read it|is writing this project/);
      }
      expect(existsSync(join(box.root, WRITE_LOCK))).toBe(false);
    }
  }, 120_000);
});
