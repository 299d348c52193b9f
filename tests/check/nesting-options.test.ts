import fc from 'fast-check';
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
  {
    name: 'a context and a count',
    bundle: { m: '$t(friend, {"context": "male", "count": 2})', friend_male_one: 'a boyfriend', friend_male_other: '{{count}} boyfriends' },
    renders: '2 boyfriends',
  },
  {
    name: 'an ordinal count',
    bundle: {
      m: '$t(pos, {"count": 2, "ordinal": true})',
      pos_ordinal_one: '{{count}}st',
      pos_ordinal_two: '{{count}}nd',
      pos_ordinal_few: '{{count}}rd',
      pos_ordinal_other: '{{count}}th',
    },
    renders: '2nd',
  },
  { name: 'options in single quotes', bundle: { m: "$t(pl, {'count': 2})", pl_one: 'one', pl_other: 'many' }, renders: 'many' },
  { name: 'a count of zero', bundle: { m: '$t(pl, {"count": 0})', pl_zero: 'none', pl_other: 'some' }, renders: 'none' },
  {
    name: 'a context the bundle lacks (the plain key answers)',
    bundle: { m: '$t(friend, {"context": "female"})', friend: 'A friend', friend_male: 'He' },
    renders: 'A friend',
  },
  { name: 'a context nothing answers', bundle: { m: '$t(friend, {"context": "female"})', friend_male: 'He' }, renders: 'He' },
  {
    name: 'an ordinal only the cardinal forms answer',
    bundle: { m: '$t(pos, {"count": 1, "ordinal": true})', pos_one: 'first', pos_other: 'nth' },
    renders: 'first',
  },
  { name: 'a key that names an object', bundle: { m: '$t(nested)', nested: { deep: 'Deep' } }, renders: 'Deep' },
  { name: 'a formatter after the key', bundle: { m: '$t(b, uppercase)', b: 'bee' }, renders: 'bee' },
  { name: 'a formatter after a key that is not there', bundle: { m: '$t(be, uppercase)', b: 'bee' }, renders: 'bee' },
  { name: 'a space before the options (i18next looks up "b ")', bundle: { m: '$t(b , {"count": 2})', b: 'bee' }, renders: 'bee' },
  { name: 'a quoted key (i18next keeps the quotes)', bundle: { m: '$t("b")', b: 'bee' }, renders: 'bee' },
  { name: 'parentheses inside a quoted option', bundle: { m: '$t(friend, {"context": "a(b)"})', 'friend_a(b)': 'ctx' }, renders: 'ctx' },
  {
    name: 'parentheses inside a quoted option of a key that is not there',
    bundle: { m: '$t(frend, {"context": "a(b)"})', 'friend_a(b)': 'ctx' },
    renders: 'ctx',
  },
  {
    name: 'a default value for a key that is not there',
    bundle: { m: '$t(nothere, {"defaultValue": "fallback text"})' },
    renders: 'fallback text',
  },
  {
    name: 'a plural default value for a key that is not there',
    bundle: { m: '$t(nothere, {"count": 2, "defaultValue_other": "many"})' },
    renders: 'many',
  },
  {
    name: 'a default value with a "{{" no variable fills (i18next keeps it)',
    bundle: { m: '$t(nothere, {"defaultValue": "shown {{ {x} }}"})' },
    renders: 'shown {{ {x} }}',
  },
  {
    name: 'a default value holding the escaped prefix (i18next drops it)',
    bundle: { m: '$t(nothere, {"defaultValue": "dropped \\\\{\\\\{"})' },
    renders: 'dropped \\{\\{',
  },
  { name: 'options that are not JSON', bundle: { m: '$t(b, {count: 2})', b_one: 'one', b_other: 'many' }, renders: 'many' },
  { name: 'options after a line break', bundle: { m: '$t(b,\n {"count": 2})', b_other: 'bee' }, renders: 'bee' },
  { name: 'no closing parenthesis', bundle: { m: 'See $t(b', b: 'bee' }, renders: 'See bee' },
  { name: 'a second one without its closing parenthesis', bundle: { m: '$t(b) and $t(b', b: 'bee' }, renders: 'bee and bee' },
  {
    name: 'a $t( quoted in the options of a read one',
    bundle: { m: '$t(b, {"defaultValue": "x $t( y"}) and more', b: 'bee' },
    renders: 'bee and more',
  },
  {
    name: 'one without its closing parenthesis after a $t( quoted in options',
    bundle: { m: '$t(b, {"defaultValue": "x $t( y"}) and $t(b', b: 'bee' },
    renders: 'bee and bee',
  },
];

function rendered(bundle: Record<string, unknown>): unknown {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'en',
    resources: { en: { ui: bundle } },
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  return i18n.t('m');
}

