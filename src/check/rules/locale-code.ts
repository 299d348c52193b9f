import { isKnownLocale, localeProblem } from '../../locale/locale-tag.js';
import { unknownPluralRules } from '../../locale/plural-rules-known.js';
import { localeSpelling, localesBySpelling } from '../../locale/spelling-twins.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

/** What to rename so that a bundle has the path i18next reads: its folder (`es-ar/ui.json`), or the file itself (`pt-br.json`). */
const renaming = (path: string, read: string): string =>
  folderOf(path) === folderOf(read) ? `rename the file so that it is ${read}` : `rename the folder so that the file is ${read}`;

/**
 * A locale folder i18next never reads under its name (`es-ar`: it asks for `es-AR`), so its strings
 * never show, or one that is no language tag at all (`español`, `sitemap.xml`), which build refuses.
 */
export const localeCode: Rule = {
  id: 'locale-code',
  defaultSeverity: 'error',
  description:
    'The locale folder is not named as i18next writes the code: i18next turns a code with "-" into the canonical form of its tag ("es-ar" -> "es-AR") before it looks it up, so it never reads this file and readers get the fallbacks instead. (A project that sets i18next\'s lowerCaseLng sets it in the config too, as init does: i18next then writes that form in lower case, "sr-cs" -> "sr-rs". Turn the rule off in a project that imports its bundles and registers each under a code in resources, so that no file is looked up by its name; init does so.) A folder whose name is not a language tag at all ("español", "x y") is reported too: build refuses it whatever the rule\'s level. A file a "{{lng}}.json" pattern matches whose name is no locale l10n can check ("ptbr.json", "schema.json") is not read, and said here as a warning. A locale Intl has no plural rules for ("ua", a country code; Ukrainian is "uk") is a warning: i18next then picks plural forms by each reader\'s default locale; a note for a language CLDR names without plural rules ("oc", "kaa"). Two files of one namespace whose folders spell one locale ("pt-BR" and "pt_BR") are a warning: i18next reads them as two codes and loads the files of the one the app gives it.',
  docs: {
    checks:
      "a locale folder i18next never reads under its name: it writes a code with `-` in the canonical form of the tag (`es-ar` -> `es-AR`) before it looks it up, so the folder's strings never show (one finding per file, at 1:1; with i18next's `lowerCaseLng`, set in the config as in the app (init reads it), the form in lower case: `pt-br` is read, `sr-cs` is looked up as `sr-rs`, `pt-BR` as `pt-br`; a project that imports its bundles and registers each under a code in `resources` (`['en-US', enUS]`) turns it off, as init does); also a folder whose name is no language tag at all (`español`, `x y`, `sitemap.xml`), which build refuses with the same message whatever the rule's level; `es_AR` is a tag, read as i18next reads it; a file a `{{lng}}.json` pattern matches whose name is no locale l10n can check (`ptbr.json`, which is no tag; `ua.json`, a tag of no language CLDR knows, until listed in `locales`) is not read, and said as a warning; a locale Intl has no plural rules for (`ua`, `cn`: country codes; `lol`), a warning, since i18next then picks plural forms by the runtime's default locale, in a browser each reader's own (a note for a language CLDR names but has no plural rules for: Occitan `oc`, Karakalpak `kaa`); two files of one namespace whose folders spell one locale (`pt-BR` and `pt_BR`), a warning on each: the app gives i18next one of the codes, so the other folder's strings never show",
    why: 'i18next looks a locale up under the canonical form of its tag and never reads a folder under another name: the translation exists, yet readers get the fallback language.',
    passes: 'Folders named by the canonical form of a tag (`es-AR`, `zh-Hant-TW`), and `es_AR`, which i18next reads as it is written.',
  },
  examples: {
    invalid: [
      {
        name: 'A lower-case region',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/es-ar/ui.json': '{\n  "title": "Título"\n}\n',
        },
        expect: [
          'locales/es-ar/ui.json:1:1 error i18next looks locale "es-ar" up as "es-AR" (the canonical form of the tag), so it never reads this file and readers get the fallbacks of es-AR instead; rename the folder so that the file is locales/es-AR/ui.json, and write "es-AR" wherever the app lists the code (supportedLngs) [locale-code]',
        ],
      },
      {
        name: 'A lower-case region in a file name',
        config: { bundles: 'i18n/{{lng}}.json' },
        files: {
          'i18n/en.json': '{\n  "title": "Title"\n}\n',
          'i18n/pt-br.json': '{\n  "title": "Título"\n}\n',
        },
        expect: [
          'i18n/pt-br.json:1:1 error i18next looks locale "pt-br" up as "pt-BR" (the canonical form of the tag), so it never reads this file and readers get the fallbacks of pt-BR instead; rename the file so that it is i18n/pt-BR.json, and write "pt-BR" wherever the app lists the code (supportedLngs) [locale-code]',
        ],
      },
      {
        name: 'A country code for a language: no plural rules',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/ua/ui.json': '{\n  "title": "Назва"\n}\n',
        },
        expect: [
          'locales/ua/ui.json:1:1 warning Intl has no plural rules for "ua", so i18next picks its plural forms by the runtime\'s default locale, in a browser the reader\'s own: the forms it needs change from reader to reader; "ua" is a country code: if the strings are in the language of that country, its code is "uk" [locale-code]',
        ],
      },
      {
        name: "With lowerCaseLng, a tag whose canonical form is another (sr-cs: Serbia and Montenegro's old region)",
        config: { lowerCaseLng: true },
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/pt-br/ui.json': '{\n  "title": "Título"\n}\n',
          'locales/sr-cs/ui.json': '{\n  "title": "Naslov"\n}\n',
        },
        expect: [
          'locales/sr-cs/ui.json:1:1 error i18next looks locale "sr-cs" up as "sr-rs" (the canonical form of the tag, in lower case as the config\'s lowerCaseLng says), so it never reads this file and readers get the fallbacks of sr-rs instead; rename the folder so that the file is locales/sr-rs/ui.json, and write "sr-rs" wherever the app lists the code (supportedLngs) [locale-code]',
        ],
      },
      {
        name: 'A folder whose name is no language tag',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/español/ui.json': '{\n  "title": "Título"\n}\n',
        },
        expect: [
          'locales/español/ui.json:1:1 error the locale folder "español" is not a BCP 47 language tag (such as "es-AR", or "es_AR" as i18next also writes it): i18next has no plural rules or formats for it and a page cannot declare its language, so build refuses it; rename the folder, or move it out of the locales folder [locale-code]',
        ],
      },
      {
        name: 'One locale spelled two ways',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/pt-BR/ui.json': '{\n  "title": "Título"\n}\n',
          'locales/pt_BR/ui.json': '{\n  "title": "Titulo"\n}\n',
        },
        expect: [
          'locales/pt-BR/ui.json:1:1 warning "pt-BR" and "pt_BR" spell one locale, but i18next reads them as two codes and loads the files of the one the app gives it: the other\'s strings never show; keep one spelling (locales/pt_BR/ui.json is the other) [locale-code]',
          'locales/pt_BR/ui.json:1:1 warning "pt_BR" and "pt-BR" spell one locale, but i18next reads them as two codes and loads the files of the one the app gives it: the other\'s strings never show; keep one spelling (locales/pt-BR/ui.json is the other) [locale-code]',
        ],
      },
      {
        name: "A folder named by the language's name",
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/espanol/ui.json': '{\n  "title": "Título"\n}\n',
        },
        expect: [
          'locales/espanol/ui.json:1:1 error the locale folder "espanol" is not a BCP 47 language tag (such as "es-AR", or "es_AR" as i18next also writes it): i18next has no plural rules or formats for it and a page cannot declare its language, so build refuses it; rename the folder, or move it out of the locales folder [locale-code]',
        ],
      },
    ],
    valid: [
      {
        name: 'The canonical spelling',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/es-AR/ui.json': '{\n  "title": "Título"\n}\n',
        },
      },
      {
        name: "Lower-case folders, as i18next's lowerCaseLng reads them",
        config: { lowerCaseLng: true },
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/zh-hant-tw/ui.json': '{\n  "title": "標題"\n}\n',
        },
      },
      {
        name: 'An underscore, read as i18next reads it',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/es_AR/ui.json': '{\n  "title": "Título"\n}\n',
        },
      },
    ],
  },
  claims: [
    { says: 'readers get the fallbacks instead', locale: 'es-ar', key: 'title', shows: 'Title' },
    ...['pt-BR', 'pt_BR'].map((locale) => ({
      says: 'i18next reads them as two codes',
      files: {
        'locales/en/ui.json': '{ "title": "Title" }',
        'locales/pt-BR/ui.json': '{ "title": "Título" }',
        'locales/pt_BR/ui.json': '{ "title": "Titulo" }',
      },
      locale,
      key: 'title',
      shows: locale === 'pt-BR' ? 'Título' : 'Titulo',
    })),
  ],
  check(context, report) {
    const { lowerCaseLng } = context.config;
    const twins = localesBySpelling(context.locales);
    for (const bundle of context.checkedFiles) {
      const problem = localeProblem(bundle.locale, lowerCaseLng);
      const rules = problem ? undefined : unknownPluralRules(bundle.locale);
      // A language CLDR names but has no plural rules for (Occitan, Karakalpak) cannot be renamed: a note.
      if (rules)
        report({
          target: inBundle(bundle),
          anchor: { kind: 'file' },
          severity: isKnownLocale(bundle.locale) ? 'info' : 'warning',
          message: rules,
        });
      // Only a twin with a file of this namespace: another namespace's spelling names no file here.
      const twin = problem
        ? undefined
        : twins
            .get(localeSpelling(bundle.locale))
            ?.find((other) => other !== bundle.locale && !localeProblem(other, lowerCaseLng) && context.hasFile(other));
      if (twin !== undefined)
        report({
          target: inBundle(bundle),
          anchor: { kind: 'file' },
          severity: 'warning',
          message: `"${bundle.locale}" and "${twin}" spell one locale, but i18next reads them as two codes and loads the files of the one the app gives it: the other's strings never show; keep one spelling (${context.pathOf(twin)} is the other)`,
        });
      if (!problem) continue;
      report({
        target: inBundle(bundle),
        anchor: { kind: 'file' },
        message:
          problem.kind === 'not-a-tag'
            ? problem.message
            : `i18next looks locale "${bundle.locale}" up as "${problem.code}" (the canonical form of the tag${lowerCaseLng ? ", in lower case as the config's lowerCaseLng says" : ''}), so it never reads this file and readers get the fallbacks of ${problem.code} instead; ${renaming(context.pathOf(bundle.locale), context.pathOf(problem.code))}, and write "${problem.code}" wherever the app lists the code (supportedLngs)`,
      });
    }
  },
};
