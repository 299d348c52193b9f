import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's lint config, run on code as it would sit at a given path: which files may touch
// the file system, the process and the console is decided by the name and folder alone.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).filter((id) => id.startsWith('no-restricted'));
}

const IO = [
  ["import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'no-restricted-imports'],
  ["import { readFile } from 'fs/promises';\nexport const a = readFile;\n", 'no-restricted-imports'],
  ["import writeFileAtomic from 'write-file-atomic';\nexport const a = writeFileAtomic;\n", 'no-restricted-imports'],
  ['export const cwd = (): string => process.cwd();\n', 'no-restricted-globals'],
  ["export const say = (): void => console.log('x');\n", 'no-restricted-globals'],
  ['export const env = (): unknown => globalThis.process.env;\n', 'no-restricted-properties'],
] as const;

describe('I/O at the edges', () => {
  for (const [code, rule] of IO) {
    it(`refuses ${rule} in pure files: ${code.split('\n')[0]}`, async () => {
      for (const path of ['src/check/pure.ts', 'src/project/model.ts', 'src/report/format-x.ts', 'src/build/reader.ts']) {
        expect(await restricted(code, path), path).toEqual([rule]);
      }
    });

    it(`allows it at the edges: ${code.split('\n')[0]}`, async () => {
      for (const path of [
        'src/cli/x.ts',
        'src/files/x.ts',
        'src/project/read-bundles.ts',
        'src/check/load-x.ts',
        'src/build/write-x.ts',
        'tests/x.test.ts',
      ]) {
        expect(await restricted(code, path), path).toEqual([]);
      }
    });
  }
});
