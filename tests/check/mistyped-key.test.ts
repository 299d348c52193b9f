import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

it('an extra key that only mistypes a missing one (case, spaces, a decomposed accent) names the key it looks like', () => {
  const english = { title: 'Title', song: 'Song', canción: 'Song title' };
  const spanish = { Title: 'Título', 'song ': 'Canción', ['canción'.normalize('NFD')]: 'Título de la canción' };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/es/ui.json': JSON.stringify(spanish, null, 2),
  });
  const extra = diagnosticsOf(root).filter((d) => d.ruleId === 'extra-key');
  expect(extra.map((d) => `${line(d)} ${d.message.split('; ')[1]}`)).toEqual([
    'locales/es/ui.json:2:3 extra-key it looks like "title" mistyped (keys match exactly: case, spaces and accents as written), which this locale lacks',
    'locales/es/ui.json:3:3 extra-key it looks like "song" mistyped (keys match exactly: case, spaces and accents as written), which this locale lacks',
    'locales/es/ui.json:4:3 extra-key it looks like "canción" mistyped (keys match exactly: case, spaces and accents as written), which this locale lacks',
  ]);
  // i18next matches keys exactly: none of the three reaches a Spanish reader.
  const i18n = uiI18next('es', { en: english, es: spanish });
  expect(['title', 'song', 'canción'].map((k) => i18n.t(k))).toEqual(['Title', 'Song', 'Song title']);
});
