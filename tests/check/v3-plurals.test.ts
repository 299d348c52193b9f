import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

// Plurals in i18next's v3 JSON format (points_plural; ar points_0 to points_5), which i18next 26
// reads as keys of their own: plural-forms reports the source's once, extra-key and missing-key
// name a translation's for what they are, and i18next 26 is the oracle for what readers see.

const project = tempProjectsPerTest();
const json = (data: Record<string, unknown>): string => JSON.stringify(data, null, 2);
const V3_RULES = new Set(['plural-forms', 'extra-key', 'missing-key']);

/** The plural-forms, extra-key and missing-key diagnostics as `file:line:col rule key: message`. */
function findings(files: Record<string, Record<string, unknown>>, config: Record<string, unknown> = {}): string[] {
  const root = project(Object.fromEntries(Object.entries(files).map(([locale, data]) => [`locales/${locale}/ui.json`, json(data)])));
  return diagnosticsOf(root, config)
    .filter((d) => V3_RULES.has(d.ruleId))
    .map((d) => `${line(d)} ${d.key}: ${d.message}`);
}

describe("a project written in i18next's v3 format (lemmy, jitsi-meet)", () => {
  // lemmy-translations: en and de in v3 two-form plurals, ar in numbered forms and without points_plural.
  const en = { points: '{{count}} point', points_plural: '{{count}} points', title: 'Points' };
  const de = { points: '{{count}} Punkt', points_plural: '{{count}} Punkte', title: 'Punkte' };
  const ar = {
    points_0: 'لا نقاط',
    points_1: 'نقطة واحدة',
    points_2: 'نقطتان',
    points_3: '{{count}} نقاط',
    points_4: '{{count}} نقطة',
    points_5: '{{count}} نقطة',
    title: 'نقاط',
  };

  it('reports the source once, and names each v3 key of a translation as one, one finding per key as before', () => {
    const found = findings({ en, de, ar });
    expect(found).toEqual([
      'locales/ar/ui.json:1:1 missing-key points: missing key "points"; en has "{{count}} point"',
      'locales/ar/ui.json:1:1 missing-key points_plural: missing key "points_plural"; en has "{{count}} points", a plural form in i18next\'s v3 format, which i18next 26 no longer reads: plural-forms reports it at the en source',
      ...[0, 1, 2, 3, 4, 5].map(
        (n) =>
          `locales/ar/ui.json:${n + 2}:3 extra-key points_${n}: extra key "points_${n}": a plural form in i18next's v3 format, which i18next 26 no longer reads (it reads ar plurals as points_zero, _one, _two, _few, _many, _other); the en source writes "points" in the v3 format too: plural-forms reports it there`,
      ),
      'locales/en/ui.json:3:3 plural-forms points_plural: "points_plural" is i18next\'s v3 plural format, which i18next 26 reads as a key of its own: t(\'points\', { count }) reads "points" at every count, and at count 5 readers see "5 point"; rename "points" and "points_plural" to "points_one" and "points_other" (i18next-v4-format-converter converts each locale\'s file)',
    ]);
  });

  it("warns (the app may call t('points_plural') itself), and passes forms of the same text (outline)", () => {
    const root = project({ 'locales/en/ui.json': json(en), 'locales/de/ui.json': json(de) });
    expect(
      diagnosticsOf(root, {})
        .filter((d) => d.ruleId === 'plural-forms')
        .map((d) => `${d.severity} ${d.key}`),
    ).toEqual(['warning points_plural']);
    const alike = {
      '{{ count }} documents starred': '{{ count }} documents starred',
      '{{ count }} documents starred_plural': '{{ count }} documents starred',
    };
    const same = project({ 'locales/en/ui.json': json(alike), 'locales/de/ui.json': json(alike) });
    expect(diagnosticsOf(same, { keySeparator: false, nsSeparator: false }).filter((d) => d.ruleId === 'plural-forms')).toEqual([]);
  });

  it("reports a translation whose v3 forms differ where the source's are alike (outline pl), at what i18next 26 shows", () => {
    const alike = { '{{ count }} selected': '{{ count }} selected', '{{ count }} selected_plural': '{{ count }} selected' };
    const pl = {
      '{{ count }} selected': 'Zaznaczono {{ count }} dokument',
      '{{ count }} selected_plural': 'Zaznaczono {{ count }} dokumentów',
    };
    const de = { '{{ count }} selected': '{{ count }} ausgewählt', '{{ count }} selected_plural': '{{ count }} ausgewählt' };
    const i18n = uiI18next('en', { en: alike, pl, de });
    // The oracle: pl readers see the singular at every count, de readers see what de means.
    expect([1, 2, 5].map((count) => i18n.t('{{ count }} selected', { lng: 'pl', count }))).toEqual([
      'Zaznaczono 1 dokument',
      'Zaznaczono 2 dokument',
      'Zaznaczono 5 dokument',
    ]);
    expect(findings({ en: alike, pl, de }, { keySeparator: false })).toEqual([
      `locales/pl/ui.json:3:3 plural-forms {{ count }} selected_plural: "{{ count }} selected_plural" is i18next's v3 plural format, which i18next 26 reads as a key of its own: t('{{ count }} selected', { count }) reads "{{ count }} selected" at every count, and at count 5 pl readers see "${i18n.t('{{ count }} selected', { lng: 'pl', count: 5 })}", not this form (the en source writes both forms alike, so only translations show it); rename them to pl's forms, {{ count }} selected_one, _few, _many, _other (i18next-v4-format-converter converts each locale's file)`,
    ]);
  });

  it('says what i18next 26 shows, as i18next 26 shows it', () => {
    const i18n = uiI18next('en', { en, de, ar });
    expect([
      i18n.t('points', { count: 5 }),
      i18n.t('points', { lng: 'de', count: 5 }),
      i18n.t('points', { lng: 'ar', count: 5 }),
      i18n.t('points_plural', { count: 5 }),
    ]).toEqual(['5 point', '5 Punkt', '5 point', '5 points']);
  });

  it('reads no context variant into a v3 form whose base starts with another key (lemmy active_users_plural beside active)', () => {
    const english = { active: 'Active', active_users: '{{count}} active user', active_users_plural: '{{count}} active users' };
    const spanish = { active: 'Activo', active_users: '{{count}} usuario activo' };
    expect(findings({ en: english, es: spanish }).filter((f) => f.includes('missing-key'))).toEqual([
      'locales/es/ui.json:1:1 missing-key active_users_plural: missing key "active_users_plural"; en has "{{count}} active users", a plural form in i18next\'s v3 format, which i18next 26 no longer reads: plural-forms reports it at the en source',
    ]);
  });

  it('keeps a nested key and a custom plural separator (jitsi connectionindicator.localaddress_plural)', () => {
    const english = { connection: { address: 'Local address:', 'address~plural': 'Local addresses:' } };
    expect(findings({ en: english }, { pluralSeparator: '~' })).toEqual([
      'locales/en/ui.json:4:5 plural-forms connection.address~plural: "connection.address~plural" is i18next\'s v3 plural format, which i18next 26 reads as a key of its own: t(\'connection.address\', { count }) reads "connection.address" at every count, and at count 5 readers see "Local address:"; rename "connection.address" and "connection.address~plural" to "connection.address~one" and "connection.address~other" (i18next-v4-format-converter converts each locale\'s file)',
    ]);
  });
});

