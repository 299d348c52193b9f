import { localeCode } from '../../../src/check/rules/locale-code.js';
import { testRule } from '../../support/rule-tester.js';

testRule(localeCode, {
  valid: [
    {
      // The other spelling has no file of this namespace: no file here to name as the other.
      name: 'One locale spelled two ways in different namespaces',
      files: {
        'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
        'locales/en/mail.json': '{\n  "subject": "Subject"\n}\n',
        'locales/ko-KR/ui.json': '{\n  "title": "제목"\n}\n',
        'locales/ko_KR/mail.json': '{\n  "subject": "제목"\n}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'One locale spelled two ways in one namespace of several',
      files: {
        'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
        'locales/en/mail.json': '{\n  "subject": "Subject"\n}\n',
        'locales/ko-KR/ui.json': '{\n  "title": "제목"\n}\n',
        'locales/ko-KR/mail.json': '{\n  "subject": "제목"\n}\n',
        'locales/ko_KR/mail.json': '{\n  "subject": "주제"\n}\n',
      },
      expect: [
        'locales/ko-KR/mail.json:1:1 warning "ko-KR" and "ko_KR" spell one locale, but i18next reads them as two codes and loads the files of the one the app gives it: the other\'s strings never show; keep one spelling (locales/ko_KR/mail.json is the other) [locale-code]',
        'locales/ko_KR/mail.json:1:1 warning "ko_KR" and "ko-KR" spell one locale, but i18next reads them as two codes and loads the files of the one the app gives it: the other\'s strings never show; keep one spelling (locales/ko-KR/mail.json is the other) [locale-code]',
      ],
    },
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
