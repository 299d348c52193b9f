import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBacklog } from '../../bench/generate-backlog.mjs';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatReport } from '../../src/report/format-report.js';
import type { TallyRow } from '../../src/report/report-tally.js';
import { BIN } from '../support/run-cli.js';

interface JsonReport {
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; infos: number; listed: number; suppressed: number; byLocaleRule: TallyRow[] };
}

const RANK = { error: 0, warning: 1, info: 2, note: 2, notice: 2 } as const;
const ordered = (levels: (keyof typeof RANK)[]): boolean => levels.every((level, i) => i === 0 || RANK[levels[i - 1]!] <= RANK[level]);

let root: string;
const outputs: Record<string, string> = {};
let full: JsonReport;

/** `l10n check --format F --output FILE` on the backlog: the report, read back (it is too long for a pipe's buffer). */
function check(format: string, ...args: string[]): { status: number | null; text: string } {
  const file = join(root, `report.${format}`);
  const run = spawnSync(process.execPath, [BIN, 'check', '--format', format, '--output', file, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 240_000,
  });
  expect(run.stderr).toBe('');
  return { status: run.status, text: readFileSync(file, 'utf8') };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'l10n-backlog-'));
  generateBacklog({ size: 'test', seed: 1, outDir: root });
  for (const format of ['json', 'github', 'sarif', 'markdown', 'text']) {
    const { status, text } = check(format);
    expect(status, format).toBe(1);
    outputs[format] = text;
  }
  full = JSON.parse(outputs.json!) as JsonReport;
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reports of a project with a backlog (half of the keys missing in half of the locales)', () => {
  it('has well over 25,000 findings of every severity, and a summary that counts exactly the list', () => {
    const { diagnostics, summary } = full;
    expect(diagnostics.length).toBeGreaterThan(35_000);
    const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
    expect([summary.errors, summary.warnings, summary.infos]).toEqual([count('error'), count('warning'), count('info')]);
    expect(summary.warnings * summary.infos).toBeGreaterThan(0);
    expect(summary.listed).toBe(diagnostics.length);
    // Per locale x rule, the table is the list counted.
    const rows = new Map<string, number[]>();
    for (const d of diagnostics) {
      const row = rows.get(`${d.locale} ${d.ruleId}`) ?? [0, 0, 0];
      row[RANK[d.severity]]!++;
      rows.set(`${d.locale} ${d.ruleId}`, row);
    }
    expect(new Map(summary.byLocaleRule.map((r) => [`${r.locale} ${r.ruleId}`, [r.errors, r.warnings, r.infos]]))).toEqual(rows);
    expect(summary.byLocaleRule.every((r) => r.suppressed === 0)).toBe(true);
  });

  it('github: only the annotations GitHub shows a step, errors first, then a note and the totals', () => {
    const lines = outputs.github!.trimEnd().split('\n');
    const annotations = lines.filter((l) => /^::(error|warning|notice) file=/.test(l));
    const levels = annotations.map((l) => /^::(\w+)/.exec(l)![1] as keyof typeof RANK);
    expect(levels.filter((l) => l === 'error')).toHaveLength(10);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(10);
    expect(levels.filter((l) => l === 'notice')).toHaveLength(9);
    expect(ordered(levels)).toBe(true);
    const total = full.diagnostics.length;
    const note = lines.find((l) => l.startsWith('::notice title=l10n::'));
    expect(note).toContain(`listed 29 of ${total.toLocaleString('en')} findings`);
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(30);
    const { errors, warnings, infos } = full.summary;
    expect(lines).toContain(
      `l10n: ${errors.toLocaleString('en')} errors, ${warnings.toLocaleString('en')} warnings, ${infos.toLocaleString('en')} infos`,
    );
    expect(lines.at(-1)).toMatch(/^l10n: fallback-resolved: [\d,]+ infos in 1 locale \(es-AR [\d,]+\)$/);
  });

  it('sarif: one run of at most 25,000 results, the most severe, under 10 MB gzipped, saying what it left out', () => {
    const text = outputs.sarif!;
    const sarif = JSON.parse(text) as {
      runs: {
        results: { level: keyof typeof RANK }[];
        invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
        properties: { results: number; listed: number; leftOut: { errors: number; warnings: number; infos: number } };
      }[];
    };
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run!.results).toHaveLength(25_000);
    expect(ordered(run!.results.map((r) => r.level))).toBe(true);
    expect(gzipSync(text).length).toBeLessThan(10_000_000);
    const { leftOut, results, listed } = run!.properties;
    expect([results, listed]).toEqual([full.diagnostics.length, 25_000]);
    expect(leftOut.errors + leftOut.warnings + leftOut.infos).toBe(results - listed);
    expect(leftOut.infos).toBe(full.summary.infos);
    expect(run!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain("by code scanning's limit of 25,000 results a run");
  });

  it('markdown: the table, then the most important findings with file:line, under 1 MiB, saying what was left out', () => {
    const text = outputs.markdown!;
    expect(Buffer.byteLength(text)).toBeLessThan(1_048_576);
    for (const row of full.summary.byLocaleRule)
      expect(text).toContain(
        `| ${row.locale} | ${row.ruleId} | ${row.errors.toLocaleString('en')} | ${row.warnings.toLocaleString('en')} |`,
      );
    const items = text.split('\n').filter((l) => l.startsWith('- **'));
    expect(items.length).toBeGreaterThan(1000);
    expect(items.every((l) => /^- \*\*error\*\* `locales\/[\w-]+\/\w+\.json:\d+` missing-key: /.test(l))).toBe(true);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(
        `^_listed ${items.length.toLocaleString('en')} of [\\d,]+ findings, .* left out to stay under GitHub's 1 MiB step summary limit`,
      ),
    );
  });

  it('text: the list in file order, then the table, then the totals', () => {
    const lines = outputs.text!.trimEnd().split('\n');
    expect(lines.filter((l) => /^locales\/\S+:\d+:\d+ {2}(error|warning|info) /.test(l))).toHaveLength(full.diagnostics.length);
    expect(lines).toContain(lines.find((l) => /^locale +rule +errors +warnings +infos +suppressed$/.test(l)));
    expect(lines.at(-1)).toMatch(/^✖ [\d,]+ errors, [\d,]+ warnings, [\d,]+ infos in 160 files, 40 locales/);
  });
});

