import { isLocaleTag } from '../locale/locale-tag.js';
import { z } from './zod.js';

/**
 * A locale code: a BCP 47 language tag as `Intl` accepts it (`en`, `es-AR`, `zh-Hant-TW`), or
 * one written with `_` between its subtags, as i18next also reads it (`pt_BR`, whose parent is `pt`).
 */
export const localeTag = z
  .string()
  .check(z.refine(isLocaleTag, { message: 'is not a valid BCP 47 language tag (e.g. "en", "es-AR"; "pt_BR" as i18next also writes it)' }));

const severity = z.enum(['error', 'warning', 'info', 'off']);

/** A rule setting: a severity, or `[severity, options]`. */
export const ruleSetting = z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])], {
  error: 'expected "error", "warning", "info" or "off", or [level, { options }] such as ["warning", { "allow": ["Acme"] }]',
});

const nonEmpty = (): z.ZodMiniString => z.string().check(z.minLength(1));

const separator = z.union([nonEmpty(), z.literal(false)]);

/**
 * One of i18next's regex-escaped delimiter options (`nestingPrefixEscaped`), refused: i18next 26's
 * init gives the literal option its default (`$t(`), which wins over the escaped one, so the app
 * never reads it; a config naming it would say a syntax the app does not use.
 */
const ignoredByI18next = (literalOption: string, fallback: string): z.ZodMiniType<undefined> =>
  z.unknown().check(
    z.refine(() => false, {
      message: `i18next 26 never reads it: its init gives ${literalOption} the default "${fallback}", which wins over the escaped spelling (and i18next 27 removes it); set ${literalOption} to the text the strings write`,
    }),
  ) as z.ZodMiniType<undefined>;

/**
 * A namespace names a file under each locale folder (`ui`, `views/settings`). It is a relative
 * `/`-separated path without `.`, `..` or empty segments, so sync and import can never be led
 * to write a file outside `localesDir`.
 */
export const namespaceName = nonEmpty().check(
  z.refine((name) => !name.includes('\\') && name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'), {
    message: 'must be a relative path inside the locale folder ("ui", "views/settings"): no "..", no leading "/", no "\\"',
  }),
);

/** The checks every bundle pattern passes: placeholders, extension, a path inside the project. */
const patternPath = nonEmpty().check(
  z.refine(
    (pattern) =>
      (pattern.match(/\{\{[^}]*\}\}/g) ?? []).every((word, i, all) => ['{{lng}}', '{{ns}}'].includes(word) && all.indexOf(word) === i),
    {
      message: 'may hold {{lng}} once and {{ns}} once, and no other placeholder',
    },
  ),
  z.refine((pattern) => pattern.endsWith('.json'), { message: 'must end with ".json", as in "locales/{{lng}}.json"' }),
  z.refine(
    (pattern) =>
      !pattern.includes('\\') &&
      !pattern.startsWith('/') &&
      pattern.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'),
    { message: 'must be a relative path inside the project: no "..", no leading "/", no "\\"' },
  ),
);

/**
 * Where bundle files are, in i18next-http-backend's `loadPath` spelling, relative to the root:
 * `locales/{{lng}}/{{ns}}.json`, `i18n/{{lng}}.json` (one namespace), `{{ns}}/{{lng}}.json`.
 * `{{lng}}` is required, since a file that names no locale cannot be checked against another.
 */
export const bundlePattern = patternPath.check(
  z.refine((pattern) => pattern.includes('{{lng}}'), { message: 'must contain {{lng}}, as in "locales/{{lng}}/{{ns}}.json"' }),
);

/**
 * A `bundles` entry that says what its paths do not. `locale`: the files of one locale whose names
 * do not say it, as an app's loader maps them (jitsi-meet loads `lang/main.json` for en beside
 * `lang/main-de.json`): `{ pattern: 'lang/{{ns}}.json', locale: 'en' }`, a pattern without
 * `{{lng}}`; a file another pattern of the list reads is that pattern's. `namespace`: the one
 * namespace of a pattern without `{{ns}}` where it is not `defaultNamespace` (AdGuardHome's
 * `{ pattern: 'client/src/__locales-services/{{lng}}.json', namespace: 'services' }`).
 */
