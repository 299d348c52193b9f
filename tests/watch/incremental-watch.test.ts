import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCheck, type WatchHandle } from '../../src/watch/watch-check.js';
import { runCheck } from '../../src/check/run-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { tempProject } from '../support/temp-project.js';

const config = parseConfig({ locales: ['en', 'es', 'es-AR', 'fr'], fallbacks: { 'es-AR': ['es', 'en'], es: ['en'], fr: ['en'] } });

const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
const common = {
  title: 'Title',
  greeting: 'Hello, {{name}}',
  items_one: '{{count}} item',
  items_other: '{{count}} items',
  menu: { open: 'Open', close: 'Close' },
};
const es = {
  title: 'Título',
  greeting: 'Hola, {{name}}',
  items_one: '{{count}} elemento',
  items_many: '{{count}} de elementos',
  items_other: '{{count}} elementos',
  menu: { open: 'Abrir', close: 'Cerrar' },
};
const ui = { save: 'Save', cancel: 'Cancel', open: '$t(common:menu.open)' };

function until(predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = (): void => (predicate() ? resolve() : void setTimeout(poll, 10));
    poll();
  });
}

/** What a full `check` of the project reports now, bundle diagnostics only. */
const fullCheck = (root: string, settings = config) =>
  runCheck(loadBundleProject(root, settings)).diagnostics.filter((d) => d.namespace !== undefined);

