import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { runCommand } from './run-command.js';

const project = tempProjectsPerTest();

it('writes into a file that is an empty object with two spaces a level, not on one line (ntfy bn.json)', async () => {
  for (const [empty, ending] of [
    ['{}', ''],
    ['{}\n', '\n'],
    ['{ }\r\n', '\r\n'],
  ] as const) {
    const root = project({
      'locales/en/translation.json': '{\n\t"a": "One",\n\t"b": { "c": "Two" }\n}\n',
      'locales/bn/translation.json': empty,
    });
    await runCommand(['sync', '--root', root]);
    const eol = ending === '\r\n' ? '\r\n' : '\n';
    const written = readFileSync(join(root, 'locales/bn/translation.json'), 'utf8');
    expect(written, JSON.stringify(empty)).toBe(['{', '  "a": "One",', '  "b": {', '    "c": "Two"', '  }', '}'].join(eol) + ending);
    expect(JSON.parse(written)).toEqual({ a: 'One', b: { c: 'Two' } });
  }
});