export const patternEntry = z
  .strictObject({
    pattern: patternPath,
    locale: z.optional(localeTag),
    namespace: z.optional(namespaceName),
  })
  .check(
    z.refine((entry) => entry.locale === undefined || !entry.pattern.includes('{{lng}}'), {
      message: 'names its locale in "locale", so it holds no {{lng}}',
      path: ['pattern'],
    }),
    z.refine((entry) => entry.locale !== undefined || entry.pattern.includes('{{lng}}') || entry.namespace === undefined, {
      message: 'must contain {{lng}}, or the entry name the one locale of its files in "locale"',
      path: ['pattern'],
    }),
    z.refine((entry) => entry.locale !== undefined || entry.pattern.includes('{{lng}}') || entry.namespace !== undefined, {
      message:
        'is required where the pattern holds no {{lng}}: the locale its files are of (as { pattern: "lang/{{ns}}.json", locale: "en" })',
      path: ['locale'],
    }),
    z.refine((entry) => entry.namespace === undefined || !entry.pattern.includes('{{ns}}'), {
      message: 'is given but the pattern holds {{ns}}, which names the namespace of each file: remove one of the two',
      path: ['namespace'],
    }),
    z.refine((entry) => entry.locale !== undefined || entry.namespace !== undefined || !entry.pattern.includes('{{lng}}'), {
      message: 'names neither a locale nor a namespace: write the pattern alone, as a string',
    }),
  );

/**
 * The name a locale's folder or file goes by where it is not the code (`english`, `espanol`): one
 * path segment, since it stands for `{{lng}}` in a pattern.
 */
const localeFileName = nonEmpty().check(
  z.refine((name) => !/[/\\{}]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be one folder or file name ("english", "chinese-traditional"): no "/", "\\", braces, "." or ".."',
  }),
);

/**
 * Codes mapped to the names their files or folders use (`{ en: 'english', 'zh-Hant': 'chinese-traditional' }`).
 * Each name is one locale's only (two locales under one name would read one file twice), and no
 * name is a code the map lists, which would make that folder two locales at once.
 */
export const localeNames = z.record(z.string(), localeFileName).check(
  z.refine((map) => Object.keys(map).every(isLocaleTag), {
    error: (issue) =>
      `has keys that are no BCP 47 language tag (${Object.keys(issue.input as Record<string, string>)
        .filter((code) => !isLocaleTag(code))
        .map((code) => JSON.stringify(code))
        .join(', ')}): each key is the code of a locale, as in { en: "english" }`,
  }),
  z.refine((map) => new Set(Object.values(map)).size === Object.values(map).length, {
    message: 'gives two locales the same name: each name stands for one locale',
  }),
  z.refine((map) => Object.values(map).every((name) => !Object.hasOwn(map, name)), {
    message: 'names a locale by a code it also lists (as in { en: "es", es: "espanol" }): a name must not be a listed code',
  }),
);

/**
 * How the strings write variables and nestings, as i18next's `interpolation` options of the same
 * names, settled into the one syntax every reader takes as i18next 26's Interpolator settles it:
 * an unescape suffix replaces the prefix.
 */
