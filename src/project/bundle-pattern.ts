import type { Config } from '../config/schema.js';
import { isKnownLocale } from '../locale/locale-tag.js';
import { regexEscape } from '../text/regex-escape.js';

/** A `bundles` pattern read once: what it matches, and how a file path is made from it. */
export interface BundlePattern {
  /** As written in the config (`locales/{{lng}}/{{ns}}.json`). */
  text: string;
  /** The folders before the first placeholder (`locales`; `` for a pattern at the root). */
  prefix: string;
  /** Whether the pattern names the namespace; without `{{ns}}` each locale has one file, of `namespace` or else `defaultNamespace`. */
  hasNamespace: boolean;
  /**
   * Whether `{{lng}}` is a whole folder right below a fixed folder (`locales/{{lng}}/...`): every
   * folder there is then a locale, even an empty or misnamed one (locale-code reports the name).
   * Elsewhere (`{{lng}}.json`, a pattern at the root) only a name that is a locale tag is a locale.
   */
  localeFolder: boolean;
  /** The path segments after the prefix that a match may span: undefined when `{{ns}}` may hold subfolders. */
  depth: number | undefined;
  regex: RegExp;
  /** Which capture group is the locale and which the namespace. */
  groups: { lng: number; ns: number | undefined };
  /** The config's `localeNames`: the name `{{lng}}` is written as for a code, and the code a name stands for. */
  names: { byCode: ReadonlyMap<string, string>; byName: ReadonlyMap<string, string> };
  /** The one locale of a pattern without `{{lng}}` (`{ pattern: 'lang/{{ns}}.json', locale: 'en' }`): its files are that locale's. */
  locale?: string;
  /** The one namespace of a pattern without `{{ns}}` that names it (`{ pattern: 'i18n/{{lng}}.json', namespace: 'services' }`). */
  namespace?: string;
}

/**
 * A `bundles` entry as the config writes it: a pattern with `{{lng}}`, or an entry naming what its
 * paths do not say: the one locale of a pattern without `{{lng}}`, the one namespace of a pattern without `{{ns}}`.
 */
export type PatternEntry = string | { pattern: string; locale?: string | undefined; namespace?: string | undefined };

/** What the layout needs of the config. */
export type PatternConfig = Pick<Config, 'bundles' | 'localesDir' | 'defaultNamespace' | 'localeNames'>;

/**
 * Reads one pattern (already validated by the schema: relative, `{{lng}}` in it or a locale beside
 * it, `.json` at the end), with the names some locales' files go by (`{ en: 'english' }`).
 */
export function parsePattern(entry: PatternEntry, localeNames: Readonly<Record<string, string>> = {}): BundlePattern {
  const text = typeof entry === 'string' ? entry : entry.pattern;
  const segments = text.split('/');
  // A pattern of one file (`lang/main.json`, a fixed locale's) is walked from its folder.
  const firstDynamic = segments.findIndex((segment, i) => segment.includes('{{') || i === segments.length - 1);
  const prefix = segments.slice(0, firstDynamic).join('/');
  let lng = 0;
  let ns: number | undefined;
  let group = 0;
  const source = text
    .split(/(\{\{lng\}\}|\{\{ns\}\})/)
    .map((part) => {
      if (part === '{{lng}}') {
        lng = ++group;
        return '([^/]+?)';
      }
      if (part === '{{ns}}') {
        ns = ++group;
        return '([^/].*?)';
      }
      return regexEscape(part);
    })
    .join('');
  const hasNamespace = ns !== undefined;
  return {
    text,
    ...(typeof entry !== 'string' && entry.locale !== undefined && { locale: entry.locale }),
    ...(typeof entry !== 'string' && entry.namespace !== undefined && !hasNamespace && { namespace: entry.namespace }),
    prefix,
    hasNamespace,
    localeFolder: firstDynamic > 0 && segments[firstDynamic] === '{{lng}}' && firstDynamic < segments.length - 1,
    depth: hasNamespace ? undefined : segments.length - firstDynamic,
    regex: new RegExp(`^${source}$`, 'du'),
    groups: { lng, ns },
    names: {
      byCode: new Map(Object.entries(localeNames)),
      byName: new Map(Object.entries(localeNames).map(([code, name]) => [name, code])),
    },
  };
}

