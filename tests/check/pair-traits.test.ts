import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/load-check.js';
import type { Rule } from '../../src/check/rule.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadIcuParser } from '../../src/bundles/icu-message.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

// The walk hands a pair only to the rules whose traits it has (pair-traits.ts). That must never
// change a report: on strings made of everything the pair rules look at, the check with the
// traits gives exactly the diagnostics of the check that hands every pair to every rule.

const project = tempProjectsPerTest();

const PIECES = [
  'a',
  'Zé',
  '7',
  ' ',
  '\u00a0',
  '\u3000',
  '\t',
  '\n',
  '{{x}}',
  '{{x, number}}',
  '{{ y }}',
  '{{- y}}',
  '{{n, numbr}}',
  '<b>',
  '</b>',
  '<1>',
  '<br/>',
  '?',
  '!',
  '¿',
  '¡',
  '.',
  ':',
  '…',
  '...',
  '。',
  '？',
  ';',
  '"',
  ')',
  '」',
  '$t(k)',
  '$ T (k)',
  'ñ',
  '{x}',
  '{n, number}',
  '{n, date, short}',
  '{count, plural, one {# a} other {# b}}',
  '{count, plural, one {#} few {# c} other {# b}}',
  '{g, select, f {x} other {y}}',
  "'{'",
  '{',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(''));
/** A source string and its translations in four locales; some keep the source's text. */
const entry = fc.tuple(text, fc.array(fc.option(text, { nil: undefined }), { minLength: 4, maxLength: 4 }));
const TARGETS = ['es', 'fr', 'ja', 'el'];

/** The bundle rules with no pair traits: every pair goes to every pair rule. */
const ungated: Rule[] = bundleRules.map((rule) => {
  const { pairTraits: _, ...rest } = rule;
  return rest as Rule;
});

/** The project of strings made of PIECES: a source and four translations per key. */
function piecesProject(): Record<string, string> {
  const entries = fc.sample(entry, { numRuns: 600, seed: 24 });
  const files: Record<string, string> = {};
  const bundles: Record<string, Record<string, string>> = { en: {} };
  entries.forEach(([source, translations], i) => {
    (bundles.en as Record<string, string>)[`k${i}`] = source;
    translations.forEach((translation, t) => {
      const locale = TARGETS[t] as string;
      (bundles[locale] ??= {})[`k${i}`] = translation ?? source;
    });
  });
  for (const [locale, bundle] of Object.entries(bundles)) files[`locales/${locale}/ui.json`] = `${JSON.stringify(bundle, null, 2)}\n`;
  return files;
}

describe('pair traits', () => {
  it('leave every report as it is without them', () => {
    const root = project(piecesProject());
    const gated = checkProject(root, parseConfig({}));
    expect(gated.diagnostics.length).toBeGreaterThan(200);
    expect(new Set(gated.diagnostics.map((d) => d.ruleId)).size).toBeGreaterThanOrEqual(7);
    expect(gated).toEqual(checkProject(root, parseConfig({}), { rules: ungated }));
  });

  it('leave every report of ICU messages as it is without them', async () => {
    await loadIcuParser();
    const root = project(piecesProject());
    const config = parseConfig({ messageFormat: 'icu' });
    const gated = checkProject(root, config);
    const rules = new Set(gated.diagnostics.map((d) => d.ruleId));
    for (const rule of ['message-syntax', 'interpolation-mismatch', 'format-mismatch', 'plural-forms']) expect(rules).toContain(rule);
    expect(gated).toEqual(checkProject(root, config, { rules: ungated }));
  });

  it('hand every pair to a rule that names no traits, plain strings included', () => {
    const seen: string[] = [];
    const everyPair: Rule = {
      id: 'every-pair',
      defaultSeverity: 'info',
      description: 'Sees every pair.',
      docs: { checks: 'every pair', why: 'to see them all', passes: 'nothing' },
      examples: { invalid: [], valid: [] },
      checkPair: (pair) => void seen.push(pair.key),
    };
    const root = project({
      'locales/en/ui.json': '{ "plain": "Save", "marked": "Save?", "same": "OK" }\n',
      'locales/fr/ui.json': '{ "plain": "Enregistrer", "marked": "Enregistrer ?", "same": "OK" }\n',
    });
    checkProject(root, parseConfig({}), { rules: [everyPair] });
    expect(seen).toEqual(['plain', 'marked', 'same']);
  });
});
