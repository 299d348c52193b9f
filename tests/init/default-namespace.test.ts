import i18next, { type InitOptions } from 'i18next';
import { describe, expect, it } from 'vitest';
import { findDefaultNamespace } from '../../src/init/default-namespace.js';

/** The namespace i18next 26 finds a key without one in, for options: each namespace's `k` is its own name. */
async function i18nextDefault(options: InitOptions): Promise<string | undefined> {
  const namespaces = ['translation', 'common', 'app', 'extra'];
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: Object.fromEntries(namespaces.map((namespace) => [namespace, { k: namespace }])) },
    ...options,
  });
  const shown = instance.t('k');
  return namespaces.includes(shown) ? shown : undefined;
}

const inSetup = (options: string, file = 'src/i18n.ts') => findDefaultNamespace([file], new Map([[file, `i18n.init(${options});`]]));

describe('findDefaultNamespace', () => {
  const cases: [string, InitOptions][] = [
    ["{ defaultNS: 'common' }", { defaultNS: 'common' }],
    ["{ defaultNS: ['app', 'extra'], ns: ['app', 'extra'] }", { defaultNS: ['app', 'extra'], ns: ['app', 'extra'] }],
    ["{ ns: 'app' }", { ns: 'app' }],
    ["{ ns: ['app', 'common'] }", { ns: ['app', 'common'] }],
    ["{ ns: ['common', 'translation'] }", { ns: ['common', 'translation'] }],
    ['{ defaultNS: false }', { defaultNS: false }],
    ["{ defaultNS: false, ns: ['app'] }", { defaultNS: false, ns: ['app'] }],
    ['{ defaultNS: [] }', { defaultNS: [] }],
    ["{ ns: [''], defaultNS: '' }", { ns: [''], defaultNS: '' }],
  ];
  for (const [written, options] of cases)
    it(`takes what i18next 26 takes for ${written}`, async () => {
      const expected = await i18nextDefault(options);
      const found = inSetup(written)?.namespace;
      expect(found === undefined || found === 'translation' ? undefined : found).toBe(expected === 'translation' ? undefined : expected);
    });

  it('says why, and that l10n reads only the first of a list i18next looks each of up in', () => {
    expect(inSetup("{ defaultNS: ['app', 'extra'] }")).toEqual({
      namespace: 'app',
      file: 'src/i18n.ts',
      why: 'src/i18n.ts sets defaultNS to ["app","extra"]: i18next looks a key without a namespace up in each in turn, l10n in app alone',
    });
    expect(inSetup('{ defaultNS: false }')?.why).toContain('i18next then finds no key without a namespace, which l10n cannot say');
    // spectrum-finance's interface loads `/i18n/{{lng}}{{ns}}.json` with `ns: [''], defaultNS: ''`: no namespace a config can name.
    expect(inSetup("{ ns: [''], defaultNS: '' }")).toEqual({
      file: 'src/i18n.ts',
      why: 'src/i18n.ts sets defaultNS to "": i18next then finds no key without a namespace, which l10n cannot say; defaultNamespace keeps l10n\'s default, translation',
    });
    expect(inSetup("{ defaultNS: '../shared' }")?.why).toBe(
      'src/i18n.ts sets defaultNS to "../shared", which is no namespace l10n can name a file by: defaultNamespace keeps l10n\'s default, translation',
    );
  });

  it("takes the init call's own defaultNS over a const of that name it does not pass", () => {
    const text = "export const defaultNS = 'common';\ni18n.init({ ns: ['translation'], defaultNS: 'translation' });";
    expect(findDefaultNamespace(['src/i18n.ts'], new Map([['src/i18n.ts', text]]))?.namespace).toBe('translation');
  });

  it('never guesses a value it cannot read, and says so', () => {
    for (const written of ['{ defaultNS: settings.namespace }', '{ defaultNS }', '{ defaultNS: getNamespace() }'])
      expect(inSetup(written), written).toEqual({
        file: 'src/i18n.ts',
        why: "src/i18n.ts sets defaultNS to a value init cannot read (computed or from elsewhere): defaultNamespace keeps l10n's default, translation; set it to the app's default namespace if that differs",
      });
    expect(inSetup("{ lng: 'en' }")).toBeUndefined();
  });

  it("takes next-i18next's default, common, for its config that names none, even beside an ns list", () => {
    const config = 'module.exports = { i18n: { defaultLocale: "en", locales: ["en", "de"] }, ns: ["app", "home"] };';
    expect(findDefaultNamespace(['next-i18next.config.js'], new Map([['next-i18next.config.js', config]]))?.namespace).toBe('common');
    const named = 'module.exports = { i18n: { defaultLocale: "en", locales: ["en"] }, defaultNS: "home" };';
    expect(findDefaultNamespace(['next-i18next.config.js'], new Map([['next-i18next.config.js', named]]))?.namespace).toBe('home');
  });
});
