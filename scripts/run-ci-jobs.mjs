#!/usr/bin/env node
/**
 * Runs the CI jobs of docs/ci.md, as written there, on a generated project with a backlog: the
 * GitHub job's `run:` steps (a failed step skips the rest but those marked `if: always()`) and
 * the GitLab job's `script:` lines (the first failure ends the job), with the compiled CLI for
 * `npx l10n`. Before the jobs it suppresses the backlog and then removes one key, as a pull
 * request would. Prints each command, what it printed and its exit status.
 *
 *   npm run -s compile && node scripts/run-ci-jobs.mjs [--docs docs/ci.md] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backlogKey, writeBacklogProject } from '../tests/support/backlog-project.mjs';

const BIN = fileURLToPath(new URL('../lib/bin/l10n.js', import.meta.url));
const SHOWN = 6;

/** The yaml blocks of a markdown file. */
const yamlBlocks = (markdown) => [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

/** The steps of a GitHub job: each with its `run` or `uses` and whether it runs `if: always()`. */
function githubSteps(yaml) {
  const steps = [];
  for (const line of yaml.split('\n')) {
    const item = /^ {6}- (.*)$/.exec(line);
    if (item) steps.push({});
    const field = /^ {6}[- ] (run|uses|if): (.*)$/.exec(line);
    const step = steps.at(-1);
    if (field && step) step[field[1]] = field[2];
  }
  return steps.map((step) => ({ run: step.run, uses: step.uses, always: step.if === 'always()' }));
}

/** The `script:` lines of a GitLab job. */
function gitlabScript(yaml) {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => /^ {2}script:$/.test(line));
  const script = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^ {4}- (.*)$/.exec(line);
    if (!item) break;
    script.push(item[1]);
  }
  return script;
}

function run(command, cwd, env) {
  const shell = command.replace(/^npx l10n /, `node ${BIN} `);
  const result = spawnSync('bash', ['-c', shell], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1', ...env } });
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line !== '');
  const shown = lines.slice(0, SHOWN).map((line) => (line.length > 160 ? `${line.slice(0, 157)}...` : line));
  if (lines.length > SHOWN) shown.push(`... (${lines.length - SHOWN} more lines)`);
  process.stdout.write(`$ ${command}\n${shown.map((line) => `  ${line}\n`).join('')}  -> exit ${result.status}\n`);
  return result.status;
}

/** A fresh backlog project with its backlog suppressed and one new defect, as a pull request brings it. */
function pullRequest(dir) {
  const root = join(dir, 'project');
  const shape = { locales: 'es fr de it nl sv da fi cs pl'.split(' '), namespaces: ['common', 'shop', 'account'], keysPerNamespace: 300 };
  writeBacklogProject(root, shape);
  process.stdout.write('# once, on the main branch\n');
  run('npx l10n check --suppress-all', root, {});
  const file = join(root, 'locales', 'pl', 'common.json');
  const [, key] = backlogKey(0).split('.');
  writeFileSync(file, readFileSync(file, 'utf8').replace(new RegExp(`\\n {4}"${key}": [^\\n]*`), ''));
  process.stdout.write(`# the pull request: "${backlogKey(0)}" removed from locales/pl/common.json\n`);
  return root;
}

function githubJob(yaml, dir) {
  process.stdout.write('\n## GitHub Actions\n');
  const root = pullRequest(join(dir, 'github'));
  const summary = join(dir, 'step-summary.md');
  writeFileSync(summary, '');
  let failed = false;
  for (const step of githubSteps(yaml)) {
    if (step.uses) {
      process.stdout.write(`(uses: ${step.uses}: not run here)\n`);
      continue;
    }
    if (step.run === 'npm ci') continue;
    if (failed && !step.always) {
      process.stdout.write(`(skipped after a failure: ${step.run})\n`);
      continue;
    }
    if (run(step.run, root, { GITHUB_STEP_SUMMARY: summary }) !== 0) failed = true;
  }
  const sarif = join(root, 'l10n.sarif');
  process.stdout.write(`job: ${failed ? 'failed' : 'passed'}; step summary ${statSync(summary).size} bytes`);
  process.stdout.write(existsSync(sarif) ? `; l10n.sarif ${statSync(sarif).size} bytes\n` : '; no l10n.sarif\n');
}

function gitlabJob(yaml, dir) {
  process.stdout.write('\n## GitLab CI\n');
  const root = pullRequest(join(dir, 'gitlab'));
  let failed = false;
  for (const command of gitlabScript(yaml)) {
    if (command === 'npm ci') continue;
    if (run(command, root, {}) !== 0) {
      failed = true;
      break;
    }
  }
  const report = join(root, 'l10n-report.json');
  process.stdout.write(
    `job: ${failed ? 'failed' : 'passed'}; artifact l10n-report.json ${existsSync(report) ? `${statSync(report).size} bytes` : 'missing'}\n`,
  );
}

const { values } = parseArgs({ options: { docs: { type: 'string', default: 'docs/ci.md' }, keep: { type: 'boolean', default: false } } });
const blocks = yamlBlocks(readFileSync(values.docs, 'utf8'));
const github = blocks.find((block) => block.includes('runs-on:'));
const gitlab = blocks.find((block) => /^ {2}script:$/m.test(block));
if (!github || !gitlab) {
  process.stderr.write(`${values.docs}: expected a GitHub job (runs-on:) and a GitLab job (script:) in yaml blocks\n`);
  process.exitCode = 2;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-ci-jobs-'));
  try {
    githubJob(github, dir);
    gitlabJob(gitlab, dir);
  } finally {
    if (values.keep) process.stdout.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
