import { describe, expect, it } from 'vitest';
import { findInitCalls } from '../../src/init/init-calls.js';

describe('findInitCalls', () => {
  it("finds i18next's init in a chain, by name, and createInstance with options", () => {
    const text = [
      "i18n.use(Backend).use(initReactI18next).init({ fallbackLng: 'en', interpolation: { prefix: '{' } });",
      'i18next.init(options);',
      "const other = createInstance({ lng: 'de' });",
    ].join('\n');
    expect(findInitCalls(text).map((call) => call.options)).toEqual([
      "{ fallbackLng: 'en', interpolation: { prefix: '{' } }",
      undefined,
      "{ lng: 'de' }",
    ]);
  });

  it("finds a call with TypeScript's type arguments (SahajAtlasWeb's .init<HttpBackendOptions>({)", () => {
    const text = 'i18n.use(HttpBackend).init<HttpBackendOptions>({ ...i18nSharedOptions, debug: false });';
    expect(findInitCalls(text)).toEqual([{ at: 21, argument: 47, options: '{ ...i18nSharedOptions, debug: false }' }]);
  });

  it("finds an instance's init after its plugin chain, options passed as a variable (teable's I18nProvider)", () => {
    const text = 'const i18nInstance = createInstance();\ni18nInstance.use(initReactI18next).init(i18nOptions);';
    expect(findInitCalls(text)).toEqual([{ at: 73, argument: 79, options: undefined }]);
  });

  it("counts no method named init, nor a call of one that passes no options object (a backend plugin's)", () => {
    const backend = [
      'class TomlBackend {',
      '  constructor(services, options) {',
      '    this.init(services, options);',
      '  }',
      '  init(_services?: unknown, options?: TomlBackendOptions): void {',
      '    this.options = options;',
      '  }',
      '}',
      'const bare = createInstance();',
    ].join('\n');
    expect(findInitCalls(backend)).toEqual([]);
  });

  it('finds the init a setup imports from i18next as a function, under its own name or an alias', () => {
    const named = "import i18next, { init, t } from 'i18next';\nexport const load = async () => await init({ lng: 'en' });";
    expect(findInitCalls(named).map((call) => call.options)).toEqual(["{ lng: 'en' }"]);
    const aliased = "import { init as start } from 'i18next';\nstart(options);\nother.start({ a: 1 });";
    expect(findInitCalls(aliased)).toEqual([{ at: 41, argument: 47, options: undefined }]);
    // Another library's init is none of i18next's.
    expect(findInitCalls("import { init } from '@sentry/react';\ninit({ dsn });")).toEqual([]);
  });
});
