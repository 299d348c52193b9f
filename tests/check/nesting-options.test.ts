import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { nestingOf } from '../../src/bundles/message-parts.js';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// `$t()` with options, judged by i18next 26 itself: the nesting rule reports a reference exactly
// when i18next does not render the string the reference names.

interface Case {
  name: string;
  bundle: Record<string, unknown>;
  /** What i18next renders for `t('m')` when the reference resolves to a string. */
  renders: string;
}

const cases: Case[] = [
  { name: 'a context', bundle: { m: '$t(friend, {"context": "male"})', friend_male: 'He' }, renders: 'He' },
  { name: 'a context and a count', bundle: { m: '$t(friend, {"context": "male", "count": 2})', friend_male_one: 'a boyfriend', friend_male_other: '{{count}} boyfriends' }, renders: '2 boyfriends' },
  { name: 'an ordinal count', bundle: { m: '$t(pos, {"count": 2, "ordinal": true})', pos_ordinal_one: '{{count}}st', pos_ordinal_two: '{{count}}nd', pos_ordinal_few: '{{count}}rd', pos_ordinal_other: '{{count}}th' }, renders: '2nd' },
  { name: 'options in single quotes', bundle: { m: "$t(pl, {'count': 2})", pl_one: 'one', pl_other: 'many' }, renders: 'many' },
  { name: 'a count of zero', bundle: { m: '$t(pl, {"count": 0})', pl_zero: 'none', pl_other: 'some' }, renders: 'none' },
  { name: 'a context the bundle lacks (the plain key answers)', bundle: { m: '$t(friend, {"context": "female"})', friend: 'A friend', friend_male: 'He' }, renders: 'A friend' },
  { name: 'a context nothing answers', bundle: { m: '$t(friend, {"context": "female"})', friend_male: 'He' }, renders: 'He' },
  { name: 'an ordinal only the cardinal forms answer', bundle: { m: '$t(pos, {"count": 1, "ordinal": true})', pos_one: 'first', pos_other: 'nth' }, renders: 'first' },
  { name: 'a key that names an object', bundle: { m: '$t(nested)', nested: { deep: 'Deep' } }, renders: 'Deep' },
];

function rendered(bundle: Record<string, unknown>): unknown {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: bundle } }, ns: ['ui'], defaultNS: 'ui', interpolation: { escapeValue: false } });
  return i18n.t('m');
}

describe('nesting with options agrees with i18next', () => {
  for (const { name, bundle, renders } of cases) {
    it(`${name}: reported exactly when i18next does not render it`, () => {
      const root = tempProject({ 'locales/en/ui.json': `${JSON.stringify(bundle, null, 2)}\n` });
      const reported = diagnosticsOf(root).filter((d) => d.ruleId === 'nesting');
      const i18nextRenders = rendered(bundle) === renders;
      expect({ reported: reported.map((d) => `${d.line}:${d.column}`), i18nextRenders }).toEqual({ reported: i18nextRenders ? [] : ['2:3'], i18nextRenders });
    });
  }

  it('says what i18next shows for a reference to an object', () => {
    const root = tempProject({ 'locales/en/ui.json': '{\n  "m": "$t(nested)",\n  "nested": { "deep": "Deep" }\n}\n' });
    const [finding] = diagnosticsOf(root).filter((d) => d.ruleId === 'nesting');
    expect(finding?.message).toContain(`returned an object instead of string`);
    expect(String(rendered({ m: '$t(nested)', nested: { deep: 'Deep' } }))).toContain('returned an object instead of string');
  });
});

describe('a reference into another namespace agrees with i18next', () => {
  const common = { legal: { terms: 'the terms' }, brand: 'Diario' };
  const renderedIn = (ui: Record<string, unknown>): unknown => {
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui, common } }, ns: ['ui', 'common'], defaultNS: 'ui', interpolation: { escapeValue: false } });
    return i18n.t('m');
  };
  const nestingIn = (ui: Record<string, unknown>) => {
    const root = tempProject({ 'locales/en/ui.json': `${JSON.stringify(ui, null, 2)}\n`, 'locales/en/common.json': `${JSON.stringify(common, null, 2)}\n` });
    return diagnosticsOf(root).filter((d) => d.ruleId === 'nesting');
  };

  it('reports one that names an object of keys, with the text i18next shows', () => {
    const ui = { m: 'See $t(common:legal)' };
    const [finding, ...rest] = nestingIn(ui);
    expect(rest).toEqual([]);
    expect({ at: `${finding?.file}:${finding?.line}:${finding?.column}`, message: finding?.message }).toEqual({
      at: 'locales/en/ui.json:2:3',
      message: `$t(common:legal) names an object of keys, not a string: i18next shows "key 'legal (en)' returned an object instead of string."`,
    });
    expect(String(renderedIn(ui))).toContain(`key 'legal (en)' returned an object instead of string.`);
  });

  it('passes one that names a string', () => {
    const ui = { m: 'From $t(common:brand) and $t(common:legal.terms)' };
    expect(nestingIn(ui)).toEqual([]);
    expect(renderedIn(ui)).toBe('From Diario and the terms');
  });
});

describe('nestingOf reads the options', () => {
  it('takes count, ordinal and context from JSON options, in either quotes, and a {{value}} as a count', () => {
    expect(nestingOf(`$t(a, {"count": 3, "ordinal": true, "context": "male"}) $t(b, {'context': 'x'}) $t(c, {"count": {{n}}}) $t(d)`)).toEqual([
      { key: 'a', hasOptions: true, hasCount: true, count: 3, ordinal: true, context: 'male' },
      { key: 'b', hasOptions: true, hasCount: false, ordinal: false, context: 'x' },
      { key: 'c', hasOptions: true, hasCount: true, count: 1, ordinal: false },
      { key: 'd', hasOptions: false, hasCount: false, ordinal: false },
    ]);
  });
});
