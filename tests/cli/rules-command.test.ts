import { describe, expect, it } from 'vitest';
import { contentRules } from '../../src/check/content-rules/index.js';
import type { RuleEntry } from '../../src/check/rule-list.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const config = JSON.stringify({ rules: { untranslated: 'off', 'plural-forms': ['warning', { large: 'off' }] } });

describe('l10n rules', () => {
  it('lists every rule check runs, at the level the config gives it (json)', () => {
    const result = runCli(['rules', '--format', 'json'], tempProject({ 'l10n.config.json': config }));
    expect([result.status, result.stderr]).toEqual([0, '']);
    const entries = JSON.parse(result.stdout) as RuleEntry[];
    expect(entries.map((e) => e.id)).toEqual([...bundleRules, ...contentRules].map((r) => r.id));
    expect(entries.find((e) => e.id === 'untranslated')).toMatchObject({ checks: 'bundles', severity: 'off', defaultSeverity: 'warning' });
    expect(entries.find((e) => e.id === 'plural-forms')).toMatchObject({ severity: 'warning', defaultSeverity: 'error' });
    expect(entries.find((e) => e.id === 'article-stale')).toMatchObject({ checks: 'articles', severity: 'warning' });
    for (const entry of entries) expect(entry.description.length).toBeGreaterThan(20);
  });

  it('prints each rule with its level, and the default beside a level the config changed (text)', () => {
    const lines = runCli(['rules'], tempProject({ 'l10n.config.json': config })).stdout.split('\n');
    expect(lines.find((l) => l.startsWith('untranslated '))).toMatch(/^untranslated +bundles +off \(default warning\)$/);
    expect(lines.find((l) => l.startsWith('missing-key '))).toMatch(/^missing-key +bundles +error$/);
    for (const rule of [...bundleRules, ...contentRules]) expect(lines.some((l) => l.startsWith(`${rule.id} `))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it("lists a rule's options with the defaults its docs page gives", () => {
    const text = runCli(['rules'], tempProject({})).stdout;
    expect(text).toContain('  option large (default "error"): The level of a missing category');
    expect(text).toContain('  option allow (default []): Values that may stay as in the source (brand names).');
    const json = JSON.parse(runCli(['rules', '--format', 'json'], tempProject({})).stdout) as RuleEntry[];
    expect(json.find((e) => e.id === 'format-mismatch')?.options.map((o) => [o.name, o.default])).toEqual([['formatters', '[]']]);
    expect(json.find((e) => e.id === 'missing-key')?.options).toEqual([]);
  });

  it('refuses a broken config as every command does, exit 2', () => {
    const result = runCli(['rules'], tempProject({ 'l10n.config.json': '{ "rules": { "untranslated": "of" } }' }));
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toContain('rules.untranslated: expected "error", "warning", "info" or "off"');
  });
});
