import fc from 'fast-check';
import { parse } from 'jsonc-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../src/ingest/analyse-page.js';
import { bundleStrings, planBundleAdditions } from '../../src/ingest/bundle-additions.js';
import type { DetectScores } from '../../src/ingest/identify-language.js';
import { loadLanguageDetector } from '../../src/ingest/load-language-detector.js';
import { IngestProblem } from '../../src/ingest/segment.js';
import { planUiKeys } from '../../src/ingest/ui-keys.js';

let detect: DetectScores;
beforeAll(async () => {
  detect = await loadLanguageDetector();
});

const LINES = [
  'Economists warned that the gap between the official rate and the dólar blue could widen again.',
  'The measure, published in the Boletín Oficial, adds a surcharge on card payments abroad.',
  'Argentina tightens the so-called cepo cambiario as reserves fall',
  'The fee',
  'Puede interesarte',
  'Comentarios',
  'Hace 3 horas',
  'Temas',
  'Newsletter',
  '“No vamos a devaluar”, dijo el ministro en una conferencia de prensa.',
  'Milei meets IMF officials in Washington',
  '22 de abril de 2025',
  'Por Ana Pérez',
  'Foto: AFP',
  '12',
];
const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ minLength: 1, maxLength: 40 }));

describe('properties', () => {
  it('ingest never loses a segment: every line of a page appears in the report, once and in order', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
        const raw = lines.join('\n');
        try {
          const { segments } = analysePage({ path: 'page.txt', raw, kind: 'text' }, detect);
          const expected = raw
            .split(/\r\n|\r|\n/)
            .map((text) => text.replace(/\s+/g, ' ').trim())
            .filter((text) => text.length > 0);
          expect(segments.map((segment) => segment.text)).toEqual(expected);
        } catch (error) {
          if (!(error instanceof IngestProblem)) throw error;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adding UI strings keeps every existing value and always leaves valid JSON', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    const bundle = fc.dictionary(
      word,
      fc.oneof(fc.string({ maxLength: 12 }), fc.dictionary(word, fc.string({ maxLength: 12 }), { maxKeys: 3 })),
      { maxKeys: 5 },
    );
    const strings = fc.array(
      fc.record({
        text: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('12 comentarios', 'Hace 1 hora')),
        section: fc.constantFrom('nav', 'footer', 'comments'),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(bundle, strings, fc.constantFrom(0, 2, 4), (data, texts, indent) => {
        const before = `${JSON.stringify(data, null, indent)}\n`;
        const existing = bundleStrings(before, '.')!;
        const entries = planUiKeys(texts, { locale: 'es-AR', known: {}, existing, pluralSeparator: '_', keySeparator: '.' });
        const { after, added } = planBundleAdditions('ui.json', before, entries, '.');
        const errors: unknown[] = [];
        parse(after, errors as never);
        expect(errors).toEqual([]);
        const now = bundleStrings(after, '.')!;
        for (const [key, value] of existing) expect(now.get(key)).toBe(value);
        for (const key of added) expect(existing.has(key)).toBe(false);
        for (const entry of entries)
          for (const [key, value] of entry.values)
            if (now.get(key) !== value)
              expect(existing.has(key) || [...existing.keys()].some((held) => key.startsWith(`${held}.`))).toBe(true);
        const again = planBundleAdditions('ui.json', after, entries, '.');
        expect(again.after).toBe(after);
      }),
      { numRuns: 200 },
    );
  });
});
