import { expect, it } from 'vitest';
import { CONTENT_RULE_OPTIONS } from '../../src/check/content-rules/content-rule-options.js';
import type { ContentRule } from '../../src/check/content-rules/content-rule.js';
import { contentRules } from '../../src/check/content-rules/index.js';
import { loadContentProject } from '../../src/check/content-rules/load-content-check.js';
import { runContentCheck } from '../../src/check/content-rules/run-content-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { tempProject } from '../support/temp-project.js';

it("the id list the bundle checker accepts is the registry's", () => {
  expect(Object.keys(CONTENT_RULE_OPTIONS)).toEqual(contentRules.map((r) => r.id));
});

it('content rule ids are unique and distinct from bundle rule ids', () => {
  const ids = [...contentRules, ...bundleRules].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it('a content rule the config turns off does no work', () => {
  const calls: string[] = [];
  const spy = (id: string): ContentRule => ({
    id,
    defaultSeverity: 'warning',
    description: 'records that it ran',
    docs: { checks: '', why: '', passes: '' },
    examples: { invalid: [], valid: [] },
    check: () => void calls.push(id),
  });
  const root = tempProject({ 'content/en/a.md': '---\ntitle: A\n---\nText.\n' });
  const config = parseConfig({ locales: ['en', 'es'], rules: { 'article-stale': 'off' } });
  runContentCheck(loadContentProject(root, config, ['en', 'es']), { rules: [spy('article-stale'), spy('article-missing')] });
  expect(calls).toEqual(['article-missing']);
});