describe('l10n check --watch re-checks only the locales a save can affect', () => {
  let handle: WatchHandle | undefined;
  afterEach(() => handle?.close());

  it('holds exactly what a full check reports after every save', async () => {
    const root = tempProject({
      'locales/en/common.json': json(common),
      'locales/en/ui.json': json(ui),
      'locales/es/common.json': json(es),
      'locales/es/ui.json': json({ save: 'Guardar', cancel: 'Cancelar', open: '$t(common:menu.open)' }),
      'locales/es-AR/common.json': json({ title: 'Título', menu: { open: 'Abrir' } }),
      'locales/es-AR/ui.json': json({ save: 'Guardar' }),
      'locales/fr/common.json': json({ title: 'Titre' }),
      'locales/fr/ui.json': json({ save: 'Enregistrer', cancel: 'Annuler', open: '$t(common:menu.open)' }),
    });
    const out: string[] = [];
    handle = watchCheck(root, config, { write: (text) => out.push(text) });
    const watcher = handle;
    expect(watcher.bundleDiagnostics()).toEqual(fullCheck(root));
    const saves: [string, string | undefined][] = [
      // es-AR falls back through es: its missing keys change although its file did not.
      ['locales/es/common.json', json({ ...es, greeting: undefined, menu: { open: 'Abrir' } })],
      ['locales/es-AR/common.json', json({ title: 'Título', extra: 'Sobra', menu: { open: 'Abrir', close: '' } })],
      ['locales/fr/ui.json', json({ save: 'Enregistrer {{what}}', cancel: 'Annuler', open: '$t(common:menu.open)' })],
      // ui's `$t(common:menu.open)` stops resolving in fr although no ui file was saved.
      ['locales/en/common.json', json({ ...common, menu: { close: 'Close' } })],
      ['locales/en/common.json', json(common)],
      // The source changes every locale's findings.
      ['locales/en/common.json', json({ ...common, farewell: 'Bye' })],
      // A key only es has: es's `$t(common:soloEs)` resolves while es/common.json holds it, and es-AR's
      // through es; saving es/common.json re-runs only ui's cross-namespace rule, for es and es-AR.
      ['locales/es/ui.json', json({ save: 'Guardar', cancel: 'Cancelar', open: '$t(common:soloEs)' })],
      ['locales/es-AR/ui.json', json({ save: 'Guardar', cancel: '$t(common:soloEs)' })],
      ['locales/es/common.json', json({ ...es, soloEs: 'Solo' })],
      ['locales/es/common.json', json(es)],
      ['locales/es/ui.json', undefined],
      ['locales/es/ui.json', '{ "save": "Guardar", }\n'],
      // Same keys, but null is not found: es-AR no longer gets "greeting" through es.
      ['locales/es/common.json', json({ ...es, greeting: null })],
      ['locales/es/common.json', json(es)],
    ];
    for (const [path, content] of saves) {
      const reports = out.length;
      if (content === undefined) rmSync(join(root, path));
      else writeFileSync(join(root, path), content);
      await until(() => out.length > reports);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(watcher.bundleDiagnostics(), `after saving ${path}`).toEqual(fullCheck(root));
    }
  });

  /** Saves each file in turn, and compares the watcher's diagnostics with a full check after each; the count of expansions found past the limit. */
  async function saveAll(root: string, saves: readonly [string, string][], settings = config): Promise<number> {
    const out: string[] = [];
    handle = watchCheck(root, settings, { write: (text) => out.push(text) });
    const watcher = handle;
    expect(watcher.bundleDiagnostics()).toEqual(fullCheck(root, settings));
    let past = 0;
    for (const [path, content] of saves) {
      const reports = out.length;
      writeFileSync(join(root, path), content);
      await until(() => out.length > reports);
      await new Promise((resolve) => setTimeout(resolve, 60));
      const full = fullCheck(root, settings);
      past += full.filter((d) => d.ruleId === 'nesting' && d.message.includes('more than 1000')).length;
      expect(watcher.bundleDiagnostics(), `after saving ${path}`).toEqual(full);
    }
    return past;
  }

  // Each key names the next twice: nine levels are past the limit of 1,000 lookups, eight are not.
  const doubling = (name: string, levels: number): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`${name}${i}`, i >= levels ? 'end' : `$t(${name}${i + 1}) $t(${name}${i + 1})`]),
    );

  it('finds the expansions a save of strings alone takes past the limit through a fallback', async () => {
    // es-AR's f0 reads f1 ... f9 from es: a save of es that only changes strings changes es-AR's count.
    const root = tempProject({
      'locales/en/ui.json': json({ f0: 'x' }),
      'locales/es/ui.json': json(doubling('f', 7)),
      'locales/es-AR/ui.json': json({ f0: '$t(f1) $t(f1)' }),
    });
    const saves: [string, string][] = [
      ['locales/es/ui.json', json(doubling('f', 9))],
      ['locales/es/ui.json', json(doubling('f', 7))],
    ];
    expect(await saveAll(root, saves)).toBeGreaterThan(0);
  });

  it('counts expansions across namespaces again once a save makes a reference into another nest further', async () => {
    // ui's k0 names common's k1, plain text at first: no reference across namespaces nests further.
    // Once k1 names common's own chain, k0 expands past the limit, which only the count across
    // namespaces sees, and which a re-check of ui alone does not run over common's messages.
    const common = (k1: string): string => json({ k1, ...doubling('c', 7) });
    const files = (locale: string): Record<string, string> => ({
      [`locales/${locale}/ui.json`]: json({ k0: '$t(common:k1) $t(common:k1)' }),
      [`locales/${locale}/common.json`]: common('end'),
    });
    // A translation saved, not the source, whose saves reach every locale.
    const root = tempProject({ ...files('en'), ...files('fr') });
    const saves: [string, string][] = [
      ['locales/fr/common.json', common('$t(c0) $t(c0)')],
      ['locales/fr/common.json', common('end')],
    ];
    expect(await saveAll(root, saves)).toBeGreaterThan(0);
  });

  it('rewords the findings that quote a fallback of another language after a save of its strings', async () => {
    // Catalan falls back to Spanish: where ca lacks a plural form, its finding quotes es's text.
    const catalan = parseConfig({ locales: ['en', 'es', 'ca'], fallbacks: { ca: ['es', 'en'], es: ['en'] } });
    const es = (other: string): string =>
      json({ items_one: '{{count}} elemento', items_many: '{{count}} de elementos', items_other: other });
    const root = tempProject({
      'locales/en/ui.json': json({ items_one: '{{count}} item', items_other: '{{count}} items' }),
      'locales/es/ui.json': es('{{count}} elementos'),
      'locales/ca/ui.json': json({ items_one: '{{count}} element' }),
    });
    await saveAll(root, [['locales/es/ui.json', es('{{count}} cosas')]], catalan);
    const quoted = fullCheck(root, catalan).filter((d) => d.locale === 'ca' && d.message.includes('cosas'));
    expect(quoted.map((d) => d.ruleId)).toEqual(['plural-forms']);
  });
});
