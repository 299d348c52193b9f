import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugFromTitle } from '../../src/ingest/build-article.js';
import { identifyLanguage, type DetectScores } from '../../src/ingest/identify-language.js';
import { loadLanguageDetector } from '../../src/ingest/load-language-detector.js';
import { parseByline, parseDate } from '../../src/ingest/page-meta.js';
import { toUiMessage } from '../../src/ingest/plural-message.js';
import { keyWords, planUiKeys } from '../../src/ingest/ui-keys.js';
import { FIXTURES } from './ingest-project.js';

describe('UI strings with numbers', () => {
  it('become {{count}} with every plural category es-AR needs, from Intl.PluralRules', () => {
    expect(new Intl.PluralRules('es-AR').resolvedOptions().pluralCategories.sort()).toEqual(['many', 'one', 'other']);
    expect(toUiMessage('12 comentarios', 'es-AR')).toEqual({
      kind: 'plural',
      forms: { one: '{{count}} comentario', many: '{{count}} de comentarios', other: '{{count}} comentarios' },
    });
    expect(toUiMessage('1 comentario', 'es-AR')).toEqual({
      kind: 'plural',
      forms: { one: '{{count}} comentario', many: '{{count}} de comentarios', other: '{{count}} comentarios' },
    });
    expect(toUiMessage('Hace 3 horas', 'es-AR')).toEqual({
      kind: 'plural',
      forms: { one: 'Hace {{count}} hora', many: 'Hace {{count}} de horas', other: 'Hace {{count}} horas' },
    });
    expect(toUiMessage('8 lectores', 'en')).toEqual({ kind: 'plural', forms: { one: '{{count}} lector', other: '{{count}} lectores' } });
  });

  it('stay plain when the number is a year or there are several', () => {
    expect(toUiMessage('© 2025 La Crónica Austral', 'es-AR')).toEqual({ kind: 'plain', value: '© 2025 La Crónica Austral' });
    expect(toUiMessage('De 9 a 18 horas', 'es-AR')).toEqual({ kind: 'plain', value: 'De 9 a 18 horas' });
  });
});

describe('keys', () => {
  const context = {
    locale: 'es-AR',
    known: { Comentarios: 'comments.title' },
    existing: new Map([
      ['nav.home', 'Inicio'],
      ['comments.count_other', '{{count}} comentarios'],
    ]),
    pluralSeparator: '_',
    keySeparator: '.' as const,
  };

  it('come from the config, then from the key already holding the string, then from the text', () => {
    const entries = planUiKeys(
      [
        { text: 'Comentarios', section: 'footer' },
        { text: 'Inicio', section: 'header' },
        { text: '3 comentarios', section: 'comments' },
        { text: 'Seguí leyendo', section: 'related' },
        { text: 'Inicio', section: 'footer' },
      ],
      context,
    );
    expect(entries.map((entry) => entry.key)).toEqual(['comments.title', 'nav.home', 'comments.count', 'related.seguiLeyendo']);
  });

  it('are readable, ASCII and distinct for distinct strings', () => {
    expect(keyWords('¿Olvidaste tu contraseña?')).toBe('olvidasteTuContrasena');
    expect(keyWords('24/7')).toBe('text247');
    const [a, b] = planUiKeys(
      [
        { text: 'Ver más noticias hoy', section: 'nav' },
        { text: 'Ver más noticias hoy!', section: 'nav' },
      ],
      context,
    );
    expect(a!.key).toBe('nav.verMasNoticiasHoy');
    expect(b!.key).not.toBe(a!.key);
  });
});

describe('page facts', () => {
  it('reads dates in Spanish, English and ISO form, and bylines', () => {
    expect(parseDate('Martes 22 de abril de 2025')).toBe('2025-04-22');
    expect(parseDate('April 22, 2025')).toBe('2025-04-22');
    expect(parseDate('2024-05-06T10:30:00-03:00')).toBe('2024-05-06');
    expect(parseDate('15/03/2025')).toBe('2025-03-15');
    expect(parseByline('Por Lucía Fernández')).toBe('Lucía Fernández');
    expect(parseByline('By Daniel Souza')).toBe('Daniel Souza');
    expect(parseByline('Por favor, iniciá sesión')).toBeUndefined();
    expect(parseByline('By Ana Pérez · March 3, 2025')).toBe('Ana Pérez');
    expect(parseByline('Por Lucía Fernández | 22 de abril de 2025')).toBe('Lucía Fernández');
    expect(parseByline('By Jane Doe, April 22, 2025')).toBe('Jane Doe');
    expect(parseByline('Actualizado el 22 de abril de 2025')).toBeUndefined();
  });

  it('makes slugs from the main clause of the title', () => {
    expect(
      slugFromTitle('Zelenskyy accuses Chinese nationals of working in Russian drone factories, raising new diplomatic tensions'),
    ).toBe('zelenskyy-accuses-chinese-nationals-working-russian-drone-factories');
    expect(slugFromTitle('Perú: ¿qué pasa con el cobre?')).toBe('peru-que-pasa-con-el-cobre');
  });

  it('never makes a slug Windows reserves for a device', () => {
    expect(slugFromTitle('Con')).toBe('con-article');
    expect(slugFromTitle('The AUX')).toBe('aux-article');
    expect(slugFromTitle('Console wars')).toBe('console-wars');
  });
});

describe('language identification on the labelled set', () => {
  let detect: DetectScores;
  beforeAll(async () => {
    detect = await loadLanguageDetector();
  });

  it('gets at least 97% of all segments and of the 1-3 word ones right', () => {
    const rows = readFileSync(join(FIXTURES, 'langid/segments.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter((row) => row.includes('\t'))
      .map((row) => row.split('\t') as [string, string]);
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const short = rows.filter(([, text]) => text.split(/\s+/).length <= 3);
    expect(short.length * 3).toBeGreaterThanOrEqual(rows.length);
    const accuracy = (set: Array<[string, string]>) =>
      set.filter(([lang, text]) => identifyLanguage(text, detect).lang === lang).length / set.length;
    expect(accuracy(rows)).toBeGreaterThanOrEqual(0.97);
    expect(accuracy(short)).toBeGreaterThanOrEqual(0.97);
  });

  it('ignores quoted spans, so English quoting Spanish stays English', () => {
    expect(identifyLanguage('the so-called “cepo cambiario”', detect).lang).toBe('en');
    expect(identifyLanguage('«Nunca vimos algo así», dijo una vecina', detect).lang).toBe('es');
    expect(identifyLanguage('1234', detect).lang).toBe('und');
  });
});