describe('nesting with options agrees with i18next', () => {
  for (const { name, bundle, renders } of cases) {
    it(`${name}: reported exactly when i18next does not render it`, () => {
      const root = tempProject({ 'locales/en/ui.json': `${JSON.stringify(bundle, null, 2)}\n` });
      const reported = diagnosticsOf(root).filter((d) => d.ruleId === 'nesting');
      const i18nextRenders = rendered(bundle) === renders;
      expect({ reported: reported.map((d) => `${d.line}:${d.column}`), i18nextRenders }).toEqual({
        reported: i18nextRenders ? [] : ['2:3'],
        i18nextRenders,
      });
    });
  }

  it('says what i18next shows for a $t( without its closing parenthesis', () => {
    const root = tempProject({ 'locales/en/ui.json': '{\n  "m": "See $t(nav.home and more",\n  "nav": { "home": "Home" }\n}\n' });
    expect(diagnosticsOf(root).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '2:3 nesting "$t(nav.home and more" is no $t() i18next can read (no closing ")"): the page shows it as written',
    ]);
    expect(rendered({ m: 'See $t(nav.home and more', nav: { home: 'Home' } })).toBe('See $t(nav.home and more');
  });

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
    void i18n.init({
      initAsync: false,
      lng: 'en',
      resources: { en: { ui, common } },
      ns: ['ui', 'common'],
      defaultNS: 'ui',
      interpolation: { escapeValue: false },
    });
    return i18n.t('m');
  };
  const nestingIn = (ui: Record<string, unknown>) => {
    const root = tempProject({
      'locales/en/ui.json': `${JSON.stringify(ui, null, 2)}\n`,
      'locales/en/common.json': `${JSON.stringify(common, null, 2)}\n`,
    });
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

  it('looks a key up in the namespace its options name', () => {
    const ui = { m: 'From $t(brand, {"ns": "common"})' };
    expect(nestingIn(ui)).toEqual([]);
    expect(renderedIn(ui)).toBe('From Diario');
    const missing = { m: 'From $t(brandt, {"ns": "common"})' };
    expect(nestingIn(missing).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:3 $t(brandt) does not resolve: namespace "common" has no key "brandt" for en',
    ]);
    expect(renderedIn(missing)).toBe('From brandt');
  });
});

describe('a key built from variables agrees with i18next', () => {
  const renderedWith = (bundle: Record<string, unknown>, kind: string): unknown => {
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'en',
      resources: { en: { ui: bundle } },
      ns: ['ui'],
      defaultNS: 'ui',
      interpolation: { escapeValue: false },
    });
    return i18n.t('m', { kind });
  };
  const nestingOfBundle = (bundle: Record<string, unknown>) =>
    diagnosticsOf(tempProject({ 'locales/en/ui.json': `${JSON.stringify(bundle, null, 2)}\n` })).filter((d) => d.ruleId === 'nesting');

  it('passes one that some key fits: i18next interpolates before it nests', () => {
    const bundle = { m: 'G $t(item_{{kind}})', item_x: 'ix' };
    expect(nestingOfBundle(bundle)).toEqual([]);
    expect(renderedWith(bundle, 'x')).toBe('G ix');
  });

  it('reports one that no key fits, whatever the variable holds', () => {
    const bundle = { m: 'G $t(thing_{{kind}})', item_x: 'ix' };
    expect(nestingOfBundle(bundle).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:3 $t(thing_{{kind}}) fits no key of en or its fallbacks, whatever the variables hold; the page would show the raw key',
    ]);
    expect(renderedWith(bundle, 'x')).toBe('G thing_x');
  });
});

describe('nestingOf reads the options', () => {
  const plain = { hasOptions: false, hasCount: false, ordinal: false, hasDefault: false, dynamic: false };
  it('takes count, ordinal, context, ns, lng and defaultValue from JSON options, in either quotes, and a {{value}} as a count', () => {
    expect(
      nestingOf(
        `$t(a, {"count": 3, "ordinal": true, "context": "male"}) $t(b, {'context': 'x', 'ns': 'common'}) $t(c, {"count": {{n}}, "lng": "fr"}) $t(d) $t(e, {"defaultValue": "E"})`,
      ),
    ).toEqual([
      { ...plain, key: 'a', hasOptions: true, hasCount: true, count: 3, ordinal: true, context: 'male' },
      { ...plain, key: 'b', hasOptions: true, context: 'x', namespace: 'common' },
      { ...plain, key: 'c', hasOptions: true, hasCount: true, count: 1, locale: 'fr' },
      { ...plain, key: 'd' },
      { ...plain, key: 'e', hasOptions: true, hasDefault: true },
    ]);
  });

  it('splits key, options and formatters where i18next does', () => {
    expect(nestingOf('$t( a ) $t(b, uppercase) $t(c , {"count": 1}) $t("d") $t(e, {count: 1}) $t(f_{{x}})')).toEqual([
      { ...plain, key: 'a' },
      { ...plain, key: 'b' },
      { ...plain, key: 'c ', hasOptions: true, hasCount: true, count: 1 },
      { ...plain, key: '"d"' },
      { ...plain, key: 'e,{count: 1}', hasOptions: true, unreadOptions: '{count: 1}' },
      { ...plain, key: 'f_{{x}}', dynamic: true },
    ]);
  });
});

