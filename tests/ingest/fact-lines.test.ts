import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import i18next from 'i18next';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCredit } from '../../src/ingest/credit-line.js';
import { ingestPages } from '../../src/ingest/load-ingest.js';
import { parseUpdateLine } from '../../src/ingest/update-line.js';
import { CONFIG, FIXTURES, read, shippedProject } from './ingest-project.js';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const pad = (n: number): string => String(n).padStart(2, '0');

/** What i18next prints for a template and a value, in es-AR, on the UTC clock the build uses. */
async function render(template: string, values: Record<string, unknown>): Promise<string> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'es-AR',
    resources: { 'es-AR': { ui: { line: template } } },
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  const formatParams = { updated: { timeZone: 'UTC' } };
  return instance.t('line', { ...values, formatParams });
}

describe('update lines', () => {
  it('give the moment on the page clock (24-hour, es-AR) and a template in the page own words', () => {
    expect(parseUpdateLine('Última actualización: 22 de abril de 2025, 18:40')).toEqual({
      at: '2025-04-22T18:40',
      template: 'Última actualización: {{updated, datetime(dateStyle: long; timeStyle: short; hourCycle: h23)}}',
    });
    expect(parseUpdateLine('Actualizado: 3 de marzo de 2025, 09:15 hs')?.at).toBe('2025-03-03T09:15');
    expect(parseUpdateLine('Actualizado el 10/02/2025 a las 14:30')).toEqual({
      at: '2025-02-10T14:30',
      template: 'Actualizado el {{updated, datetime(dateStyle: long; timeStyle: short; hourCycle: h23)}}',
    });
    expect(parseUpdateLine('Actualizado: 7 de febrero de 2025')).toEqual({
      at: '2025-02-07',
      template: 'Actualizado: {{updated, datetime(dateStyle: long)}}',
    });
    expect(parseUpdateLine('22 de abril de 2025')).toBeUndefined();
    expect(parseUpdateLine('Actualizá la app para seguir leyendo')).toBeUndefined();
  });

  it('round-trip through i18next: the template prints the same day and the same 24-hour time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        async (day, month, year, hour, minute) => {
          const line = parseUpdateLine(`Última actualización: ${day} de ${MONTHS[month - 1]} de ${year}, ${pad(hour)}:${pad(minute)}`);
          expect(line?.at).toBe(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`);
          const printed = await render(line!.template, { updated: new Date(`${line!.at}:00Z`) });
          expect(printed).toBe(
            `Última actualización: ${day} de ${MONTHS[month - 1]} de ${year}, ${pad(hour)}:${pad(minute)}`.replace(
              /, (\d\d:\d\d)$/,
              ' a las $1',
            ),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('credit lines', () => {
  it('give the credit as data and the label around it as a template', async () => {
    expect(parseCredit('Foto: Archivo')).toEqual({ credit: 'Archivo', template: 'Foto: {{credit}}' });
    expect(parseCredit('Foto: Gentileza Bodega Los Álamos')).toEqual({
      credit: 'Gentileza Bodega Los Álamos',
      template: 'Foto: {{credit}}',
    });
    expect(parseCredit('Fotos: Prensa Chubut')).toEqual({ credit: 'Prensa Chubut', template: 'Fotos: {{credit}}' });
    expect(parseCredit('EFE')).toEqual({ credit: 'EFE' });
    expect(parseCredit('Fotografías del lugar')).toBeUndefined();
    expect(await render(parseCredit('Foto: NA')!.template!, { credit: 'Gentileza Juan Pérez' })).toBe('Foto: Gentileza Juan Pérez');
  });
});

describe('ingest of a page with an update line and a credit', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('writes them to front matter, adds their templates to every locale once, and skips the teaser with its reason', async () => {
    const root = shippedProject();
    roots.push(root);
    cpSync(join(FIXTURES, 'unseen-text-bridge', 'page.txt'), join(root, 'pages', 'bridge.txt'));
    const { reports, reasons, added, problems } = await ingestPages(root, CONFIG, ['pages/bridge.txt']);
    expect(problems).toEqual([]);
    expect(added).toEqual(expect.arrayContaining(['article.updatedOn', 'article.photoCredit']));
    const { data } = matter(read(root, `content/en/${reports[0]!.slug}.md`));
    expect(data).toMatchObject({ date: '2025-04-22', updated: '2025-04-22T18:40', author: 'Lucía Benítez', credit: 'Archivo' });
    for (const locale of ['es-AR', 'en']) {
      const bundle = JSON.parse(read(root, `locales/${locale}/ui.json`)) as { article: Record<string, string> };
      expect(bundle.article.photoCredit).toBe('Foto: {{credit}}');
      expect(bundle.article.updatedOn).toBe(
        'Última actualización: {{updated, datetime(dateStyle: long; timeStyle: short; hourCycle: h23)}}',
      );
    }
    const teaser = reports[0]!.segments.findIndex((segment) => segment.text.startsWith('Alerta por tormentas'));
    expect(reports[0]!.segments[teaser]).toMatchObject({ role: 'skipped', file: null, key: null });
    expect(reasons[0]![teaser]).toMatch(/headline of another article/);
    expect(read(root, 'locales/es-AR/ui.json')).not.toContain('Alerta por tormentas');
    const again = await ingestPages(root, CONFIG, ['pages/bridge.txt']);
    expect(again.changed).toEqual([]);
  });

  it("writes the templates in the project's interpolation syntax, and finds them there again", async () => {
    const root = shippedProject();
    roots.push(root);
    writeFileSync(join(root, 'locales/es-AR/ui.json'), '{\n  "pie": "Foto: {credit}"\n}\n');
    writeFileSync(join(root, 'locales/en/ui.json'), '{\n  "pie": "Photo: {credit}"\n}\n');
    cpSync(join(FIXTURES, 'unseen-text-bridge', 'page.txt'), join(root, 'pages', 'bridge.txt'));
    const config = { ...CONFIG, interpolation: { ...CONFIG.interpolation, prefix: '{', suffix: '}' } };
    const { added } = await ingestPages(root, config, ['pages/bridge.txt']);
    // The credit's template is the string "pie" already holds: its key is reused, nothing added for it.
    expect(added).toContain('article.updatedOn');
    expect(added).not.toContain('article.photoCredit');
    for (const locale of ['es-AR', 'en']) {
      const bundle = JSON.parse(read(root, `locales/${locale}/ui.json`)) as { article: Record<string, string> };
      expect(bundle.article.updatedOn).toBe('Última actualización: {updated, datetime(dateStyle: long; timeStyle: short; hourCycle: h23)}');
    }
    const again = await ingestPages(root, config, ['pages/bridge.txt']);
    expect(again.changed).toEqual([]);
  });
});