/** The patterns of a project: `bundles`, or `<localesDir>/{{lng}}/{{ns}}.json` when it is not set. */
export function bundlePatterns(config: PatternConfig): BundlePattern[] {
  const texts = config.bundles === undefined ? [`${trimDir(config.localesDir)}/{{lng}}/{{ns}}.json`] : [config.bundles].flat();
  return texts.map((text) => parsePattern(text, config.localeNames));
}

/** The one namespace of a pattern without `{{ns}}`: its entry's, else `defaultNamespace`; undefined for a pattern with `{{ns}}`. */
export function fixedNamespaceOf(pattern: BundlePattern, defaultNamespace: string): string | undefined {
  return pattern.hasNamespace ? undefined : (pattern.namespace ?? defaultNamespace);
}

/** The namespaces patterns without `{{ns}}` hold, once each, in the order of the list (for messages and defaults). */
export function fixedNamespaces(patterns: readonly BundlePattern[], defaultNamespace: string): string[] {
  return [...new Set(patterns.flatMap((pattern) => fixedNamespaceOf(pattern, defaultNamespace) ?? []))];
}

const trimDir = (dir: string): string => dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.';

/** A file path a pattern matched: its locale and namespace. */
export interface PatternMatch {
  locale: string;
  namespace: string;
  /** The path up to the end of the locale (`locales/en` for `locales/en/ui.json` and for `locales/en.json`). */
  anchor: string;
}

/**
 * The locale and namespace a path (relative to the root, `/`-separated) holds under a pattern, or
 * undefined when the pattern does not match it. A namespace segment is never empty, `.` or `..`.
 */
