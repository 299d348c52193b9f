import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, it } from 'vitest';
import { createProgram, VERSION } from '../../src/cli/program.js';
import { runCli } from '../support/run-cli.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

it('prints the version of package.json with the bin, exit 0', () => {
  expect(VERSION).toBe(version);
  for (const flag of ['--version', '-V']) {
    const result = runCli([flag], tmpdir());
    expect(result).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
  }
});

it('loads no command for --version, one for a command, every one for --help', async () => {
  expect((await createProgram('--version')).commands).toHaveLength(0);
  expect((await createProgram('check')).commands.map((c) => c.name())).toEqual(['check']);
  expect((await createProgram('--help')).commands.map((c) => c.name())).toContain('import');
});