describe('nesting as i18next reads it, on generated references', () => {
  // Every value is a marker: i18next resolved the reference exactly when it renders one (an
  // unresolved reference renders the key it looked up, options and all).
  const bundle = { b: 'VB', b_one: 'VB1', b_other: 'VBN', b_male: 'VBM', 'b_a(b)': 'VBP' };
  const markers = [...Object.values(bundle), 'VD'];
  const reference = fc
    .tuple(
      fc.constantFrom('b', ' b', 'b ', '"b"', "'b'", 'c', 'b_one'),
      fc.constantFrom('', ',', ' ,', ', ', ',\n ', ',  '),
      fc.constantFrom(
        '',
        '{"count": 2}',
        '{count: 2}',
        "{'count': 1}",
        '{"context": "male"}',
        '{"context": "a(b)"}',
        '{"defaultValue": "VD"}',
        '{"count": "2"}',
        '{"ordinal": true, "count": 1}',
      ),
      fc.constantFrom('', ', uppercase', ',uppercase'),
    )
    .map(([key, comma, options, formatter]) => `$t(${key}${options === '' ? '' : comma}${options}${formatter})`);

  it('reports a reference exactly when i18next 26 does not resolve it', () => {
    fc.assert(
      fc.property(reference, (written) => {
        const ui = { m: `X ${written}`, ...bundle };
        const i18n = i18next.createInstance();
        void i18n.init({
          initAsync: false,
          lng: 'en',
          resources: { en: { ui } },
          ns: ['ui'],
          defaultNS: 'ui',
          interpolation: { escapeValue: false },
        });
        const resolved = markers.includes(String(i18n.t('m')).slice('X '.length));
        const reported = diagnosticsOf(tempProject({ 'locales/en/ui.json': `${JSON.stringify(ui, null, 2)}\n` })).some(
          (d) => d.ruleId === 'nesting' && d.key === 'm',
        );
        expect({ written, reported }).toEqual({ written, reported: !resolved });
      }),
      { numRuns: 150 },
    );
  });
});

describe('what the call hands down to a nested $t(), as i18next passes its options on', () => {
  const render = (bundle: Record<string, unknown>, key: string, options: Record<string, unknown>): unknown => {
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'en',
      resources: { en: { ui: bundle } },
      ns: ['ui'],
      defaultNS: 'ui',
      interpolation: { escapeValue: false },
    });
    return i18n.t(key, options);
  };
  const nestingFindings = (bundle: Record<string, unknown>) =>
    diagnosticsOf(tempProject({ 'locales/en/ui.json': `${JSON.stringify(bundle, null, 2)}\n` }))
      .filter((d) => d.ruleId === 'nesting')
      .map((d) => `${d.key} ${d.message}`);

  it('a plural form passes its count: $t(file) in summary_other reads file_other', () => {
    const bundle = { summary_one: '{{count}} $t(file)', summary_other: '{{count}} $t(file)', file_one: 'file', file_other: 'files' };
    expect(nestingFindings(bundle)).toEqual([]);
    expect([render(bundle, 'summary', { count: 1 }), render(bundle, 'summary', { count: 3 })]).toEqual(['1 file', '3 files']);
  });

  it('a context variant may pass its context: $t(pron) in liked_male reads pron_male', () => {
    const bundle = { liked: 'they liked it', liked_male: 'he liked $t(pron)', pron_male: 'him' };
    expect(nestingFindings(bundle)).toEqual([]);
    expect(render(bundle, 'liked', { context: 'male' })).toBe('he liked him');
  });

  it('a plural form that nests its own key reads itself again', () => {
    const bundle = { n: 'items', n_one: 'one item', n_other: '{{count}} $t(n)' };
    expect(nestingFindings(bundle)).toEqual([
      'n_other $t(n) reads "n_other" itself again: i18next passes the count of the call down to it, so the form nests itself',
    ]);
    expect(render(bundle, 'n', { count: 2 })).not.toBe('2 items');
  });
});
