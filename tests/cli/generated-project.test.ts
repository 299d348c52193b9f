import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateProject, type GeneratedProject } from '../../bench/generate-project.mjs';
import { BIN, runCli } from '../support/run-cli.js';

interface Report {
  diagnostics: { file: string; severity: string; ruleId: string; key: string | null; locale?: string }[];
}

// A generated project of 10 locales x 5 namespaces x 2,000 keys (real BCP 47 tags, CLDR plural
// families, ordinals, context, nesting, tags) with a recorded defect of every kind the checker knows.
let dir: string;
let project: GeneratedProject;
let report: Report;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'l10n-generated-'));
  project = generateProject({ size: 'medium', seed: 7, outDir: dir });
  report = JSON.parse(runCli(['check', '--format', 'json', '--jobs', '1'], dir).stdout) as Report;
});

describe('check on a generated project with recorded defects', () => {
  it('reports every recorded defect with its rule, file and key, and nothing else (no note either)', () => {
    const unmatched = [...report.diagnostics];
    const missed = project.defects.filter((defect) => {
      const at = unmatched.findIndex(
        (d) => d.ruleId === defect.kind && d.file === defect.file && (defect.key === null || d.key === defect.key),
      );
      if (at < 0) return true;
      unmatched.splice(at, 1);
      return false;
    });
    expect(new Set(project.defects.map((d) => d.kind)).size).toBeGreaterThanOrEqual(15);
    expect(report.diagnostics.filter((d) => d.ruleId === 'fallback-resolved').map((d) => d.severity)).toEqual(['info', 'info', 'info']);
    expect(missed).toEqual([]);
    expect(unmatched).toEqual([]);
  });

  it('gives the same report on two threads as on one', () => {
    const parallel = runCli(['check', '--format', 'json', '--jobs', '2'], dir);
    expect(JSON.parse(parallel.stdout)).toEqual(report);
    expect(parallel.status).toBe(1);
  });

  it('reports for --locale exactly the diagnostics of those locales in the full report', () => {
    for (const locales of [['es'], ['en', 'ru'], ['es-AR', 'ar']]) {
      const narrowed = JSON.parse(
        runCli(['check', '--format', 'json', '--jobs', '1', ...locales.flatMap((l) => ['--locale', l])], dir).stdout,
      ) as Report;
      const expected = report.diagnostics.filter((d) => d.locale !== undefined && locales.includes(d.locale));
      expect(expected.length).toBeGreaterThan(0);
      expect(narrowed.diagnostics).toEqual(expected);
    }
  });
});

it('stops quietly when its reader closes the pipe early (`l10n export | head`): no stack, its own status', async () => {
  const child = spawn(process.execPath, [BIN, 'export', '--locale', 'es'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
});
