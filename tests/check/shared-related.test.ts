import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

// A backlog reports the same source key as missing from every locale: its related location
// (the source key's place) is located and worded once and shared, not rebuilt per finding.

const project = tempProjectsPerTest();

describe('related locations of missing keys', () => {
  it('are one object per source key, shared by the findings of every locale', () => {
    const root = project({
      'locales/en/ui.json': '{\n  "hello": "Hello",\n  "bye": "Bye"\n}\n',
      'locales/fr/ui.json': '{}\n',
      'locales/de/ui.json': '{}\n',
    });
    const missing = checkProject(root, parseConfig({})).diagnostics.filter((d) => d.ruleId === 'missing-key');
    const hello = missing.filter((d) => d.key === 'hello').map((d) => d.related?.[0]);
    const bye = missing.find((d) => d.key === 'bye')?.related?.[0];
    expect(hello).toHaveLength(2);
    expect(hello[0]).toEqual({ file: 'locales/en/ui.json', line: 2, column: 3, message: 'the en source: "hello"' });
    expect(hello[1]).toBe(hello[0]);
    expect(bye).toEqual({ file: 'locales/en/ui.json', line: 3, column: 3, message: 'the en source: "bye"' });
  });
});
