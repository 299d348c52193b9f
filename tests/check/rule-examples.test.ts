import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { contentRules } from '../../src/check/content-rules/index.js';
import type { Rule } from '../../src/check/rule.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { tempProject } from '../support/temp-project.js';

// Each rule's examples run in its own test file, tests/check/rules/<id>.test.ts (see rule-tester.ts).

it('every rule id is unique', () => {
  const ids = bundleRules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it('every rule, bundle or content, has its own test file', () => {
  const missing = [...bundleRules, ...contentRules].map((r) => `tests/check/rules/${r.id}.test.ts`).filter((path) => !existsSync(path));
  expect(missing).toEqual([]);
});

it('a rule the config turns off does no work', () => {
  const calls: string[] = [];
  const spy = (id: string): Rule => ({
    id,
    defaultSeverity: 'error',
    description: 'records that it ran',
    docs: { checks: '', why: '', passes: '' },
    examples: { invalid: [], valid: [] },
    check: (context) => void calls.push(`${id} ${context.namespace}`),
  });
  const root = tempProject({ 'locales/en/ui.json': '{ "a": "A" }\n', 'locales/es/ui.json': '{ "a": "A es" }\n' });
  runCheck(loadBundleProject(root, parseConfig({ rules: { quiet: 'off' } })), { rules: [spy('quiet'), spy('loud')] });
  // runCheck calls a rule once per group of locales (see targetGroups): only the rule that is on ever ran.
  expect(new Set(calls)).toEqual(new Set(['loud ui']));
});
