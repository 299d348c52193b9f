import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';
import { makeSandbox, type Sandbox } from './sandbox.js';

/** `l10n check --watch` in a sandbox, with everything it printed so far. */
interface Watcher {
  child: ChildProcess;
  output: () => string;
}

function startWatch(box: Sandbox): Watcher {
  const child = spawn(process.execPath, [BIN, 'check', '--watch'], {
    cwd: box.root,
    env: { ...process.env, NO_COLOR: '1', CI: 'true', HOME: join(box.dir, 'home'), TMPDIR: join(box.dir, 'tmp') },
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

async function until(what: string, watcher: Watcher, predicate: (text: string) => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!predicate(watcher.output())) {
    if (watcher.child.exitCode !== null || Date.now() > deadline)
      throw new Error(
        `${what}: the watcher ${watcher.child.exitCode === null ? 'said nothing' : `exited ${watcher.child.exitCode}`}\n${watcher.output()}`,
      );
    await new Promise((done) => setTimeout(done, 20));
  }
}

function expectAlive(watcher: Watcher): void {
  expect(watcher.child.exitCode, watcher.output()).toBeNull();
  expect(watcher.output()).not.toMatch(/\n\s+at |internal error|unknown locale/);
}

describe('l10n check --watch when locale folders come and go', () => {
  let box: Sandbox | undefined;
  let watcher: Watcher | undefined;
  afterEach(() => {
    if (watcher?.child.exitCode === null) watcher.child.kill();
    if (box) rmSync(box.dir, { recursive: true, force: true });
    box = watcher = undefined;
  });

  it('with the locales listed in the config: a new folder fr is named as not checked, a renamed one too, and it keeps watching', async () => {
    box = makeSandbox();
    watcher = startWatch(box);
    await until('start', watcher, (text) => text.includes('watching locales/'));
    mkdirSync(join(box.root, 'locales/fr'));
    writeFileSync(join(box.root, 'locales/fr/ui.json'), '{\n  "site": { "name": "Le Chroniqueur" }\n}\n');
    await until('fr created', watcher, (text) =>
      text.includes('locales/fr/ui.json: "fr" is not one of the locales of the config (en, es-AR)'),
    );
    expectAlive(watcher);
    renameSync(join(box.root, 'locales/es-AR'), join(box.root, 'locales/es-XX'));
    await until('es-AR renamed', watcher, (text) => text.includes('"es-XX" is not one of the locales of the config'));
    expectAlive(watcher);
    const before = watcher.output().length;
    const source = join(box.root, 'locales/en/ui.json');
    writeFileSync(source, readFileSync(source, 'utf8').replace('"Home"', '""'));
    await until('a later save', watcher, (text) =>
      /\+ locales\/en\/ui\.json:8:5 +warning +the source value of "nav\.home" is empty/.test(text.slice(before)),
    );
    expectAlive(watcher);
  }, 90_000);

  it('with every folder a locale: a new folder fr and a renamed es-AR are checked from then on', async () => {
    box = makeSandbox();
    writeFileSync(
      join(box.root, 'l10n.config.json'),
      '{\n  "sourceLocale": "en",\n  "fallbacks": { "es-AR": ["es", "en"], "en": [] }\n}\n',
    );
    watcher = startWatch(box);
    await until('start', watcher, (text) => text.includes('watching locales/'));
    mkdirSync(join(box.root, 'locales/fr'));
    writeFileSync(join(box.root, 'locales/fr/ui.json'), '{\n  "site": { "name": "" }\n}\n');
    await until('fr created', watcher, (text) => /\+ locales\/fr\/ui\.json:2:\d+ +error +"site\.name" is empty/.test(text));
    expectAlive(watcher);
    cpSync(join(box.root, 'locales/es-AR'), join(box.root, 'locales/es-MX'), { recursive: true });
    rmSync(join(box.root, 'locales/es-AR'), { recursive: true });
    renameSync(join(box.root, 'locales/es-MX'), join(box.root, 'locales/es-UY'));
    await until(
      'es-AR renamed',
      watcher,
      (text) => /- fixed: locales\/es-AR\/ui\.json/.test(text) && /\+ locales\/es-UY\/ui\.json/.test(text),
    );
    expectAlive(watcher);
  }, 90_000);
});