describe('a translation still in the v3 format beside a source in i18next 26 format', () => {
  const en = { items_one: '{{count}} item', items_other: '{{count}} items' };
  const ru = { items_0: '{{count}} предмет', items_1: '{{count}} предмета', items_2: '{{count}} предметов' };

  it('names its numbered keys as v3 forms, with the forms i18next 26 reads', () => {
    const found = findings({ en, ru });
    expect(found).toEqual([
      'locales/ru/ui.json:1:1 missing-key items: missing plural forms "items_one", "items_few", "items_many", "items_other"; en has "{{count}} item"',
      ...[0, 1, 2].map(
        (n) =>
          `locales/ru/ui.json:${n + 2}:3 extra-key items_${n}: extra key "items_${n}": a plural form in i18next's v3 format, which i18next 26 no longer reads (it reads ru plurals as items_one, _few, _many, _other)`,
      ),
    ]);
    expect(uiI18next('ru', { en, ru }).t('items', { count: 5 })).toBe('5 items');
  });
});

describe('keys that only look like v3 plurals', () => {
  it('leaves numbered keys with no base anywhere, and a source that writes i18next 26 forms beside a leftover', () => {
    const en = {
      step_1: 'Plan',
      step_2: 'Pay',
      points: 'Points',
      points_plural: '{{count}} points',
      points_one: '{{count}} point',
      points_other: '{{count}} points',
    };
    const de = {
      step_1: 'Plan',
      step_2: 'Zahlen',
      step_3: 'Fertig',
      points: 'Punkte',
      points_plural: '{{count}} Punkte',
      points_one: '{{count}} Punkt',
      points_other: '{{count}} Punkte',
    };
    expect(findings({ en, de })).toEqual(['locales/de/ui.json:4:3 extra-key step_3: extra key "step_3": the en source has no such key']);
  });

  it('reports a Russian source numbered as its forms, but not one with the bare key, a form past its last, or no count', () => {
    const forms = { items_0: '{{count}} предмет', items_1: '{{count}} предмета', items_2: '{{count}} предметов' };
    const config = { sourceLocale: 'ru' };
    expect(findings({ ru: forms }, config).map((f) => f.slice(0, f.indexOf(':', f.indexOf(' ')) + 1))).toEqual([
      'locales/ru/ui.json:2:3 plural-forms items_0:',
    ]);
    expect(findings({ ru: { ...forms, items: 'Предметы' } }, config)).toEqual([]);
    expect(findings({ ru: { ...forms, items_3: '{{count}} предметы' } }, config)).toEqual([]);
    expect(findings({ ru: { list_0: 'Первый', list_1: 'Второй', list_2: 'Третий' } }, config)).toEqual([]);
    // i18next 26 with a count finds no form and shows the key.
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'ru', fallbackLng: 'ru', resources: { ru: { ui: forms } }, ns: ['ui'], defaultNS: 'ui' });
    expect(i18n.t('items', { count: 5 })).toBe('items');
  });

  it('leaves an English source of two numbered keys alone (no v3 form of English is numbered)', () => {
    expect(findings({ en: { items_0: '{{count}} item', items_1: '{{count}} items' } })).toEqual([]);
  });
});
