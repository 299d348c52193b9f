import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

// A context variant a locale lacks, judged by i18next 26: called with the context it falls back to
// the plain key of the same locale; called by its own name it shows the source. Both are said.

const english = {
  liked: 'They liked it',
  liked_male: 'He liked it',
  friend_one: 'a friend',
  friend_other: '{{count}} friends',
  friend_male_one: 'a boyfriend',
  friend_male_other: '{{count}} boyfriends',
};

function t(german: Record<string, string>, key: string, options: Record<string, unknown>): string {
  const i18n = uiI18next('de', { en: english, de: german });
  return i18n.t(key, options);
}

function missing(german: Record<string, string>): string[] {
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/de/ui.json': JSON.stringify(german, null, 2),
  });
  return diagnosticsOf(root)
    .filter((d) => d.ruleId === 'missing-key')
    .map((d) => `${d.key} ${d.severity} ${d.message}`);
}

describe('a missing context variant', () => {
  it('is an error that says what i18next shows each way: with the context the plain key of the locale, by its own name the source', () => {
    const german = { liked: 'Es gefiel ihnen', friend_one: 'ein Freund', friend_other: '{{count}} Freunde' };
    expect(missing(german)).toEqual([
      `liked_male error missing key "liked_male"; en has "He liked it" (as t('liked', { context: 'male' }), de readers get the plain "liked" instead; by its own name, the en text)`,
      `friend_male error missing plural forms "friend_male_one", "friend_male_other"; en has "a boyfriend" (as t('friend', { context: 'male' }), de readers get the plain "friend" instead; by its own name, the en text)`,
    ]);
    expect([
      t(german, 'liked', { context: 'male' }),
      t(german, 'friend', { context: 'male', count: 3 }),
      t(german, 'liked_male', {}),
    ]).toEqual(['Es gefiel ihnen', '3 Freunde', 'He liked it']);
  });

  it('says only what is missing when the locale lacks the plain key too: i18next shows the source language either way', () => {
    const german = { friend_one: 'ein Freund', friend_other: '{{count}} Freunde' };
    expect(missing(german).map((m) => m.split(';')[0])).toEqual([
      'liked error missing key "liked"',
      'liked_male error missing key "liked_male"',
      'friend_male error missing plural forms "friend_male_one", "friend_male_other"',
    ]);
    expect(missing(german)[1]).toBe('liked_male error missing key "liked_male"; en has "He liked it"');
    expect(t(german, 'liked', { context: 'male' })).toBe('He liked it');
  });
});
