import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';
import { runInSandbox, type Sandbox } from './sandbox.js';

const boxes: Sandbox[] = [];
afterEach(() => {
  for (const box of boxes.splice(0)) rmSync(box.dir, { recursive: true, force: true });
});
const sandbox = (...args: Parameters<typeof caseSandbox>): Sandbox => {
  const box = caseSandbox(...args);
  boxes.push(box);
  return box;
};

describe('hostile exchange files: import and export keep every value or refuse at file:line:col', () => {
  for (const item of casesOf('exchange')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) runCase(item, command, sandbox(item, ''));
    }, 120_000);
  }
});

describe('values XML cannot hold', () => {
  it('export as valid XML and come back exactly: importing the export changes nothing', () => {
    const item = casesOf('exchange').find((c) => c.name === 'control-characters');
    if (!item) throw new Error('the control-characters case is missing');
    const box = sandbox(item, '');
    const exported = runCase(item, 'export', box).stdout;
    // XML 1.0's Char production: what any conforming parser accepts.
    expect(exported).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
    writeFileSync(join(box.dir, 'exported.xlf'), exported);
    const back = runInSandbox(box, ['import', '../exported.xlf', '--locale', 'es-AR']);
    expect(back.status).toBe(0);
    expect(back.stdout).toMatch(/^import: 0 changed, 0 added, \d+ unchanged, 0 skipped$/m);
    expect(back.changed).toEqual([]);
  }, 120_000);
});
