import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { BIN, runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

/** Every file of a folder and its bytes, to prove a command changed nothing but what it says. */
function snapshot(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) files.set(relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  return files;
}

/** A flat-keyed app with its bundles at the root, one file per locale (a translations repository). */
const flatApp = {
  'en.json': '{\n  "Saved.": "Saved.",\n  "Delete account: are you sure?": "Delete account: are you sure?",\n  "Error:": "Error:"\n}\n',
  'de.json': '{\n  "Saved.": "Gespeichert."\n}\n',
  'pt-BR.json': '\uFEFF{ "Saved.": "Salvo." }',
  'package.json': '{ "name": "app" }\n',
};

describe('l10n init', () => {
  it('with --yes writes l10n.config.ts, which loads, and changes no other byte', async () => {
    const root = project({ ...flatApp, 'docs/en/guide/start.mdx': '# Start\n', 'docs/de/guide/start.mdx': '# Start\n' });
    const before = snapshot(root);
    const result = runCli(['init', '--yes'], root);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('Found:\n  bundles {{lng}}.json: 3 files, 3 locales (de, en, pt-BR)\n');
    expect(result.stdout).toContain('  articles docs/<lng>/: 2 articles (.md/.mdx) in 2 locales (de 1, en 1)\n');
    expect(result.stdout).toContain('Assumed:\n  source locale en: English, the usual source, was found\n');
    expect(result.stdout).toMatch(/\nWrote .*l10n\.config\.ts\.\nNext: npx l10n check\n$/);
    const after = snapshot(root);
    const written = after.get('l10n.config.ts')?.toString('utf8');
    after.delete('l10n.config.ts');
    expect(after).toEqual(before);
    expect(written).toBe(
      [
        "import { defineConfig } from 'l10n';",
        '',
        '// Written by `l10n init`. A field not named here keeps its default (README, "Configuration").',
        'export default defineConfig({',
        '  bundles: "{{lng}}.json",',
        '  contentDir: "docs",',
        '  sourceLocale: "en",',
        '  locales: ["en", "de", "pt-BR"],',
        '  keySeparator: false,',
        '  nsSeparator: false,',
        '});',
        '',
      ].join('\n'),
    );
    const { config } = await loadConfig(root);
    expect(config).toMatchObject({
      bundles: '{{lng}}.json',
      contentDir: 'docs',
      sourceLocale: 'en',
      keySeparator: false,
      nsSeparator: false,
    });
    expect(config.locales).toEqual(['en', 'de', 'pt-BR']);
  });

  it('without --yes and without a terminal, shows the config, writes nothing and exits 2', () => {
    const root = project({ 'locales/en/common.json': '{ "a": "A" }', 'locales/fr/common.json': '{ "a": "A fr" }' });
    const before = snapshot(root);
    const result = runCli(['init'], root);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('  bundles: "locales/{{lng}}/{{ns}}.json",\n');
    expect(result.stderr).toBe(
      'l10n: not run on a terminal, so init could not ask and wrote nothing: run l10n init --yes to write l10n.config.ts\n',
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('with --dry-run prints the config it would write, writes nothing and exits 0, even with --yes and --force', () => {
    const root = project({ 'locales/en/common.json': '{ "a": "A" }', 'locales/fr/common.json': '{ "a": "A fr" }' });
    const before = readdirSync(root, { recursive: true }).sort();
    const result = runCli(['init', '--dry-run'], root);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('Found:\n  bundles locales/{{lng}}/{{ns}}.json: 2 files, 2 locales (en, fr), 1 namespace (common)\n');
    expect(result.stdout).toContain('Assumed:\n  source locale en: English, the usual source, was found\n');
    expect(result.stdout).toContain(
      'l10n.config.ts:\nimport { defineConfig } from \'l10n\';\n\n// Written by `l10n init`. A field not named here keeps its default (README, "Configuration").\nexport default defineConfig({\n  bundles: "locales/{{lng}}/{{ns}}.json",\n',
    );
    expect(result.stdout).toMatch(/\nDry run: wrote nothing\. l10n init --yes would write .*l10n\.config\.ts\.\n$/);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
    const both = runCli(['init', '--dry-run', '--yes', '--force'], root);
    expect(both.status).toBe(0);
    expect(both.stdout).toMatch(/\nDry run \(--dry-run wins over --yes and --force\): wrote nothing\. /);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });

  it('with --dry-run beside an existing config says --force would replace it, and exits 0', () => {
    const root = project({ 'i18n/en.json': '{ "a": "A" }', 'i18n/es.json': '{}', 'l10n.config.json': '{ "sourceLocale": "es" }\n' });
    const before = snapshot(root);
    const result = runCli(['init', '--dry-run'], root);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('  bundles: "i18n/{{lng}}.json",\n');
    expect(result.stdout).toContain(
      `Dry run: wrote nothing. ${join(root, 'l10n.config.json')} already exists: l10n init --force would replace it with ${join(root, 'l10n.config.ts')}.\n`,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('with --dry-run still exits 2 when nothing was found', () => {
    const root = project({ 'README.md': '# app\n' });
    expect(runCli(['init', '--dry-run'], root)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringMatching(/^l10n: nothing to configure in .*: no i18next bundle/),
    });
    expect(readdirSync(root)).toEqual(['README.md']);
  });

  it('refuses to replace an existing config, naming it; --force writes l10n.config.ts and says the old one is no longer read', () => {
    const root = project({ 'i18n/en.json': '{ "a": "A" }', 'i18n/es.json': '{}', 'l10n.config.json': '{ "sourceLocale": "es" }\n' });
    const before = snapshot(root);
    expect(runCli(['init', '--yes'], root)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `l10n: ${join(root, 'l10n.config.json')} already exists: init never replaces a config; edit it, or run l10n init --force to write l10n.config.ts anew\n`,
    });
    expect(snapshot(root)).toEqual(before);
    const forced = runCli(['init', '--yes', '--force'], root);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('l10n.config.json is no longer read (l10n.config.ts comes first): delete it.');
    expect(readFileSync(join(root, 'l10n.config.ts'), 'utf8')).toContain('bundles: "i18n/{{lng}}.json"');
  });

  it('says what it looked for when it finds nothing, and writes nothing', () => {
    const root = project({
      'package.json': '{}',
      'README.md': '# app\n',
      'node_modules/lib/locales/en/a.json': '{}',
      'node_modules/lib/locales/de/a.json': '{}',
    });
    expect(runCli(['init', '--yes'], root)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^l10n: nothing to configure in .*: no i18next bundle \(such as locales\/<lng>\/<ns>\.json, i18n\/<lng>\.json or <lng>\.json\) and no article tree \(<dir>\/<lng>\/<slug>\.md or \.mdx\) was found; node_modules, .* and hidden folders are not searched\n$/,
      ),
    });
    expect(existsSync(join(root, 'l10n.config.ts'))).toBe(false);
  });

  it('names bundles in a format it cannot read, and writes nothing', () => {
    const root = project({
      'public/locales/en-GB/translation.toml': '[home]\ntitle = "Home"\n',
      'public/locales/de-DE/translation.toml': '[home]\ntitle = "Start"\n',
    });
    expect(runCli(['init', '--yes'], root)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `l10n: nothing to configure in ${root}: found bundles public/locales/{{lng}}/{{ns}}.toml: 2 files, 2 locales (de-DE, en-GB), 1 namespace (translation), a locale layout of files l10n does not read: l10n reads i18next's JSON bundles only (such as locales/<lng>/<ns>.json), and no article tree (<dir>/<lng>/<slug>.md or .mdx) was found\n`,
    });
    expect(existsSync(join(root, 'l10n.config.ts'))).toBe(false);
  });

  it('has --help, exit 0', () => {
    const result = runCli(['init', '--help'], project({}));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: l10n init \[options\]/);
    expect(result.stdout).toContain('-y, --yes');
    expect(result.stdout).toContain('--force');
    expect(result.stdout).toContain('--dry-run');
  });

  // `script` gives the command a terminal, so the question is asked and answered as a user would.
  it.runIf(process.platform === 'linux' && existsSync('/usr/bin/script'))('on a terminal, asks and writes only on yes', () => {
    const ask = (root: string, answer: string): string =>
      spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} init`, '/dev/null'], {
        cwd: root,
        input: `${answer}\n`,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 60_000,
      }).stdout;
    const files = { 'locales/en/a.json': '{ "a": "A" }', 'locales/es/a.json': '{}' };
    const declined = project(files);
    expect(ask(declined, 'n')).toMatch(/Write .*l10n\.config\.ts\? \(y\/N\) [\s\S]*Wrote nothing\./);
    expect(existsSync(join(declined, 'l10n.config.ts'))).toBe(false);
    const accepted = project(files);
    expect(ask(accepted, 'y')).toContain('Next: npx l10n check');
    expect(readFileSync(join(accepted, 'l10n.config.ts'), 'utf8')).toContain('bundles: "locales/{{lng}}/{{ns}}.json"');
  });
});

it('never writes through a dangling link named l10n.config.ts, even with --force', () => {
  const root = project({ 'i18n/en.json': '{}', 'i18n/de.json': '{}' });
  const outside = project({});
  symlinkSync(join(outside, 'planted.ts'), join(root, 'l10n.config.ts'));
  expect(runCli(['init', '--yes'], root)).toMatchObject({ status: 2, stderr: expect.stringContaining('EEXIST') });
  expect(readdirSync(outside)).toEqual([]);
  // --force replaces the link itself, never its target.
  expect(runCli(['init', '--yes', '--force'], root).status).toBe(0);
  expect(readdirSync(outside)).toEqual([]);
  expect(readFileSync(join(root, 'l10n.config.ts'), 'utf8')).toContain('bundles: "i18n/{{lng}}.json"');
});
