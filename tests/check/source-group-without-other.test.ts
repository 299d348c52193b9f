import i18next from 'i18next';
import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

it('a source key that reads as a lone plural form says it may be a key of its own, and translations compare it as one', () => {
  // Karakeep's settings.api_keys.scopes.choose_at_least_one, which the app reads by its whole name.
  const english = { step_one: 'Step one', choose_at_least_one: 'Choose at least one scope.', title: 'Title' };
  const spanish = { step_one: 'Paso uno', title: 'Título' };
  const korean = { step_one: '1단계', choose_at_least_one: '최소 하나 이상의 범위를 선택하십시오.', title: '제목' };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/es/ui.json': JSON.stringify(spanish, null, 2),
    'locales/ko/ui.json': JSON.stringify(korean, null, 2),
  });
  const found = diagnosticsOf(root).filter((d) => d.ruleId === 'plural-forms' || d.ruleId === 'missing-key' || d.ruleId === 'extra-key');
  expect(found.map((d) => `${line(d)} ${d.key}`)).toEqual([
    'locales/en/ui.json:2:3 plural-forms step_other',
    'locales/en/ui.json:3:3 plural-forms choose_at_least_other',
    'locales/es/ui.json:1:1 missing-key choose_at_least_one',
  ]);
  expect(found[0]?.message).toBe(
    'missing plural form "step_other": en needs one, other; counts 2, 3, 4 select "other", where readers see the key "step"; or, if "step_one" is a key of its own and not a plural form, rename it: t() with a count reads it as one',
  );
  // i18next reads each key by its whole name; only a count turns it into a plural missing its other form, in every locale alike.
  const i18n = uiI18next('ko', { en: english, es: spanish, ko: korean });
  expect([i18n.t('choose_at_least_one'), i18n.t('step_one', { lng: 'es' }), i18n.t('step', { lng: 'en', count: 2 })]).toEqual([
    '최소 하나 이상의 범위를 선택하십시오.',
    'Paso uno',
    'step',
  ]);
});

it('a source group with its other form gets no such hint', () => {
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify({ step_one: 'a step', step_two: 'two steps', step_other: 'steps' }, null, 2),
  });
  expect(
    diagnosticsOf(root)
      .filter((d) => d.ruleId === 'plural-forms')
      .map((d) => d.message),
  ).toEqual(['"step_two" is never used: en plural forms are one, other']);
});

it('numbered keys are no plural: step_one and step_two beside step_three are keys of their own', () => {
  const english = { step_one: 'Choose a plan', step_two: 'Pay', step_three: 'Done' };
  const german = { step_one: 'Plan wählen', step_two: 'Bezahlen', step_three: 'Fertig' };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/de/ui.json': JSON.stringify(german, null, 2),
  });
  expect(diagnosticsOf(root)).toEqual([]);
  const i18n = uiI18next('de', { en: english, de: german });
  expect([i18n.t('step_one'), i18n.t('step_two'), i18n.t('step_three')]).toEqual(['Plan wählen', 'Bezahlen', 'Fertig']);
});

it('a lone form beside keys of the same stem that number nothing is still a plural without its other form', () => {
  const english = {
    file_one: '{{count}} file',
    file_label: 'Files',
    friend_one: 'a friend',
    friend_male_one: 'a boyfriend',
    friend_male_other: '{{count}} boyfriends',
  };
  const root = tempProject({ 'locales/en/ui.json': JSON.stringify(english, null, 2) });
  expect(
    diagnosticsOf(root)
      .filter((d) => d.ruleId === 'plural-forms')
      .map((d) => d.key),
  ).toEqual(['file_other', 'friend_other']);
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: english } }, ns: ['ui'], defaultNS: 'ui' });
  expect([i18n.t('file', { count: 3 }), i18n.t('friend', { count: 3 })]).toEqual(['file', 'friend']);
});

it('a lone other form gets the hint once, at the first category it lacks', () => {
  const english = { tag_other: 'Other issue' };
  const root = tempProject({ 'locales/en/ui.json': JSON.stringify(english, null, 2) });
  expect(
    diagnosticsOf(root)
      .filter((d) => d.ruleId === 'plural-forms')
      .map((d) => d.message),
  ).toEqual([
    'missing plural form "tag_one": en needs one, other; counts 1 select "one", where readers see the key "tag"; or, if "tag_other" is a key of its own and not a plural form, rename it: t() with a count reads it as one',
  ]);
  const i18n = uiI18next('en', { en: english });
  expect([i18n.t('tag_other'), i18n.t('tag', { count: 1 }), i18n.t('tag', { count: 2 })]).toEqual(['Other issue', 'tag', 'Other issue']);
});

it('a lone other form among named siblings is a choice of its own, not a plural (cal.com)', () => {
  const english = { apps_calendar: 'Calendar apps', apps_payment: 'Payment apps', apps_other: 'Other apps' };
  const german = { apps_calendar: 'Kalender-Apps', apps_payment: 'Zahlungs-Apps' };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/de/ui.json': JSON.stringify(german, null, 2),
  });
  expect(diagnosticsOf(root).map((d) => `${line(d)} ${d.key}`)).toEqual(['locales/de/ui.json:1:1 missing-key apps_other']);
  const i18n = uiI18next('de', { en: english, de: german });
  expect([i18n.t('apps', { context: 'payment' }), i18n.t('apps_other')]).toEqual(['Zahlungs-Apps', 'Other apps']);
});
