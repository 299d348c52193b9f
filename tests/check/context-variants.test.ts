import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// A context variant a locale lacks, judged by i18next 26: called with the context, it falls back
// to the plain key of the same locale, so readers keep their language (unlike a missing key).

const english = { liked: 'They liked it', liked_male: 'He liked it', friend_one: 'a friend', friend_other: '{{count}} friends', friend_male_one: 'a boyfriend', friend_male_other: '{{count}} boyfriends' };

function t(german: Record<string, string>, key: string, options: Record<string, unknown>): string {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'de', fallbackLng: 'en', resources: { en: { ui: english }, de: { ui: german } }, ns: ['ui'], defaultNS: 'ui' });
  return i18n.t(key, options);
}

function missing(german: Record<string, string>): string[] {
  const root = tempProject({ 'locales/en/ui.json': JSON.stringify(english, null, 2), 'locales/de/ui.json': JSON.stringify(german, null, 2) });
  return diagnosticsOf(root)
    .filter((d) => d.ruleId === 'missing-key')
    .map((d) => `${d.key} ${d.severity} ${d.message}`);
}

describe('a missing context variant', () => {
  it('is a warning when the locale has the plain key: i18next shows it in the reader\'s language', () => {
    const german = { liked: 'Es gefiel ihnen', friend_one: 'ein Freund', friend_other: '{{count}} Freunde' };
    expect(missing(german)).toEqual([
      'liked_male warning missing key "liked_male": with context "male", de readers get the plain "liked" instead of a text of its own; en has "He liked it"',
      'friend_male warning missing plural forms "friend_male_one", "friend_male_other": with context "male", de readers get the plain "friend" instead of a text of its own; en has "a boyfriend"',
    ]);
    expect([t(german, 'liked', { context: 'male' }), t(german, 'friend', { context: 'male', count: 3 })]).toEqual(['Es gefiel ihnen', '3 Freunde']);
  });

  it('is an error when the locale lacks the plain key too: i18next shows the source language', () => {
    const german = { friend_one: 'ein Freund', friend_other: '{{count}} Freunde' };
    expect(missing(german).map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['liked error', 'liked_male error', 'friend_male warning']);
    expect(t(german, 'liked', { context: 'male' })).toBe('He liked it');
  });
});
