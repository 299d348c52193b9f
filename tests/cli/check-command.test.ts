import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { ROOT, shippedCopy } from '../support/shipped-copy.js';
import { tempProject } from '../support/temp-project.js';

describe('l10n check', () => {
  it('passes the shipped project with no error and no warning', () => {
    const { status, stdout, stderr } = runCli(['check'], ROOT);
    expect(stderr).toBe('');
    // The infos say the article is not translated into es-AR (it is shown in English there, by design)
    // and that nav.world, scraped from the page's menu, is shown by no page template.
    expect(stdout).toMatch(/✔ no problems \(0 errors, 0 warnings, 2 infos\) in 3 files, 2 locales, \d+ source keys\n$/);
    expect(stdout).toContain('article-missing');
    expect(stdout).toContain('locales/es-AR/ui.json:9:5  info     "nav.world" is not used by any page template');
    expect(status).toBe(0);
  });

  it('reports a syntax error at its line and column, still checks the rest, and exits 1', () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/en/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Home",', '"Home",,'));
    const { status, stdout } = runCli(['check', '--format', 'json'], dir);
    const report = JSON.parse(stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string }[] };
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual(['locales/en/ui.json:8:20 json-syntax']);
    expect(status).toBe(1);
  });

  it('points a missing Spanish plural form at the group and names the counts that need it and what readers see', () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/es-AR/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    "count_many": "{{count}} de comentarios",\n', ''));
    const { status, stdout } = runCli(['check'], dir);
    // Only large counts select Spanish "many": an error by default (plural-forms option "large"), a warning when the team says so.
    expect(stdout).toContain(
      'locales/es-AR/ui.json:37:5  error    missing plural form "comments.count_many": es-AR needs one, many, other; only large counts (1000000, 2000000, 10000000) select "many", where readers see en "comments.count_other": "{{count}} comments"  plural-forms',
    );
    expect(status).toBe(1);
    const configFile = join(dir, 'l10n.config.ts');
    writeFileSync(
      configFile,
      readFileSync(configFile, 'utf8').replace('rules: {', "rules: {\n    'plural-forms': ['error', { large: 'warning' }],"),
    );
    const lowered = runCli(['check'], dir);
    expect(lowered.stdout).toContain('locales/es-AR/ui.json:37:5  warning  missing plural form "comments.count_many"');
    expect(lowered.status).toBe(0);
  });

  it('reports a key missing from en at the object that should hold it, with the source location', () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/en/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    "world": "World",\n', ''));
    const { status, stdout } = runCli(['check', '--format', 'json'], dir);
    const [missing] = (JSON.parse(stdout) as { diagnostics: Record<string, unknown>[] }).diagnostics;
    expect(missing).toMatchObject({
      file: 'locales/en/ui.json',
      line: 6,
      column: 10,
      ruleId: 'missing-key',
      source: 'check',
      severity: 'error',
      locale: 'en',
      namespace: 'ui',
      key: 'nav.world',
    });
    expect(missing?.related).toEqual([{ file: 'locales/es-AR/ui.json', line: 9, column: 5, message: 'the es-AR source: "nav.world"' }]);
    expect(status).toBe(1);
  });

  it('fails on warnings only beyond --max-warnings', () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/en/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Home"', '"Home "'));
    expect(runCli(['check', '--max-warnings', '1'], dir).status).toBe(0);
    expect(runCli(['check', '--max-warnings', '0'], dir).status).toBe(1);
  });

  it('writes github annotations and SARIF', () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/en/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Home"', '"Home "'));
    expect(runCli(['check', '--format', 'github'], dir).stdout).toBe(
      '::warning file=locales/en/ui.json,line=8,col=5,endLine=8,endColumn=20,title=whitespace-parity::trailing whitespace " " where the es-AR source has none\n' +
        'l10n: 0 errors, 1 warning, 0 infos\n' +
        'l10n: whitespace-parity: 1 warning in 1 locale (en 1)\n',
    );
    const out = join(dir, 'report.sarif');
    runCli(['check', '--format', 'sarif', '--output', out], dir);
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string; level: string; properties: { source: string } }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((r) => `${r.ruleId} ${r.level} ${r.properties.source}`)).toEqual(['whitespace-parity warning check']);
  });

  it('narrows the report and the exit status with --rule and --severity, and caps the list with --max-diagnostics', () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/en/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Home"', '"Home "').replace('"World"', '""'));
    const all = runCli(['check', '--format', 'json'], dir);
    const rules = (stdout: string): string[] =>
      (JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId);
    expect(all.status).toBe(1);
    expect(rules(all.stdout)).toContain('empty-value');
    // The error is out of scope: the warning alone decides, as --max-warnings says.
    const warning = runCli(['check', '--format', 'json', '--rule', 'whitespace-parity'], dir);
    expect([warning.status, rules(warning.stdout)]).toEqual([0, ['whitespace-parity']]);
    expect(runCli(['check', '--rule', 'whitespace-parity', '--max-warnings', '0'], dir).status).toBe(1);
    const infos = runCli(['check', '--severity', 'error', '--format', 'json'], dir);
    expect([infos.status, [...new Set(rules(infos.stdout))]]).toEqual([1, ['empty-value']]);
    const capped = runCli(['check', '--max-diagnostics', '1'], dir);
    expect(capped.status).toBe(1);
    expect(capped.stdout).toMatch(
      /^locales\/en\/ui\.json:\d+:\d+ {2}error {4}.*empty-value\n\nlisted 1 of 2 findings, the most important first .*left out by --max-diagnostics 1\n/,
    );
    const unknown = runCli(['check', '--rule', 'missing-keys'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /^l10n: --rule: unknown rule missing-keys \(known: json-syntax, locale-code, .*missing-key, .*structure-parity\)\n$/,
    );
    expect(runCli(['check', '--severity', 'notice'], dir).status).toBe(2);
  });

  it('writes a markdown step summary: totals, the table, the findings with file:line', () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/en/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Home"', '"Home "'));
    const { status, stdout } = runCli(['check', '--format', 'markdown'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('⚠ **0 errors, 1 warning, 0 infos** in 2 files, 2 locales');
    expect(stdout).toContain('| locale | rule | errors | warnings | infos | suppressed |\n| :-- | :-- | --: | --: | --: | --: |\n');
    expect(stdout).toContain('| en | whitespace-parity | 0 | 1 | 0 | 0 |');
    expect(stdout).toContain(
      '- **warning** `locales/en/ui.json:8` whitespace-parity: `trailing whitespace " " where the es-AR source has none`\n',
    );
  });

  it('exits 2 with a readable message for a bad config, an unknown locale or a bad option', () => {
    const dir = shippedCopy();
    writeFileSync(join(dir, 'l10n.config.json'), JSON.stringify({ sourceLocale: 'not a tag', colour: true }));
    const bad = runCli(['check', '--config', 'l10n.config.json'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('sourceLocale: is not a valid BCP 47 language tag');
    expect(bad.stderr).toContain('unknown key "colour"');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const locale = runCli(['check', '--locale', 'xx'], ROOT);
    expect([locale.status, locale.stderr]).toEqual([2, 'l10n: unknown locale xx (the project has en, es-AR)\n']);
    const nearMiss = runCli(['check', '--locale', 'es_ar'], ROOT);
    expect([nearMiss.status, nearMiss.stderr]).toEqual([
      2,
      'l10n: unknown locale es_ar (the project has en, es-AR); did you mean es-AR?\n',
    ]);
    expect(runCli(['check', '--format', 'yaml'], ROOT).status).toBe(2);
    expect(runCli(['check', '--watch', '--format', 'markdown'], ROOT).status).toBe(2);
    const watchJson = runCli(['check', '--watch', '--format', 'json'], ROOT);
    expect([watchJson.status, watchJson.stdout, watchJson.stderr]).toEqual([
      2,
      '',
      'l10n: --watch prints what changed as text after each save, which a json document cannot hold: use --format text or github with --watch, or run check again for each json report\n',
    ]);
  });
});

describe('check on two threads', () => {
  it('resolves $t(ns:key) into a namespace the other thread checks, as one thread does', () => {
    const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
    const root = tempProject({
      'l10n.config.json': json({ locales: ['en', 'es'] }),
      'locales/en/pages.json': json({ title: '$t(shared:brand) news', missing: '$t(shared:nope)' }),
      'locales/en/shared.json': json({ brand: 'Crónica' }),
      'locales/es/pages.json': json({ title: 'Noticias de $t(shared:brand)', missing: '$t(shared:nope)' }),
      'locales/es/shared.json': json({ brand: 'Crónica' }),
    });
    const one = runCli(['check', '--format', 'json', '--jobs', '1'], root);
    const two = runCli(['check', '--format', 'json', '--jobs', '2'], root);
    const nesting = (
      JSON.parse(one.stdout) as {
        diagnostics: { ruleId: string; key: string; locale: string; file: string; line: number; column: number }[];
      }
    ).diagnostics.filter((d) => d.ruleId === 'nesting');
    // Placed in the referencing file, which the check no longer holds by then and reads again.
    expect(nesting.map((d) => `${d.file}:${d.line}:${d.column} ${d.locale} ${d.key}`)).toEqual([
      'locales/en/pages.json:3:3 en missing',
      'locales/es/pages.json:3:3 es missing',
    ]);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });
});
