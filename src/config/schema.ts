import { z } from 'zod';

/** A BCP 47 language tag as `Intl` accepts it (`en`, `es-AR`, `zh-Hant-TW`). */
export const localeTag = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid BCP 47 language tag (e.g. "en", "es-AR")' },
);

const severity = z.enum(['error', 'warning', 'info', 'off']);

/** A rule setting: a severity, or `[severity, options]`. */
export const ruleSetting = z.union([severity, z.tuple([severity, z.record(z.string(), z.unknown())])]);

const separator = z.union([z.string().min(1), z.literal(false)]);

/**
 * A namespace names a file under each locale folder (`ui`, `views/settings`). It is a relative
 * `/`-separated path without `.`, `..` or empty segments, so sync and import can never be led
 * to write a file outside `localesDir`.
 */
export const namespaceName = z
  .string()
  .min(1)
  .refine((name) => !name.includes('\\') && name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'), {
    message: 'must be a relative path inside the locale folder ("ui", "views/settings"): no "..", no leading "/", no "\\"',
  });

/**
 * The one truth for configuration: every default lives here, so a config file only
 * says what differs. Unknown keys are errors, so a typo never silently does nothing.
 */
export const configSchema = z
  .object({
    /** Folder of the locale bundles, relative to the root. */
    localesDir: z.string().min(1).default('locales'),
    /** Folder of the articles (`<lng>/<slug>.md`) and raw sources (`sources/`). */
    contentDir: z.string().min(1).default('content'),
    /** The locale every other locale is translated from. */
    sourceLocale: localeTag.default('en'),
    /** Per-namespace source locale, for strings that originate in another locale (`{ ui: 'es-AR' }`). */
    namespaceSourceLocale: z.record(namespaceName, localeTag).default({}),
    /** Locales to check and build; default: every folder under `localesDir`. */
    locales: z.array(localeTag).min(1).optional(),
    /** Namespaces; default: every JSON file under a locale folder, subfolders included. */
    namespaces: z.array(namespaceName).min(1).optional(),
    /** Fallback chains per locale, without the locale itself; default: BCP 47 parents, then the source. */
    fallbacks: z.record(localeTag, z.array(localeTag)).default({}),
    keySeparator: separator.default('.'),
    nsSeparator: separator.default(':'),
    pluralSeparator: z.string().min(1).default('_'),
    contextSeparator: z.string().min(1).default('_'),
    /** Rule severities and options, by rule id. */
    rules: z.record(z.string(), ruleSetting).default({}),
    /** What `ingest` writes and how it names keys. */
    ingest: z
      .object({
        locale: localeTag.default('es-AR'),
        namespace: namespaceName.default('ui'),
        articleLocale: localeTag.default('en'),
        /** Known UI strings and the keys they go to (`"Comentarios": "comments.title"`). */
        keys: z.record(z.string(), z.string().min(1)).default({}),
      })
      .strict()
      .prefault({}),
    /** What `build` publishes. */
    build: z
      .object({
        outDir: z.string().min(1).default('dist'),
        baseUrl: z.string().url().default('https://example.com/'),
        namespace: namespaceName.default('ui'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

/** The config as written in a file (every field optional). */
export type ConfigInput = z.input<typeof configSchema>;
/** The config with every default applied. */
export type Config = z.output<typeof configSchema>;
/** A rule's configured setting. */
export type RuleSetting = z.infer<typeof ruleSetting>;