export function matchPattern(pattern: BundlePattern, path: string, defaultNamespace: string): PatternMatch | undefined {
  const found = pattern.regex.exec(path);
  if (!found) return undefined;
  const locale = pattern.locale ?? localeOfName(pattern, found[pattern.groups.lng] ?? '');
  const namespace = pattern.groups.ns === undefined ? (pattern.namespace ?? defaultNamespace) : (found[pattern.groups.ns] ?? '');
  if (locale === '' || namespace.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined;
  const end = found.indices?.[pattern.groups.lng]?.[1] ?? 0;
  return { locale, namespace, anchor: path.slice(0, end) };
}

/** The locale a name in the place of `{{lng}}` stands for: the code `localeNames` gives it, else the name itself. */
export function localeOfName(pattern: BundlePattern, name: string): string {
  return pattern.names.byName.get(name) ?? name;
}

/**
 * Whether a matched name is a locale: any folder of a locale-folder pattern (locale-code reports
 * a bad name), else a tag of a language CLDR knows, or one the config lists (`aii`, which CLDR
 * does not name), so `package.json` at the root is never locale "package".
 */
export function acceptsLocale(pattern: BundlePattern, locale: string, listed: readonly string[] | undefined): boolean {
  return pattern.locale !== undefined || pattern.localeFolder || isKnownLocale(locale) || (listed?.includes(locale) ?? false);
}

/**
 * Whether a name a pattern matched but that is no locale deserves a note: below a fixed folder
 * (`i18n/schema.json`), or at the root when it is shaped like a language code (`aii.json`; not
 * `package.json`), which the config can then list. Never a name with a character no locale code
 * or language name has (`$schema.json`, the JSON Schema an editor validates the bundles with).
 */
export function notesNonLocale(pattern: BundlePattern, locale: string): boolean {
  return (pattern.prefix !== '' && /^[\p{L}\p{N}_-]+$/u.test(locale)) || /^[a-z]{2,3}([-_]|$)/i.test(locale);
}

/** The bundle a path is, by the first pattern that takes it (see acceptsLocale). */
export function matchBundleFile(
  patterns: readonly BundlePattern[],
  path: string,
  defaultNamespace: string,
  listed?: readonly string[],
): (PatternMatch & { pattern: BundlePattern }) | undefined {
  for (const pattern of patterns) {
    const match = matchPattern(pattern, path, defaultNamespace);
    if (match && acceptsLocale(pattern, match.locale, listed)) return { ...match, pattern };
  }
  return undefined;
}

/** The path a pattern gives a locale's file of a namespace, or undefined when it cannot hold that namespace. */
export function fillPattern(pattern: BundlePattern, locale: string, namespace: string, defaultNamespace: string): string | undefined {
  if (!pattern.hasNamespace && namespace !== (pattern.namespace ?? defaultNamespace)) return undefined;
  if (pattern.locale !== undefined) return pattern.locale === locale ? pattern.text.replaceAll('{{ns}}', namespace) : undefined;
  return pattern.text.replaceAll('{{lng}}', pattern.names.byCode.get(locale) ?? locale).replaceAll('{{ns}}', namespace);
}

/**
 * Where a bundle file is or would be, relative to the root. `siblings`, the namespace's files in
 * other locales, choose the pattern when several could hold it: a new translation goes beside
 * its source. Undefined when no pattern can hold the namespace (a one-file-per-locale layout and
 * a namespace other than the one its patterns hold).
 */
export function bundlePathOf(
  config: PatternConfig,
  locale: string,
  namespace: string,
  siblings: readonly string[] = [],
): string | undefined {
  const patterns = bundlePatterns(config);
  // A pattern of this one locale is where its files are; others hold it only where none does.
  const own = patterns.filter((pattern) => pattern.locale === locale);
  const used = patterns.find((pattern) =>
    siblings.some((file) => matchPattern(pattern, file, config.defaultNamespace)?.namespace === namespace),
  );
  for (const pattern of [...own, ...(used ? [used] : []), ...patterns]) {
    const path = fillPattern(pattern, locale, namespace, config.defaultNamespace);
    if (path !== undefined) return path;
  }
  return undefined;
}

/**
 * Which patterns are written in the config, for messages (`locales/{{lng}}.json`, `{{ns}}/{{lng}}.json`,
 * `lang/{{ns}}.json (en)`, `i18n/{{lng}}.json (namespace services)`).
 */
export function describePatterns(config: PatternConfig): string {
  return bundlePatterns(config)
    .map((pattern) => {
      const said = [pattern.locale, pattern.namespace === undefined ? undefined : `namespace ${pattern.namespace}`].filter(Boolean);
      return said.length === 0 ? pattern.text : `${pattern.text} (${said.join(', ')})`;
    })
    .join(', ');
}

/**
 * The namespaces a layout without `{{ns}}` holds, for messages: `namespace "translation"`, or
 * `namespaces "translation", "services"` (`one of` them, where `choice` says so).
 */
export function heldNamespaces(config: PatternConfig, choice?: 'one of'): string {
  const held = fixedNamespaces(bundlePatterns(config), config.defaultNamespace).map((name) => `"${name}"`);
  if (held.length === 1) return `namespace ${held[0] ?? ''}`;
  return `${choice === undefined ? '' : `${choice} the `}namespaces ${held.join(', ')}`;
}

/**
 * The namespace the page templates read: `build.namespace`, else `ui`, or in a layout of one file
 * per locale (`{{lng}}.json`) `defaultNamespace` where a pattern holds it, else the first pattern's.
 */
export function buildNamespaceOf(config: PatternConfig & { build: Pick<Config['build'], 'namespace'> }): string {
  if (config.build.namespace !== undefined) return config.build.namespace;
  const patterns = bundlePatterns(config);
  if (patterns.some((pattern) => pattern.hasNamespace)) return 'ui';
  const held = fixedNamespaces(patterns, config.defaultNamespace);
  return held.includes(config.defaultNamespace) ? config.defaultNamespace : (held[0] ?? config.defaultNamespace);
}
