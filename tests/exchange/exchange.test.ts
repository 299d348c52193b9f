import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { exportLocale } from '../../src/exchange/export-project.js';
import { formatImportReport } from '../../src/exchange/format-import.js';
import { importText } from '../../src/exchange/import-file.js';
import { pluralFormsHeader } from '../../src/exchange/plural-forms-header.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { tempProject } from '../support/temp-project.js';

const ROOT = fileURLToPath(new URL('../fixtures/exchange/basic/', import.meta.url));
const project = loadBundleProject(ROOT, parseConfig({ locales: ['en', 'es'] }));

describe('export', () => {
  it("writes XLIFF 2.0 with a group per plural key in the target's categories, notes and no target when untranslated", async () => {
    const xliff = await exportLocale(project, 'es', 'xliff');
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">');
    expect(xliff).toContain('<source>World &lt;b&gt;news&lt;/b&gt; &amp; more</source>\n      </segment>');
    expect(xliff).toMatch(
      /<group id="comments" type="x-i18next-plural">\s*<unit id="comments_one">[\s\S]*<unit id="comments_many">[\s\S]*<note>locales\/en\/ui.json: plural form "many" of comments \(count 1000000\)<\/note>[\s\S]*<source>\{\{count\}\} comments<\/source>\s*<\/segment>[\s\S]*<unit id="comments_other">/,
    );
    expect(xliff).toMatch(/<group id="place_ordinal" type="x-i18next-ordinal">\s*<unit id="place_ordinal_other">/);
  });

  it('writes PO with msgctxt namespace:key, msgid_plural, and msgstr[n] in the order Plural-Forms gives', async () => {
    const po = await exportLocale(project, 'es', 'po');
    expect(po).toContain('"Plural-Forms: nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);\\n"');
    expect(po).toContain(
      'msgctxt "ui:comments"\nmsgid "{{count}} comment"\nmsgid_plural "{{count}} comments"\nmsgstr[0] "{{count}} comentario"\nmsgstr[1] ""\nmsgstr[2] "{{count}} comentarios"\n',
    );
    expect(po).toContain('msgctxt "ui:nav.home"\nmsgid "Home"\nmsgstr "Inicio"\n');
  });

  it('gives an empty source string the key as its text where i18next shows the key (returnEmptyString: false)', async () => {
    const root = tempProject({
      'locales/en/ui.json': '{ "Close the door.": "", "Save": "Save" }\n',
      'locales/de/ui.json': '{ "Close the door.": "Schließ die Tür." }\n',
    });
    const skipping = loadBundleProject(root, parseConfig({ keySeparator: false, nsSeparator: false, returnEmptyString: false }));
    expect(await exportLocale(skipping, 'de', 'po')).toContain(
      'msgctxt "ui:Close the door."\nmsgid "Close the door."\nmsgstr "Schließ die Tür."\n',
    );
    const keeping = loadBundleProject(root, parseConfig({ keySeparator: false, nsSeparator: false }));
    expect(await exportLocale(keeping, 'de', 'po')).toContain('msgctxt "ui:Close the door."\nmsgid ""\nmsgstr "Schließ die Tür."\n');
  });

  it('derives Plural-Forms from Intl.PluralRules and never writes a rule that disagrees with it', () => {
    expect(pluralFormsHeader('en')['Plural-Forms']).toBe('nplurals=2; plural=(n != 1);');
    expect(pluralFormsHeader('ru')['Plural-Forms']).toBe(
      'nplurals=4; plural=(n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2);',
    );
    expect(pluralFormsHeader('ru')['X-Plural-Categories']).toBe('one, few, many, other');
    expect(pluralFormsHeader('cy')).toEqual({
      'Plural-Forms': 'nplurals=6; plural=0;',
      'X-Plural-Categories': 'zero, one, two, few, many, other',
    });
    expect(pluralFormsHeader('ja')['Plural-Forms']).toBe('nplurals=1; plural=0;');
  });
});

it('refuses to export a locale that is the source of every namespace: the file would hold nothing', async () => {
  await expect(exportLocale(project, 'en', 'xliff')).rejects.toThrow(
    'en is the source of every namespace: nothing is translated into it; export one of es',
  );
});

