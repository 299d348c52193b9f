import { localeCode } from '../../../src/check/rules/locale-code.js';
import { testRule } from '../../support/rule-tester.js';

testRule(localeCode, {
  invalid: [
    {
      name: 'A language CLDR names but has no plural rules for: a note',
      files: {
        'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
        'locales/oc/ui.json': '{\n  "title": "Títol"\n}\n',
      },
      expect: [
        'locales/oc/ui.json:1:1 info Intl has no plural rules for "oc", so i18next picks its plural forms by the runtime\'s default locale, in a browser the reader\'s own: the forms it needs change from reader to reader [locale-code]',
      ],
    },
  ],
});