describe('filters and caps on the backlog', () => {
  const report = async (scope: Parameters<typeof formatReport>[4]): Promise<JsonReport> =>
    JSON.parse(
      await formatReport(
        { diagnostics: full.diagnostics, summary: { ...full.summary, files: 160, locales: 40, keys: 0 } },
        'json',
        false,
        '0',
        scope,
      ),
    ) as JsonReport;

  it('--max-diagnostics lists the most important N and still counts everything', async () => {
    const capped = await report({ maxDiagnostics: 5 });
    expect(capped.diagnostics).toHaveLength(5);
    expect(capped.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect([capped.summary.errors, capped.summary.warnings, capped.summary.infos]).toEqual([
      full.summary.errors,
      full.summary.warnings,
      full.summary.infos,
    ]);
    const past = await report({ maxDiagnostics: full.summary.errors + 3 });
    expect(past.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(3);
  });

  it('--rule and --severity narrow the list and the totals, and count the rest apart', async () => {
    const untranslated = await report({ rules: ['untranslated'] });
    expect(new Set(untranslated.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['untranslated']));
    expect([untranslated.summary.errors, untranslated.summary.warnings]).toEqual([0, full.summary.warnings]);
    const worse = await report({ severity: 'warning' });
    expect(worse.diagnostics).toHaveLength(full.summary.errors + full.summary.warnings);
    expect(worse.summary.infos).toBe(0);
    expect((worse.summary as unknown as { outOfScope: number }).outOfScope).toBe(full.summary.infos);
  });

  it('counts suppressed findings in their own column', async () => {
    const [first, ...rest] = full.diagnostics;
    const json = JSON.parse(
      await formatReport(
        { diagnostics: rest, summary: { ...full.summary, files: 160, locales: 40, keys: 0 }, suppressed: [first!] },
        'json',
        false,
        '0',
      ),
    ) as JsonReport;
    expect(json.summary.suppressed).toBe(1);
    expect(json.summary.byLocaleRule.find((r) => r.locale === first!.locale && r.ruleId === first!.ruleId)?.suppressed).toBe(1);
    expect(json.summary.errors).toBe(full.summary.errors - 1);
  });
});
