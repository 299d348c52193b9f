import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';
import { makeSandbox, runInSandbox } from './sandbox.js';

/** What must never reach a terminal raw: C0 but LF, DEL, C1, invisible format characters, line separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]/u;

const rawIn = (text: string): string[] =>
  [...text].filter((char) => RAW.test(char)).map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

describe('terminal output is data too: keys and values are escaped, one finding per line', () => {
  for (const item of casesOf('terminal')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) {
        const outcome = runCase(item, command, caseSandbox(item, ''));
        expect(rawIn(outcome.stdout + outcome.stderr), command).toEqual([]);
      }
      for (const args of [
        ['sync', '--dry-run', '--prune'],
        ['check', '--format', 'github'],
        ['check', '--locale', 'es-AR'],
      ]) {
        const outcome = runInSandbox(caseSandbox(item, ''), args);
        expect(rawIn(outcome.stdout + outcome.stderr), args.join(' ')).toEqual([]);
        expect(outcome.stdout + outcome.stderr, args.join(' ')).toMatch(/\\u001b/);
      }
    }, 240_000);
  }

  it('a command word with an OSC sequence is quoted escaped in the usage error', () => {
    const outcome = runInSandbox(makeSandbox(), ['\u001b]0;pwned\u0007']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain("unknown command '\\u001b]0;pwned\\u0007'");
    expect(rawIn(outcome.stderr)).toEqual([]);
  });
});
