import i18next from 'i18next';
import { expect, it } from 'vitest';
import { nestingMismatch } from '../../../src/check/rules/nesting-mismatch.js';
import { testRule } from '../../support/rule-tester.js';

const json = (data: Record<string, unknown>): string => `${JSON.stringify(data, null, 2)}\n`;

testRule(nestingMismatch, {
  invalid: [
    {
      // jitsi-meet's lang/main-da.json: machine translation turned `$t(` into `$ T (` and misspelt the key.
      name: 'The jitsi shape: lookalikes of the key and of a misspelt key, in nested objects',
      files: {
        'locales/en/main.json': json({
          lockRoomPassword: 'password',
          lockRoomPasswordUppercase: 'Password',
          dialog: { removePassword: 'Remove $t(lockRoomPassword)' },
          info: { password: '$t(lockRoomPasswordUppercase): ' },
        }),
        'locales/da/main.json': json({
          lockRoomPassword: 'adgangskode',
          lockRoomPasswordUppercase: 'Adgangskode',
          dialog: { removePassword: 'Fjern $ T (lockRoomPassword)' },
          info: { password: '$ T (LockloomPasswordUpperCase):' },
        }),
      },
      expect: [
        'locales/da/main.json:5:30 error shows "$ T (lockRoomPassword)" as written where the en source "dialog.removePassword" nests $t(lockRoomPassword): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
        'locales/da/main.json:8:18 error shows "$ T (LockloomPasswordUpperCase)" as written where the en source "info.password" nests $t(lockRoomPasswordUppercase): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
      ],
    },
    {
      name: 'Other lookalikes: a space before "(", a capital T, full-width brackets, no "$" before the key',
      files: {
        'locales/en/ui.json': json({ a: 'A', b: 'See $t(a)', c: 'See $t(a)', d: 'See $t(a)', e: '$t(a) not supported' }),
        'locales/vi/ui.json': json({ a: 'A', b: 'Xem $t (a)', c: 'Xem $T(a)', d: 'Xem $t（a）', e: 't(a) không được hỗ trợ' }),
      },
      expect: [
        'locales/vi/ui.json:3:13 error shows "$t (a)" as written where the en source "b" nests $t(a): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
        'locales/vi/ui.json:4:13 error shows "$T(a)" as written where the en source "c" nests $t(a): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
        'locales/vi/ui.json:5:13 error shows "$t（a）" as written where the en source "d" nests $t(a): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
        'locales/vi/ui.json:6:9 error shows "t(a)" as written where the en source "e" nests $t(a): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
      ],
    },
    {
      name: 'A reference to another namespace dropped, and one mangled',
      files: {
        'locales/en/ui.json': json({ intro: 'Welcome to $t(common:site)', outro: 'Thanks from $t(common:site)' }),
        'locales/en/common.json': json({ site: 'Acme' }),
        'locales/es/ui.json': json({ intro: 'Bienvenido', outro: 'Gracias de $ T (common:site)' }),
        'locales/es/common.json': json({ site: 'Acme' }),
      },
      expect: [
        'locales/es/ui.json:2:3 info drops $t(common:site) that the en source "intro" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it [nesting-mismatch]',
        'locales/es/ui.json:3:24 error shows "$ T (common:site)" as written where the en source "outro" nests $t(common:site): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
      ],
    },
    {
      name: 'A plural form compared with the source form it translates, a context with its own',
      files: {
        'locales/en/ui.json': json({
          folder: 'folder',
          files_one: 'One file in $t(folder)',
          files_other: '{{count}} files in $t(folder)',
          liked_male: '$t(folder) liked by him',
        }),
        'locales/ru/ui.json': json({
          folder: 'папка',
          files_one: '{{count}} файл в $t(folder)',
          files_few: '{{count}} файла',
          files_many: '{{count}} файлов в $t(folder)',
          files_other: '{{count}} файла в $t(folder)',
          liked_male: 'Ему понравилось',
        }),
      },
      expect: [
        'locales/ru/ui.json:4:3 info drops $t(folder) that the en source "files_other" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it [nesting-mismatch]',
        'locales/ru/ui.json:7:3 info drops $t(folder) that the en source "liked_male" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it [nesting-mismatch]',
      ],
    },
    {
      name: 'References compared by the lookup they make: the namespace from a prefix or from ns, the own one by default',
      files: {
        'locales/en/ui.json': json({ tagline: 'Shop', intro: '$t(common:site), $t(ui:tagline), $t(help)', help: 'Help' }),
        'locales/en/common.json': json({ site: 'Acme' }),
        'locales/es/ui.json': json({ tagline: 'Tienda', intro: '$t(site, {"ns": "common"}), $t(tagline)', help: 'Ayuda' }),
        'locales/es/common.json': json({ site: 'Acme' }),
      },
      expect: [
        'locales/es/ui.json:3:3 info drops $t(help) that the en source "intro" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it [nesting-mismatch]',
      ],
    },
    {
      name: 'Two references dropped with one other in their place',
      files: {
        'locales/en/ui.json': json({ a: 'A', b: 'B', c: 'C', both: '$t(a) and $t(b)' }),
        'locales/fr/ui.json': json({ a: 'A', b: 'B', c: 'C', both: '$t(c) seulement' }),
      },
      expect: [
        'locales/fr/ui.json:5:3 info drops $t(a), $t(b) that the en source "both" nests, with only $t(c) in their place: readers get their text only where the translation writes it out, as a copy that no longer follows them [nesting-mismatch]',
      ],
    },
    {
      name: 'A lookalike the source writes too is its text: only the dropped reference is reported',
      files: {
        'locales/en/ui.json': json({ a: 'A', hint: 'Type $T(x) for $t(a)' }),
        'locales/de/ui.json': json({ a: 'A', hint: 'Tippe $T(x)' }),
      },
      expect: [
        'locales/de/ui.json:3:3 info drops $t(a) that the en source "hint" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it [nesting-mismatch]',
      ],
    },
    {
      name: 'A "t(" after a letter is a word, not a lookalike: the reference is dropped',
      files: {
        'locales/en/ui.json': json({ a: 'A', note: 'See $t(a)' }),
        'locales/de/ui.json': json({ a: 'A', note: 'Siehe Bat(a)' }),
      },
      expect: [
        'locales/de/ui.json:3:3 info drops $t(a) that the en source "note" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it [nesting-mismatch]',
      ],
    },
  ],
  valid: [
    {
      name: 'A reference the source writes twice, kept once; another with other options',
      files: {
        'locales/en/ui.json': json({
          pw: 'password',
          about: 'Add a $t(pw). Others type the $t(pw).',
          n: '$t(item, {"count": 2})',
          item_one: 'item',
          item_other: 'items',
        }),
        'locales/fr/ui.json': json({
          pw: 'mot de passe',
          about: 'Ajoutez un $t(pw). Les autres le saisissent.',
          n: '$t(item, {"count": 5})',
          item_one: 'élément',
          item_other: 'éléments',
        }),
      },
    },
    {
      name: 'A $t() inside the options of a kept reference is an option value, which the translation words itself',
      files: {
        'locales/en/ui.json': json({ name: 'Ana', greet: 'Hello {{who}}', hi: '$t(greet, {"who": "$t(name)"})' }),
        'locales/es/ui.json': json({ name: 'Ana', greet: 'Hola {{who}}', hi: '$t(greet, {"who": "amiga"})' }),
      },
    },
    {
      name: "An empty translation (empty-value's), an unread $t( (nesting's), a reference only the translation has",
      files: {
        'locales/en/ui.json': json({ a: 'A', empty: 'See $t(a)', open: 'See $t(a) now', plain: 'Remove password' }),
        'locales/de/ui.json': json({ a: 'A', empty: '', open: 'Siehe $t(a jetzt', plain: 'Passwort $t(a) entfernen' }),
      },
    },
  ],
});

it('i18next 26 reads none of the lookalikes as a reference: it shows each as written', () => {
  const i18n = i18next.createInstance();
  const lookalikes = ['$ T (a)', '$t (a)', '$T(a)', '$t（a）', 't(a)', '＄t(a)'];
  void i18n.init({
    initAsync: false,
    lng: 'en',
    resources: { en: { translation: { a: 'A', ...Object.fromEntries(lookalikes.map((text, i) => [`k${i}`, `x ${text}`])) } } },
  });
  expect(lookalikes.map((_, i) => i18n.t(`k${i}`))).toEqual(lookalikes.map((text) => `x ${text}`));
  expect(i18n.t('a')).toBe('A');
});
