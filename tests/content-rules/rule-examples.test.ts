import { describe, expect, it } from 'vitest';
import { CONTENT_RULE_OPTIONS } from '../../src/check/content-rules/content-rule-options.js';
import type { ContentRule } from '../../src/check/content-rules/content-rule.js';
import { contentRules } from '../../src/check/content-rules/index.js';
import { loadContentProject } from '../../src/check/content-rules/load-content-check.js';
import { runContentCheck } from '../../src/check/content-rules/run-content-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { contentDiagnostics } from './support.js';

describe.each(contentRules.map((rule) => [rule.id, rule] as const))('content rule %s', (id, rule) => {
  it('reports its failing example at the documented places', () => {
    const found = contentDiagnostics(tempProject(rule.failing.files), rule.failing.config).filter((d) => d.ruleId === id);
    expect(found.map(line)).toEqual(rule.failing.expect);
  });

  it('reports nothing on its passing example', () => {
    const all = contentDiagnostics(tempProject(rule.passing.files), rule.passing.config);
    expect(all.filter((d) => d.ruleId === id).map(line)).toEqual([]);
  });

  it('has a description and a default severity', () => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
  });
});

it('the id list the bundle checker accepts is the registry\'s', () => {
  expect(Object.keys(CONTENT_RULE_OPTIONS)).toEqual(contentRules.map((r) => r.id));
});

it('content rule ids are unique and distinct from bundle rule ids', () => {
  const ids = [...contentRules, ...bundleRules].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it('a content rule the config turns off does no work', () => {
  const calls: string[] = [];
  const spy = (id: string): ContentRule => ({ id, defaultSeverity: 'warning', description: 'records that it ran', failing: { files: {}, expect: [] }, passing: { files: {} }, check: () => void calls.push(id) });
  const root = tempProject({ 'content/en/a.md': '---\ntitle: A\n---\nText.\n' });
  const config = parseConfig({ locales: ['en', 'es'], rules: { 'article-stale': 'off' } });
  runContentCheck(loadContentProject(root, config, ['en', 'es']), { rules: [spy('article-stale'), spy('article-missing')] });
  expect(calls).toEqual(['article-missing']);
});