export const interpolationOptions = z.pipe(
  z.strictObject({
    prefix: z._default(nonEmpty(), '{{'),
    suffix: z._default(nonEmpty(), '}}'),
    /** What, right after the prefix, shows a value unescaped (`{{- html}}`). */
    unescapePrefix: z._default(nonEmpty(), '-'),
    /** As i18next's option: what, right before the suffix, shows a value unescaped (`{{html-}}`); set, it replaces unescapePrefix. */
    unescapeSuffix: z.optional(nonEmpty()),
    /** What separates a variable from its formats (`{{price, currency(USD)}}`). */
    formatSeparator: z._default(nonEmpty(), ','),
    /** What opens a nesting: `$t(`. */
    nestingPrefix: z._default(nonEmpty(), '$t('),
    /** What closes a nesting: `)`. */
    nestingSuffix: z._default(nonEmpty(), ')'),
    /** i18next's deprecated regex-escaped spellings, refused with the reason (see ignoredByI18next). */
    nestingPrefixEscaped: z.optional(ignoredByI18next('nestingPrefix', '$t(')),
    nestingSuffixEscaped: z.optional(ignoredByI18next('nestingSuffix', ')')),
    /** What, before a `{`, separates a nesting's key from its options (`$t(key, {"count": 2})`). */
    nestingOptionsSeparator: z._default(nonEmpty(), ','),
    /** As i18next's option: `false` (React apps) shows `{{x}}` unescaped too, so `{{- x}}` is no risk of its own. */
    escapeValue: z._default(z.boolean(), true),
    /**
     * The names of i18next's `defaultVariables` option, which the app fills for every string
     * (`['appName']`): a translation may show one where the source writes the text itself.
     */
    defaultVariables: z._default(z.array(nonEmpty()), []),
  }),
  z.transform(({ unescapeSuffix, nestingPrefixEscaped: _prefix, nestingSuffixEscaped: _suffix, ...options }) => ({
    ...options,
    unescapePrefix: unescapeSuffix === undefined ? options.unescapePrefix : '',
    unescapeSuffix: unescapeSuffix ?? '',
  })),
);

/** The public URL of a site, which canonical links and the sitemap are built on: absolute, http or https. */
export const siteUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http or https URL, such as https://example.com/news/' });

/**
 * The one truth for configuration: every default lives here, so a config file only
 * says what differs. Unknown keys are errors, so a typo never silently does nothing.
 */
