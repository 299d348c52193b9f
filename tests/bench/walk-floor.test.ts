import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `<locale>/<namespace>.json` files under a new folder and returns the folder. */
function locales(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-walk-floor-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const walkFloor = (dir: string, ...args: string[]): string =>
  spawnSync(process.execPath, [join('bench', 'walk-floor.mjs'), dir, ...args], { encoding: 'utf8' }).stdout;

it('counts the names each locale lacks or adds beside the source, level by level and namespace by namespace', () => {
  const dir = locales({
    'en/common.json': JSON.stringify({ a: 'A', b: { c: 'C', d: 'D' }, e: 'E' }),
    'es/common.json': JSON.stringify({ a: 'A', b: { c: 'C', x: 'X' } }),
    'fr/common.json': JSON.stringify({ a: 'A', b: 'not an object', e: 'E', y: 'Y', z: 'Z' }),
    'en/other.json': JSON.stringify({ k: 'K' }),
    'es/other.json': JSON.stringify({}),
  });
  // es lacks b.d, e and other's k, and adds b.x; fr adds y and z (its string b is not walked into).
  expect(walkFloor(dir)).toBe('3 names lacking, 3 extra\n');
});

it('skips a file that does not parse, and takes the source locale it is given', () => {
  const dir = locales({
    'de/common.json': JSON.stringify({ a: 'A', b: 'B' }),
    'es/common.json': JSON.stringify({ a: 'A' }),
    'fr/common.json': '{ "a": "A", }',
  });
  expect(walkFloor(dir, 'de')).toBe('1 names lacking, 0 extra\n');
});
