import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Defect } from '../../bench/generate-project.mjs';
import { i18nCheckFindings, l10nFindings, score } from '../../bench/harness/score.mjs';

const fixture = (name: string): string => readFileSync(join('tests', 'fixtures', 'bench', name), 'utf8');
const defect = (kind: string, file: string, key: string | null): Defect => ({
  kind,
  file,
  locale: file.split('/')[1] ?? '',
  namespace: 'x',
  key,
  line: 1,
});

describe('i18nCheckFindings', () => {
  it('reads missing-key rows and invalid-key triples from the table reporter', () => {
    const findings = i18nCheckFindings(fixture('i18n-check-table/stdout.txt'));
    expect(findings).toHaveLength(9);
    expect(findings[0]).toEqual({ rule: null, file: 'locales/ru/account.json', key: 'dialog.loadRefund77' });
    expect(findings[6]).toEqual({ rule: null, file: 'locales/es/account.json', key: 'form.error.invoiceQuestion288' });
  });
});

describe('score', () => {
  const defects = [
    defect('missing-key', 'locales/ru/account.json', 'dialog.loadRefund77'),
    defect('plural-forms', 'locales/es/common.json', 'item_many'),
    defect('json-syntax', 'locales/fr/common.json', null),
    defect('fallback-resolved', 'locales/es-AR/common.json', 'a'),
    defect('locale-code', 'locales/es-mx/common.json', null),
  ];

  it('matches l10n findings by rule, file and key, and counts the rest as false alarms', () => {
    const report = JSON.stringify({
      version: 1,
      diagnostics: [
        { file: 'locales/ru/account.json', severity: 'error', ruleId: 'missing-key', key: 'dialog.loadRefund77' },
        { file: 'locales/es/common.json', severity: 'error', ruleId: 'extra-key', key: 'item_many' },
        { file: 'locales/fr/common.json', severity: 'error', ruleId: 'json-syntax' },
        { file: 'locales/es-AR/common.json', severity: 'info', ruleId: 'fallback-resolved', key: 'a' },
        { file: 'locales/es-AR/common.json', severity: 'info', ruleId: 'fallback-resolved', key: 'b' },
        { file: 'locales/es-mx/common.json', severity: 'error', ruleId: 'locale-code' },
      ],
    });
    const result = score(l10nFindings(report), defects);
    expect([result.found, result.total, result.falseAlarms]).toEqual([4, 5, 2]);
    expect(result.byKind['locale-code']).toEqual({ found: 1, total: 1 });
    expect(result.byKind['plural-forms']).toEqual({ found: 0, total: 1 });
    expect(result.byKind['fallback-resolved']).toEqual({ found: 1, total: 1 });
    expect(result.falseAlarmSamples).toContainEqual({ rule: 'fallback-resolved', file: 'locales/es-AR/common.json', key: 'b' });
  });

  it('matches findings without rule ids by file and key, never a broken or misnamed file by a key', () => {
    const findings = [
      { rule: null, file: 'locales/es/common.json', key: 'item_many' },
      { rule: null, file: 'locales/fr/common.json', key: 'anything' },
      { rule: null, file: 'locales/es-AR/common.json', key: 'a' },
      { rule: null, file: 'locales/es-mx/common.json', key: 'anything' },
    ];
    const result = score(findings, defects);
    expect(result.byKind).toEqual({
      'missing-key': { found: 0, total: 1 },
      'plural-forms': { found: 1, total: 1 },
      'json-syntax': { found: 0, total: 1 },
      'fallback-resolved': { found: 0, total: 1 },
      'locale-code': { found: 0, total: 1 },
    });
    // Calling a key that resolves through es "missing" is a false alarm, not a catch.
    expect(result.falseAlarms).toBe(3);
  });
});
