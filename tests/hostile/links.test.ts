import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase, type HostileCase } from './corpus.js';
import { expectSurvived, makeSandbox, runInSandbox, type Sandbox } from './sandbox.js';

const ROOT = process.getuid?.() === 0;
const boxes: Sandbox[] = [];
let po = '';
const sandbox = (...overlays: string[]): Sandbox => {
  const box = makeSandbox(...overlays);
  boxes.push(box);
  return box;
};
const caseBox = (item: HostileCase): Sandbox => {
  const box = caseSandbox(item, po);
  boxes.push(box);
  return box;
};
const linkCase = (name: string): HostileCase => casesOf('links').find((item) => item.name === name) as HostileCase;
const config = (box: Sandbox, extra: Record<string, unknown>): void => {
  const path = join(box.root, 'l10n.config.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), ...extra }));
};

beforeAll(() => {
  const box = sandbox();
  po = runInSandbox(box, ['export', '--locale', 'es-AR', '--format', 'po']).stdout;
  expect(po).toContain('msgctxt "ui:site.tagline"');
});

afterEach(() => {
  for (const box of boxes.splice(0)) rmSync(box.dir, { recursive: true, force: true });
});

describe('links out of the project: never read, never written through', () => {
  for (const item of casesOf('links')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) runCase(item, command, caseBox(item));
    }, 240_000);
  }

  it('sync --prune through a source linked to a package.json outside leaves that file as it was', () => {
    const box = caseBox(linkCase('source-linked-out'));
    const before = readFileSync(join(box.dir, 'home/package.json'), 'utf8');
    const outcome = runInSandbox(box, ['sync', '--prune']);
    expectSurvived(outcome, 'sync --prune');
    expect(outcome.status).toBe(1);
    expect(outcome.changed).toEqual([]);
    expect(readFileSync(join(box.dir, 'home/package.json'), 'utf8')).toBe(before);
  });

  it('with outsideLinks: "read" a linked bundle is read, but sync still refuses to write through the link', () => {
    const box = sandbox();
    config(box, { outsideLinks: 'read' });
    writeFileSync(join(box.dir, 'home/registry.json'), '{ "title": "Registro" }\n');
    writeFileSync(join(box.root, 'locales/en/registry.json'), '{ "title": "Registry", "scripts": { "postinstall": "touch pwned" } }\n');
    symlinkSync('../../../home/registry.json', join(box.root, 'locales/es-AR/registry.json'));
    const check = runInSandbox(box, ['check']);
    expect(check.stdout).toMatch(/^locales\/es-AR\/registry\.json:1:1 +error +missing key "scripts\.postinstall"/m);
    const sync = runInSandbox(box, ['sync']);
    expectSurvived(sync, 'sync');
    expect(sync.status).toBe(2);
    expect(sync.stderr).toMatch(
      /refusing to write locales\/es-AR\/registry\.json: it is a link to .*home\/registry\.json, outside the project/,
    );
    expect(sync.changed).toEqual([]);
    expect(lstatSync(join(box.root, 'locales/es-AR/registry.json')).isSymbolicLink()).toBe(true);
  });

  it('refuses to write below a locale folder that links out of the project', () => {
    const box = sandbox();
    config(box, { outsideLinks: 'read' });
    mkdirSync(join(box.dir, 'home/fr'));
    writeFileSync(join(box.dir, 'home/fr/ui.json'), '{}\n');
    symlinkSync('../../home/fr', join(box.root, 'locales/fr'));
    config(box, { locales: ['en', 'es-AR', 'fr'] });
    const sync = runInSandbox(box, ['sync', '--locale', 'fr']);
    expect(sync.status).toBe(2);
    expect(sync.stderr).toMatch(/refusing to write locales\/fr\/ui\.json: it is a link to .*home\/fr\/ui\.json, outside the project/);
    expect(sync.changed).toEqual([]);
  });

  it('writes through a link that stays inside the project, and the link stays a link', () => {
    const box = caseBox(linkCase('linked-inside'));
    const shared = join(box.root, 'shared/ui.es-AR.json');
    const data = JSON.parse(readFileSync(shared, 'utf8')) as { site: Record<string, string> };
    delete data.site.tagline;
    writeFileSync(shared, JSON.stringify(data, null, 2));
    const sync = runInSandbox(box, ['sync']);
    expect(sync.status).toBe(0);
    expect(sync.changed).toEqual(['project/shared/ui.es-AR.json']);
    expect(lstatSync(join(box.root, 'locales/es-AR/ui.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(shared, 'utf8')).site.tagline).toBeTypeOf('string');
  });
});

describe('--output never replaces an input or a special file', () => {
  it('refuses a bundle, an article, the config, a FIFO and a device, and names why', () => {
    const box = sandbox();
    // Outside the sandbox: its snapshot reads every file, and reading a FIFO waits for a writer.
    const fifoDir = mkdtempSync(join(tmpdir(), 'l10n-fifo-'));
    const fifo = join(fifoDir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const refused: [string[], RegExp][] = [
      [
        ['check', '--output', 'locales/en/ui.json'],
        /--output locales\/en\/ui\.json is inside the project's locales\/ or content\/, whose files are inputs/,
      ],
      [['status', '--output', 'content/en/drone-factories.md'], /is inside the project's locales\/ or content\//],
      [['status', '--output', 'l10n.config.json'], /--output l10n\.config\.json is the project's config file/],
      [['export', '--locale', 'es-AR', '--output', fifo], /--output .*report\.fifo is not a regular file/],
      [['check', '--output', '/dev/full'], /--output \/dev\/full is not a regular file/],
    ];
    for (const [args, message] of refused) {
      const outcome = runInSandbox(box, args);
      expectSurvived(outcome, args.join(' '));
      expect(outcome.status, args.join(' ')).toBe(2);
      expect(outcome.stderr, args.join(' ')).toMatch(message);
      expect(outcome.changed, args.join(' ')).toEqual([]);
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
    rmSync(fifoDir, { recursive: true, force: true });
  });

  it('makes missing folders only inside the project', () => {
    const box = sandbox();
    const far = join(box.dir, 'nowhere/x/y.txt');
    const outside = runInSandbox(box, ['check', '--output', far]);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain(`the folder ${join(box.dir, 'nowhere/x')} does not exist`);
    expect(existsSync(join(box.dir, 'nowhere'))).toBe(false);
    const inside = runInSandbox(box, ['check', '--output', 'reports/check.txt']);
    expect(inside.status).toBe(0);
    expect(inside.changed).toEqual(['project/reports', 'project/reports/check.txt']);
  });
});

describe('build deletes only what it wrote, and stages inside its output', () => {
  const build = (box: Sandbox, args: string[] = [], asUser?: number): ReturnType<typeof runInSandbox> => {
    const outcome = runInSandbox(box, ['build', '--quiet', ...args], asUser === undefined ? {} : { asUser });
    expectSurvived(outcome, `build ${args.join(' ')}`);
    return outcome;
  };

  it('keeps CNAME and .git/ of a published output when no build cache exists, and removes its own stale pages', () => {
    const box = sandbox();
    expect(build(box).status).toBe(0);
    mkdirSync(join(box.root, 'dist/.git'));
    writeFileSync(join(box.root, 'dist/.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    writeFileSync(join(box.root, 'dist/CNAME'), 'news.example.com\n');
    rmSync(join(box.dir, 'tmp'), { recursive: true });
    mkdirSync(join(box.dir, 'tmp'));
    rmSync(join(box.root, 'content/en/drone-factories.md'));
    expect(build(box).status).toBe(0);
    expect(readFileSync(join(box.root, 'dist/.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
    expect(readFileSync(join(box.root, 'dist/CNAME'), 'utf8')).toBe('news.example.com\n');
    expect(existsSync(join(box.root, 'dist/en/drone-factories/index.html'))).toBe(false);
    expect(existsSync(join(box.root, 'dist/en/grain-corridor/index.html'))).toBe(true);
  });

  it('removes the staging folders of a killed build, inside the output and beside it, and keeps a running one', () => {
    const box = sandbox();
    expect(build(box).status).toBe(0);
    for (const folder of [
      'dist/.l10n-staging-999999999-1',
      'dist.tmp-999999999-1',
      'dist.old-999999999-1',
      `dist/.l10n-staging-${process.pid}-1`,
    ]) {
      mkdirSync(join(box.root, folder));
      writeFileSync(join(box.root, folder, '0'), 'half a page');
    }
    expect(build(box, ['--force']).status).toBe(0);
    expect(readdirSync(box.root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    expect(readdirSync(join(box.root, 'dist')).filter((name) => name.startsWith('.'))).toEqual([`.l10n-staging-${process.pid}-1`]);
  });

  it('builds into an existing output whose parent folder is read-only', () => {
    const box = sandbox();
    mkdirSync(join(box.root, 'site/out'), { recursive: true });
    chmodSync(join(box.root, 'site'), 0o555);
    const outcome = build(box, ['--out', 'site/out'], ROOT ? 65534 : undefined);
    chmodSync(join(box.root, 'site'), 0o755);
    expect(outcome.status, outcome.stderr).toBe(0);
    expect(readdirSync(join(box.root, 'site/out'))).toContain('index.html');
    expect(readdirSync(join(box.root, 'site'))).toEqual(['out']);
  });

  it('refuses a folder of the output that links out of it, and writes nothing there', () => {
    const box = sandbox();
    expect(build(box).status).toBe(0);
    mkdirSync(join(box.dir, 'home/elsewhere'));
    rmSync(join(box.root, 'dist/en'), { recursive: true });
    symlinkSync('../../home/elsewhere', join(box.root, 'dist/en'));
    const outcome = build(box, ['--force']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toMatch(/en in .*dist is a link to .*home\/elsewhere, outside the output: remove it/);
    expect(readdirSync(join(box.dir, 'home/elsewhere'))).toEqual([]);
  });
});
