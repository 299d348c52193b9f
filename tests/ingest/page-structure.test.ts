import { beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../src/ingest/analyse-page.js';
import type { DetectScores } from '../../src/ingest/identify-language.js';
import { loadLanguageDetector } from '../../src/ingest/load-language-detector.js';

// "Unirme" is a word the language identifier cannot place (no scores for en or es): its place decides.
const PAGE = [
  'Diario de Prueba',
  'Inicio',
  'Unirme',
  'Local farmers report the best harvest in a decade across the region',
  'Farmers across the region reported on Monday the best harvest in ten years, helped by steady rains.',
  'Unirme',
  'Prices at the local market fell for the first time since the start of the year, traders said.',
  'Comentarios',
  'Unirme',
].join('\n');

let detect: DetectScores;
beforeAll(async () => {
  detect = await loadLanguageDetector();
});

const rolesOf = (known: string[], repeated: string[] = []) =>
  analysePage({ path: 'page.txt', raw: PAGE, kind: 'text' }, detect, { repeated: new Set(repeated), known: new Set(known) })
    .segments.filter((segment) => segment.text === 'Unirme')
    .map((segment) => [segment.lang, segment.role]);

describe('a short line of uncertain language', () => {
  it('is UI beside site chrome and nothing between two body paragraphs', () => {
    expect(rolesOf([])).toEqual([
      ['und', 'ui'],
      ['und', 'skipped'],
      ['und', 'ui'],
    ]);
  });

  it('is UI wherever it sits when the site already has it (bundle value or ingest.keys)', () => {
    expect(rolesOf(['Unirme']).map(([, role]) => role)).toEqual(['ui', 'ui', 'ui']);
  });

  it('is UI wherever it sits when other pages of the same run repeat it', () => {
    expect(rolesOf([], ['Unirme']).map(([, role]) => role)).toEqual(['ui', 'ui', 'ui']);
  });
});

describe('the publication date of a text dump', () => {
  it('is the date line in the article, not the day the masthead shows above the title', () => {
    const raw = [
      'Martes 13 de mayo de 2025',
      'Inicio',
      'Local farmers report the best harvest in a decade across the region',
      '12 de mayo de 2025',
      PAGE.split('\n')[4]!,
      'Comentarios',
    ].join('\n');
    const page = analysePage({ path: 'page.txt', raw, kind: 'text' }, detect);
    expect(page.facts.date).toBe('2025-05-12');
    expect(page.factSources.get(3)).toBe('date');
    expect(page.factSources.has(0)).toBe(false);
  });
});