describe('import', () => {
  it('writes only what the file holds, in place or in source order, keeping tabs, and reports it', async () => {
    const xliff = (await exportLocale(project, 'es', 'xliff'))
      .replace(
        '<source>World &lt;b&gt;news&lt;/b&gt; &amp; more</source>',
        '<source>World &lt;b&gt;news&lt;/b&gt; &amp; more</source>\n        <target>Mundo &lt;b&gt;noticias&lt;/b&gt; &amp; más</target>',
      )
      .replace('<target>Inicio</target>', '<target>Portada</target>');
    const plan = await importText(project, xliff);
    expect(plan.locale).toBe('es');
    expect(plan.changes.map((c) => c.after)).toEqual([
      '{\n\t"nav": {\n\t\t"home": "Portada",\n\t\t"world": "Mundo <b>noticias</b> & más"\n\t},\n\t"comments_one": "{{count}} comentario",\n\t"comments_other": "{{count}} comentarios"\n}\n',
    ]);
    expect(formatImportReport(plan.report, false)).toBe(
      'changed  locales/es/ui.json  nav.home: "Inicio" -> "Portada"\nadded    locales/es/ui.json  nav.world\nimport: 1 changed, 1 added, 2 unchanged, 0 skipped\n',
    );
  });

  it('skips keys the source does not have and forms the locale does not use, with reasons', async () => {
    const po =
      'msgid ""\nmsgstr ""\n"Language: es\\n"\n\nmsgctxt "ui:nav.typo"\nmsgid "x"\nmsgstr "y"\n\nmsgctxt "other:a"\nmsgid "x"\nmsgstr "y"\n';
    const plan = await importText(project, po);
    expect(plan.changes).toEqual([]);
    expect(plan.report.skipped.map((s) => `${s.namespace}:${s.key}`)).toEqual(['ui:nav.typo', 'other:a']);
  });

  it('reads XLIFF 1.2 as older CAT tools write it', async () => {
    const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="ui" datatype="plaintext" source-language="en" target-language="es">
    <body>
      <trans-unit id="nav.world"><source>World</source><target>Mundo</target></trans-unit>
    </body>
  </file>
</xliff>`;
    const plan = await importText(project, xliff12);
    expect(plan.report.added).toEqual([{ file: 'locales/es/ui.json', key: 'nav.world' }]);
  });

  it('refuses a file that names no locale and a locale the project does not have', async () => {
    await expect(importText(project, 'msgid ""\nmsgstr ""\n')).rejects.toThrow('pass --locale');
    await expect(importText(project, 'msgid ""\nmsgstr ""\n', 'fr')).rejects.toThrow('unknown locale fr');
  });

  it('refuses --locale of another language than the file names, and takes one of the same language', async () => {
    const fr = loadBundleProject(
      tempProject({
        'locales/en/ui.json': '{ "title": "News" }\n',
        'locales/es/ui.json': '{}\n',
        'locales/es-AR/ui.json': '{}\n',
        'locales/fr/ui.json': '{ "title": "Nouvelles" }\n',
      }),
      parseConfig({}),
    );
    const spanish = (await exportLocale(fr, 'es', 'xliff')).replace(
      '<source>News</source>',
      '<source>News</source>\n        <target>Noticias</target>',
    );
    await expect(importText(fr, spanish, 'fr')).rejects.toThrow(
      'the file holds es translations, not fr: pass --locale es, or correct the target language the file names',
    );
    expect((await importText(fr, spanish, 'es-AR')).report.added).toEqual([{ file: 'locales/es-AR/ui.json', key: 'title' }]);
  });
});

describe('import into a bundle that writes a key twice', () => {
  it('skips that key, and any key inside it, naming the duplicate, and imports the rest', async () => {
    const root = tempProject({
      'locales/en/ui.json': '{\n  "title": "News",\n  "nav": { "home": "Home", "world": "World" },\n  "footer": "Footer"\n}\n',
      'locales/es/ui.json':
        '{\n  "title": "Viejo",\n  "title": "Noticias",\n  "nav": { "home": "Inicio" },\n  "nav": { "home": "Portada", "world": "Mundo" },\n  "footer": "Pie"\n}\n',
    });
    const po =
      'msgid ""\nmsgstr ""\n"Language: es\\n"\n\nmsgctxt "ui:title"\nmsgid "News"\nmsgstr "Titulares"\n\nmsgctxt "ui:nav.home"\nmsgid "Home"\nmsgstr "Inicio"\n\nmsgctxt "ui:footer"\nmsgid "Footer"\nmsgstr "Pie de página"\n';
    const plan = await importText(loadBundleProject(root, parseConfig({ locales: ['en', 'es'] })), po);
    expect(plan.report.skipped.map((s) => `${s.key}: ${s.reason}`)).toEqual([
      'title: locales/es/ui.json writes "title" twice (see check\'s duplicate-key): remove one first',
      'nav.home: locales/es/ui.json writes "nav" twice (see check\'s duplicate-key): remove one first',
    ]);
    expect(plan.report.changed.map((c) => `${c.key}: ${c.from} -> ${c.to}`)).toEqual(['footer: Pie -> Pie de página']);
  });
});

describe('lists in export and import', () => {
  const listProject = (es: unknown) =>
    loadBundleProject(
      tempProject({
        'locales/en/ui.json': JSON.stringify({ nav: ['Home', 'World', 'Sports'], steps: [{ title: 'Sign up', hint: 'Free' }] }, null, 2),
        'locales/es/ui.json': JSON.stringify(es, null, 2),
      }),
      parseConfig({ locales: ['en', 'es'] }),
    );
  const po = (entries: [string, string, string][]): string =>
    `msgid ""\nmsgstr ""\n"Language: es\\n"\n${entries.map(([key, source, target]) => `\nmsgctxt "ui:${key}"\nmsgid "${source}"\nmsgstr "${target}"\n`).join('')}`;

  it('exports each item of a list as a unit of its own', async () => {
    const exported = await exportLocale(listProject({ nav: ['Inicio'] }), 'es', 'po');
    expect(exported).toContain('msgctxt "ui:nav.0"\nmsgid "Home"\nmsgstr "Inicio"\n');
    expect(exported).toContain('msgctxt "ui:nav.2"\nmsgid "Sports"\nmsgstr ""\n');
    expect(exported).toContain('msgctxt "ui:steps.0.hint"\nmsgid "Free"\nmsgstr ""\n');
  });

  it('replaces an item, appends past the end, adds a property to an object item, and skips an item that would leave a hole', async () => {
    const project = listProject({ nav: ['Inicio'], steps: [{ title: 'Registrate' }] });
    const plan = await importText(
      project,
      po([
        ['nav.0', 'Home', 'Portada'],
        ['nav.2', 'Sports', 'Deportes'],
        ['nav.1', 'World', 'Mundo'],
        ['steps.0.hint', 'Free', 'Gratis'],
      ]),
    );
    expect(JSON.parse(plan.changes[0]?.after ?? '')).toEqual({
      nav: ['Portada', 'Mundo'],
      steps: [{ title: 'Registrate', hint: 'Gratis' }],
    });
    expect(plan.report.skipped).toEqual([
      {
        namespace: 'ui',
        key: 'nav.2',
        reason: "the list nav has fewer items than this one's place: run l10n sync first (it appends the items a list lacks)",
      },
    ]);
  });

  it('makes a list the target lacks from its first items', async () => {
    const plan = await importText(
      listProject({}),
      po([
        ['nav.0', 'Home', 'Inicio'],
        ['nav.1', 'World', 'Mundo'],
        ['steps.0.title', 'Sign up', 'Registrate'],
      ]),
    );
    expect(JSON.parse(plan.changes[0]?.after ?? '')).toEqual({ nav: ['Inicio', 'Mundo'], steps: [{ title: 'Registrate' }] });
    expect(plan.report.added.map((a) => a.key)).toEqual(['nav.0', 'nav.1', 'steps.0.title']);
  });
});

it("makes a new list whose object items hold keys named like Object's own (constructor, __proto__)", async () => {
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify({ steps: [{ constructor: 'Build', ['__proto__']: 'Proto' }] }, null, 2),
    'locales/es/ui.json': '{}\n',
  });
  const project = loadBundleProject(root, parseConfig({ locales: ['en', 'es'] }));
  const po =
    'msgid ""\nmsgstr ""\n"Language: es\\n"\n\nmsgctxt "ui:steps.0.constructor"\nmsgid "Build"\nmsgstr "Armar"\n\nmsgctxt "ui:steps.0.__proto__"\nmsgid "Proto"\nmsgstr "Proto es"\n';
  const plan = await importText(project, po);
  expect(plan.report.skipped).toEqual([]);
  const [item] = (JSON.parse(plan.changes[0]?.after ?? '{}') as { steps: Record<string, unknown>[] }).steps;
  expect([
    Object.hasOwn(item ?? {}, '__proto__') && item?.['__proto__'],
    Object.hasOwn(item ?? {}, 'constructor') && item?.['constructor'],
  ]).toEqual(['Proto es', 'Armar']);
});
