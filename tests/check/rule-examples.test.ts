import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/check/rule.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

describe.each(bundleRules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('reports its failing example at the documented places', () => {
    const found = diagnosticsOf(tempProject(rule.failing.files), rule.failing.config).filter((d) => d.ruleId === id);
    expect(found.map(line)).toEqual(rule.failing.expect);
  });

  it('reports nothing on its passing example', () => {
    const all = diagnosticsOf(tempProject(rule.passing.files), rule.passing.config);
    expect(all.filter((d) => d.ruleId === id).map(line)).toEqual([]);
  });

  it('has a description and a default severity', () => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
  });
});

it('every rule id is unique', () => {
  const ids = bundleRules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it('a rule the config turns off does no work', () => {
  const calls: string[] = [];
  const spy = (id: string): Rule => ({ id, defaultSeverity: 'error', description: 'records that it ran', failing: { files: {}, expect: [] }, passing: { files: {} }, check: (context) => void calls.push(`${id} ${context.namespace}`) });
  const root = tempProject({ 'locales/en/ui.json': '{ "a": "A" }\n', 'locales/es/ui.json': '{ "a": "A es" }\n' });
  runCheck(loadBundleProject(root, parseConfig({ rules: { quiet: 'off' } })), { rules: [spy('quiet'), spy('loud')] });
  expect(calls).toEqual(['loud ui']);
});