export const configSchema = z.strictObject({
  /** Folder of the locale bundles, relative to the root: short for `bundles: "<localesDir>/{{lng}}/{{ns}}.json"`; set one of the two. */
  localesDir: z._default(nonEmpty(), 'locales'),
  /**
   * Bundle layouts (one pattern or several); default: `<localesDir>/{{lng}}/{{ns}}.json`. A pattern
   * without `{{ns}}` holds one namespace per locale file: `defaultNamespace`, or its entry's `namespace`.
   */
  bundles: z.optional(z.union([bundlePattern, z.array(z.union([bundlePattern, patternEntry])).check(z.minLength(1))])),
  /**
   * The namespace of a pattern without `{{ns}}` (one file per locale) that names none, as i18next's `defaultNS`.
   */
  defaultNamespace: z._default(namespaceName, 'translation'),
  /** Folder of the articles (`<lng>/<slug>.md`) and raw sources (`sources/`). */
  contentDir: z._default(nonEmpty(), 'content'),
  /** The locale every other locale is translated from. */
  sourceLocale: z._default(localeTag, 'en'),
  /** Per-namespace source locale, for strings that originate in another locale (`{ ui: 'es-AR' }`). */
  namespaceSourceLocale: z._default(z.record(namespaceName, localeTag), {}),
  /**
   * Names the files or folders of some locales go by where they are not the code (`{ en: 'english' }`):
   * `{{lng}}` matches the name, and every report, option and fallback still says the code.
   */
  localeNames: z._default(localeNames, {}),
  /** Locales to check and build; default: every folder under `localesDir`. */
  locales: z.optional(z.array(localeTag).check(z.minLength(1))),
  /** Namespaces; default: every JSON file under a locale folder, subfolders included. */
  namespaces: z.optional(z.array(namespaceName).check(z.minLength(1))),
  /**
   * Fallbacks per locale, tried after the locale and its BCP 47 parents, read as i18next reads a
   * fallbackLng object (a locale without an entry takes its language's, else `default`'s); default: the source.
   */
  fallbacks: z._default(z.record(localeTag, z.array(localeTag)), {}),
  /**
   * Which codes of a locale i18next loads, as the app's `load` option: `all` (es-AR, then es),
   * or `currentOnly` (es-AR alone: no parent before the fallbacks). `languageOnly`, which never
   * reads a regional locale's own file, is refused: l10n checks the files a locale has.
   */
  load: z._default(
    z.enum(['all', 'currentOnly'], {
      error:
        'expected "all" or "currentOnly" (l10n does not model "languageOnly", under which i18next never reads a regional locale\'s own file)',
    }),
    'all',
  ),
  /**
   * As i18next's option: `true` makes i18next write every code in lower case (`pt-br`, `zh-hant`)
   * before it looks it up, so a folder must be named so to be read; locale-code compares with that.
   */
  lowerCaseLng: z._default(z.boolean(), false),
  keySeparator: z._default(separator, '.'),
  nsSeparator: z._default(separator, ':'),
  pluralSeparator: z._default(nonEmpty(), '_'),
  contextSeparator: z._default(nonEmpty(), '_'),
  /**
   * As i18next's option: `false` makes an empty string a missing value, so i18next falls back
   * (and, with nothing further, shows the key itself, the text where keys are written as text).
   */
  returnEmptyString: z._default(z.boolean(), true),
  /**
   * How the strings write variables and nestings, as i18next's `interpolation` options of the same
   * names: a project that sets `prefix: '{', suffix: '}'` writes `{name}`, and l10n reads its variables so.
   */
  interpolation: z.prefault(interpolationOptions, {}),
  /**
   * How the app's i18next reads its strings: `i18next` (its own `{{x}}`, `$t()` nesting and
   * `_one` plural keys) or `icu`, for an app that uses i18next-icu: `{x}`, `{count, plural, ...}`
   * inside the message, no suffix keys looked up, no nesting.
   */
  messageFormat: z._default(z.enum(['i18next', 'icu'], { error: 'expected "i18next" or "icu" (an app that uses i18next-icu)' }), 'i18next'),
  /**
   * Files reached through a symbolic link whose real path is outside the project: `refuse` (a
   * diagnostic, never read) or `read` (a monorepo's deliberate link). Never written through either way.
   */
  outsideLinks: z._default(z.enum(['refuse', 'read']), 'refuse'),
  /** Rule severities and options, by rule id. */
  rules: z._default(z.record(z.string(), ruleSetting), {}),
  /** What `ingest` writes and how it names keys. */
  ingest: z.prefault(
    z.strictObject({
      locale: z._default(localeTag, 'es-AR'),
      /** The namespace the UI strings go to; default: the build's, whose pages show them. */
      namespace: z.optional(namespaceName),
      articleLocale: z._default(localeTag, 'en'),
      /** Known UI strings and the keys they go to (`"Comentarios": "comments.title"`). */
      keys: z._default(z.record(z.string(), nonEmpty()), {}),
    }),
    {},
  ),
  /** What `build` publishes. */
  build: z.prefault(
    z.strictObject({
      outDir: z._default(nonEmpty(), 'dist'),
      baseUrl: z._default(siteUrl, 'https://example.com/'),
      /** The namespace of the page templates' strings; default: `ui`, or `defaultNamespace` when no pattern has `{{ns}}`. */
      namespace: z.optional(namespaceName),
      /**
       * Where the build keeps what lets the next build skip unchanged pages, relative to the root.
       * Default: node_modules/.cache/l10n, or a private folder in the OS temp folder (see projectCacheDir).
       */
      cacheDir: z.optional(nonEmpty()),
      /**
       * Fallback pages (a locale page showing an article of another language): `canonical-to-source`
       * points their canonical link at the article's own page and leaves them out of the sitemap;
       * `self-canonical` makes them canonical to themselves and lists them.
       */
      fallbackPages: z._default(z.enum(['canonical-to-source', 'self-canonical']), 'canonical-to-source'),
      /** Publish `l10n-report.json` (per locale: translations, outdated translations, fallbacks) with the site. */
      report: z._default(z.boolean(), true),
    }),
    {},
  ),
});

/** The config as written in a file (every field optional). */
export type ConfigInput = z.input<typeof configSchema>;
/**
 * The config with every default applied. `separatorsGiven` (set by parseConfig) says that it names keySeparator or
 * nsSeparator as a string, as the app then passes it to i18next, which then never takes a key
 * for natural language (see splitNamespace).
 */
export type Config = z.output<typeof configSchema> & { readonly separatorsGiven?: boolean };

/** A rule's configured setting. */
export type RuleSetting = z.infer<typeof ruleSetting>;
