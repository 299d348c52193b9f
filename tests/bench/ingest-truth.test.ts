import { describe, expect, it } from 'vitest';
import { scoreIngestPage, sumIngestScores, type IngestTruth } from '../../bench/harness/ingest-truth.mjs';

const truth: IngestTruth = {
  title: 'A headline',
  body: ['First paragraph.', 'Second paragraph.'],
  ui: ['Inicio', 'Foto: Archivo'],
  teasers: ['Otra nota de otro diario'],
  tags: ['Economía'],
  frontMatter: { credit: 'Archivo' },
};
const segment = (text: string, role: string, file: string | null, key: string | null) => ({ text, role, file, key });

describe('the unseen-pages score', () => {
  it('counts body blocks in order, UI strings kept as strings or front matter, and teasers or tags that entered the bundle', () => {
    const report = {
      title: 'A headline',
      segments: [
        segment('Inicio', 'ui', 'locales/es-AR/ui.json', 'nav.home'),
        segment('Second paragraph.', 'paragraph', 'a.md', null),
        segment('First paragraph.', 'paragraph', 'a.md', null),
        segment('Foto: Archivo', 'skipped', 'a.md', 'credit'),
        segment('Otra nota de otro diario', 'ui', 'locales/es-AR/ui.json', 'page.otraNota'),
        segment('Economía', 'skipped', null, null),
      ],
    };
    const score = scoreIngestPage(report, truth, { credit: 'Archivo' });
    expect(score).toMatchObject({
      title: true,
      body: { found: 2, total: 2, inOrder: false, extra: 0 },
      ui: { found: 2, total: 2 },
      leaked: ['Otra nota de otro diario'],
      facts: { found: 1, total: 1 },
    });
    expect(sumIngestScores([score, { ...score, title: false }])).toMatchObject({
      pages: 2,
      titles: 1,
      leaked: 2,
      ui: { found: 4, total: 4 },
    });
  });

  it('counts a UI string skipped without a destination, and a wrong front matter value, as missed', () => {
    const report = {
      title: 'Another',
      segments: [segment('Inicio', 'skipped', null, null), segment('Foto: Archivo', 'skipped', null, null)],
    };
    const score = scoreIngestPage(report, truth, { credit: 'Foto: Archivo' });
    expect(score).toMatchObject({
      title: false,
      body: { found: 0 },
      ui: { found: 0, missed: ['Inicio', 'Foto: Archivo'] },
      facts: { missed: ['credit'] },
    });
  });
});
