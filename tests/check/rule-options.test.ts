import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRules } from '../../src/check/content-rules/index.js';
import { listRules } from '../../src/check/rule-list.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { runCheck } from '../../src/check/run-check.js';
import { ConfigError, parseConfig } from '../../src/config/parse-config.js';
import { diagnosticsOf } from '../support/check-lines.js';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

// Each rule declares its options as a zod schema: an option it does not take, or a value its
// schema refuses, is a config error naming the rule, the option and what is allowed.

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The ConfigError message a check with these rule settings gives, or '' when it runs. */
function refusal(rules: Record<string, unknown>): string {
  const config = parseConfig({ rules });
  try {
    runCheck({
      config,
      locales: ['en'],
      namespaces: ['ui'],
      read: () => [{ file: 'locales/en/ui.json', locale: 'en', namespace: 'ui', bytes: Buffer.from('{"a":"A"}') }],
    });
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
}

describe('rule options', () => {
  it('refuses an option a rule does not take, for every rule, naming what it takes', () => {
    for (const rule of [...bundleRules, ...contentRules]) {
      expect(refusal({ [rule.id]: ['warning', { colour: 1 }] })).toContain(`rules.${rule.id}: unknown option "colour" (${rule.id} takes `);
    }
    expect(refusal({ untranslated: ['warning', { alow: ['Acme'] }] })).toContain(
      'rules.untranslated: unknown option "alow" (untranslated takes "allow", "allowPatterns")',
    );
    expect(refusal({ 'missing-key': ['error', { allow: [] }] })).toContain(
      'rules.missing-key: unknown option "allow" (missing-key takes no options)',
    );
  });

  it('refuses a value the option does not allow, naming what it allows', () => {
    expect(refusal({ 'plural-forms': ['error', { large: 'sometimes' }] })).toContain(
      'rules.plural-forms.large: "sometimes" is not allowed: Invalid option: expected one of "error"|"warning"|"info"|"off"',
    );
    expect(refusal({ untranslated: ['warning', { allow: 'Acme' }] })).toContain(
      'rules.untranslated.allow: "Acme" is not allowed: Invalid input: expected array, received string',
    );
    expect(refusal({ untranslated: ['warning', { allowPatterns: ['(unclosed'] }] })).toMatch(
      /rules\.untranslated\.allowPatterns\.0: "\(unclosed" is not allowed: not a regular expression: /,
    );
    expect(refusal({ 'format-mismatch': ['error', { formatters: [1] }] })).toContain(
      'rules.format-mismatch.formatters.0: 1 is not allowed: Invalid input: expected string, received number',
    );
  });

  it('lists every problem at once, and takes good options silently', () => {
    const message = refusal({ 'plural-forms': ['error', { rare: 'warning' }], untranslated: ['warning', { alow: [] }] });
    expect(message.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(2);
    expect(
      refusal({
        'plural-forms': ['error', { large: 'error', fractional: 'off' }],
        untranslated: ['warning', { allow: ['Acme'], allowPatterns: ['^v\\d'] }],
        'format-mismatch': ['error', { formatters: ['upper'] }],
      }),
    ).toBe('');
  });

  it('hands the parsed options to the rule: allow and allowPatterns take effect', () => {
    const same = JSON.stringify({ brand: 'Acme', version: 'v2 beta', login: 'Log in' });
    const root = tempProject({ 'locales/en/ui.json': same, 'locales/es/ui.json': same });
    roots.push(root);
    const untranslated = (options: Record<string, unknown>): (string | undefined)[] =>
      diagnosticsOf(root, { rules: { untranslated: ['warning', options] } })
        .filter((d) => d.ruleId === 'untranslated')
        .map((d) => d.key);
    expect(untranslated({})).toEqual(['brand', 'version', 'login']);
    expect(untranslated({ allow: ['Acme'], allowPatterns: ['^v\\d'] })).toEqual(['login']);
  });

  it('l10n rules refuses them as check does', () => {
    expect(() => listRules(parseConfig({ rules: { untranslated: ['warning', { alow: [] }] } }))).toThrow(
      'rules.untranslated: unknown option "alow"',
    );
  });

  it('check and rules exit 2 on a bad option, with the message and no stack', () => {
    const root = tempProject({
      'l10n.config.json': JSON.stringify({
        rules: { untranslated: ['warning', { alow: ['Acme'] }], 'plural-forms': ['error', { fractional: 'sometimes' }] },
      }),
      'locales/en/ui.json': '{ "a": "A" }\n',
      'locales/es/ui.json': '{ "a": "A es" }\n',
    });
    roots.push(root);
    for (const command of [['check'], ['check', '--jobs', '2'], ['rules']]) {
      const result = runCli(command, root);
      expect([command, result.status, result.stdout]).toEqual([command, 2, '']);
      expect(result.stderr).toContain('rules.untranslated: unknown option "alow" (untranslated takes "allow", "allowPatterns")');
      expect(result.stderr).toContain(
        'rules.plural-forms.fractional: "sometimes" is not allowed: Invalid option: expected one of "error"|"warning"|"info"|"off"',
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
