import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentRules } from '../../src/check/content-rules/index.js';
import type { InvalidExample, RuleExample, RuleMeta } from '../../src/check/rule-meta.js';
import { optionNames } from '../../src/check/rule-options.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { contentDiagnostics } from '../content-rules/support.js';
import { diagnosticsOf } from './check-lines.js';
import { tempProject } from './temp-project.js';

/** A diagnostic as a rule's examples and tests spell it: `file:line:col severity message [rule]`. */
export const diagnosticLine = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} [${d.ruleId}]`;

/** Cases a rule's test file adds to the examples the rule declares (edge cases too long for its docs). */
export interface RuleCases {
  valid?: RuleExample[];
  invalid?: InvalidExample[];
}

/**
 * The rule's diagnostics on the example's files, written to a temp folder and checked as `check`
 * checks them (bundle rules with the bundle checker, content rules with the article checker).
 */
export function ruleLines(rule: RuleMeta, example: RuleExample): string[] {
  const root = tempProject(example.files);
  try {
    const all = contentRules.some((r) => r.id === rule.id) ? contentDiagnostics(root, example.config) : diagnosticsOf(root, example.config);
    return all.filter((d) => d.ruleId === rule.id).map(diagnosticLine);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * ESLint's RuleTester for our rules: runs the rule's declared examples and the test file's own
 * cases on real files; a valid case must report nothing, an invalid one exactly its `expect`.
 * Also holds the rule's declaration to its contract (docs for each option, a level, examples).
 */
export function testRule(rule: RuleMeta, cases: RuleCases = {}): void {
  const valid = [...rule.examples.valid, ...(cases.valid ?? [])];
  const invalid = [...rule.examples.invalid, ...(cases.invalid ?? [])];
  describe(rule.id, () => {
    it.each(valid.map((c) => [c.name, c] as const))('valid: %s', (_name, example) => {
      expect(ruleLines(rule, example)).toEqual([]);
    });
    it.each(invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, example) => {
      expect(ruleLines(rule, example)).toEqual(example.expect);
    });
    it('declares its level, docs and examples', () => {
      expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
      for (const text of [rule.description, rule.docs.checks, rule.docs.why, rule.docs.passes]) expect(text.length).toBeGreaterThan(20);
      expect(Object.keys(rule.docs.options ?? {})).toEqual(rule.options ? optionNames(rule.options) : []);
      expect(rule.examples.invalid.length).toBeGreaterThanOrEqual(2);
      expect(rule.examples.valid.length).toBeGreaterThanOrEqual(2);
      for (const example of invalid) expect(example.expect.length).toBeGreaterThan(0);
    });
  });
}
