import { findArticleTrees, type ArticleTree } from './find-article-trees.js';
import { bundleFacts } from './bundle-facts.js';
import { copiedSource, type CopiedSource } from './copied-source.js';
import { findBundleSets, patternEntries, type BundleSet } from './find-bundle-sets.js';
import { namespacedFolders, type NamespacedLayout } from './namespaced-folders.js';
import { registeredNamespaces } from './registered-namespaces.js';
import { findDefaultNamespace, I18NEXT_DEFAULT_NAMESPACE } from './default-namespace.js';
import { unreadImports } from './setup-values.js';
import { withCoveredSets } from './covered-sets.js';
import { sparseSource } from './sparse-source.js';
import {
  findCurrentOnly,
  findLowerCaseLng,
  findIcu,
  findNamedDefault,
  findUnreadFallback,
  findSetupOptions,
  findInterpolationSyntax,
  findEscaping,
  findSetupFile,
  i18nSetupFiles,
  bundlesAppSetups,
  lowersLoadedCode,
  isExtractorConfig,
  type NamedDefault,
} from './setup-options.js';
import { findWrapper, manifestPaths } from './i18next-wrappers.js';
import { findIcuDependency } from './icu-dependency.js';
import { findDefaultVariables } from './default-variables.js';
import { findCompatibilityJSON, findI18nextVersion, v3PluralNote } from './v3-plural-note.js';
import { englishLike } from './locale-name.js';
import { i18nextCode, isLocaleTag } from '../locale/locale-tag.js';
import type { InitConfig } from './render-config.js';
import { registeredBundles, registeredNames, type RegisteredBundle } from './registered-codes.js';
import { outsideRegistered } from './unregistered-locales.js';
import { searchedPaths } from './searched-paths.js';
import { sharedTreeFolders, type SharedTree } from './shared-tree-folders.js';
import { outsideSupported, routesSourceAlone } from './supported-locales.js';
import { withoutComments } from './script-text.js';
import { SCRIPT } from './script-imports.js';
import { findAddedFormatters } from './added-formatters.js';
import { describeSyntax } from './describe-syntax.js';
import { writeVariable } from '../bundles/interpolation-syntax.js';
import { settledSyntax } from './settled-syntax.js';
import { matchPattern, notesNonLocale, parsePattern } from '../project/bundle-pattern.js';

/** What init sees of a project: its files (relative `/` paths) and the texts of those it needs to read. */
export interface ProjectSample {
  paths: readonly string[];
  /** Texts by path: the candidate bundles, i18next setup files and package.json files (see `filesToSample`). */
  texts: ReadonlyMap<string, string>;
  /** True when the walk stopped before the end of the tree: what was found may not be all. */
  truncated?: boolean;
}

/** What init concluded: the config to write (none when nothing was found) and the lines it prints. */
export interface Inference {
  config: InitConfig | undefined;
  /** What was found, one line each. */
  found: string[];
  /** What was assumed and why. */
  assumed: string[];
  /** What was seen and left alone, or cannot be read as found. */
  notes: string[];
  /** Bundle layouts in a format l10n does not read (`.toml`, `.yaml`, `.po`), described: whether or not a config was inferred. */
  otherFormats: string[];
}

/** Bundle formats whose layouts init names, as l10n reads JSON bundles only. */
const OTHER_FORMATS = ['.toml', '.yaml', '.yml', '.po'];

/** How many other bundle layouts or article trees are named before "and N more". */
const OTHERS_SHOWN = 3;

const list = (items: readonly string[], max = 12): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
const plural = (count: number, one: string): string => `${count} ${count === 1 ? one : `${one}s`}`;

/** The files init reads before inferring: candidate bundles, i18next setup files and the package.json files above the bundles. */
export function filesToSample(paths: readonly string[]): string[] {
  const searched = searchedPaths(paths);
  const sets = findBundleSets(searched);
  const bundles = sets.flatMap((set) => set.files.map((file) => file.path));
  const pattern = sets[0]?.patterns[0];
  return [...new Set([...bundles, ...i18nSetupFiles(searched, pattern), ...manifestPaths(searched, pattern)])];
}

/** The locale with the highest count (by name among equals), or undefined when every count is 0. */
function highest(counts: ReadonlyMap<string, number>): { locale: string; count: number } | undefined {
  const [first] = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return first && first[1] > 0 ? { locale: first[0], count: first[1] } : undefined;
}

/** English if found (`en` before a regional English, then the one with most keys), with what it is compared to. */
function english(keys: ReadonlyMap<string, number>, locales: readonly string[]): { locale: string; why: string } | undefined {
  const candidates = locales
    .filter(englishLike)
    .sort((a, b) => Number(b === 'en') - Number(a === 'en') || (keys.get(b) ?? 0) - (keys.get(a) ?? 0));
  const [locale] = candidates;
  if (locale === undefined) return undefined;
  const most = highest(keys);
  const more =
    most && most.count > (keys.get(locale) ?? 0)
      ? `; ${most.locale} has more keys (${most.count} to ${keys.get(locale) ?? 0}): set sourceLocale if it is the source`
      : '';
  return { locale, why: `English, the usual source, was found${more}` };
}

/**
 * The source locale and why: the locale the project's i18next setup names, else English, else the
 * locale with the most keys, else the one with the most articles. Key counts alone mislead: a
 * library may ship fewer English strings than a translation that also covers a plugin's.
 */
function chooseSource(
  named: NamedDefault | undefined,
  keys: ReadonlyMap<string, number>,
  tree: ArticleTree | undefined,
  locales: string[],
  copied?: CopiedSource,
) {
  if (named && copied)
    return {
      locale: copied.locale,
      why: `${named.locale}, the ${named.setting} in ${named.file}, holds ${copied.locale}'s text: ${copied.copied} of its ${copied.total} strings have no letter of its script and are ${copied.locale}'s, key for key; ${named.locale} stays the fallback readers see (fallbacks: default)`,
    };
  if (named) return { locale: named.locale, why: `${named.setting}${named.objectDefault ? "'s default" : ''} in ${named.file}` };
  const byEnglish = english(keys, locales);
  if (byEnglish) return byEnglish;
  const byKeys = highest(keys);
  if (byKeys) return { locale: byKeys.locale, why: `no English was found and it has the most keys (${byKeys.count})` };
  const byArticles = tree && highest(tree.counts);
  if (byArticles) return { locale: byArticles.locale, why: `no English was found and it has the most articles (${byArticles.count})` };
  return { locale: locales[0] ?? 'en', why: 'no English was found and no key or article could be counted' };
}

function describeSet(set: BundleSet): string {
  const namespaces = set.namespaces.length > 0 ? `, ${plural(set.namespaces.length, 'namespace')} (${list(set.namespaces)})` : '';
  const fixed = set.fixed ? ` and ${set.fixed.pattern} for ${set.fixed.locale}` : '';
  return `bundles ${set.patterns.join(' and ')}${fixed}: ${plural(set.files.length, 'file')}, ${plural(set.locales.length, 'locale')} (${list(set.locales)})${namespaces}`;
}

/** The `bundles` field of a layout: its pattern, or its list with the entries of a locale or namespace its names do not say. */
function bundlesField(set: BundleSet): InitConfig['bundles'] {
  const entries = patternEntries(set);
  if (set.fixed) return [...entries, set.fixed];
  const [only] = entries;
  return entries.length === 1 && typeof only === 'string' ? only : entries;
}

function describeTree(tree: ArticleTree): string {
  const total = [...tree.counts.values()].reduce((sum, count) => sum + count, 0);
  const counts = [...tree.counts].map(([locale, count]) => `${locale} ${count}`);
  return `articles ${tree.dir || '.'}/<lng>/: ${plural(total, 'article')} (.md/.mdx) in ${plural(tree.counts.size, 'locale')} (${list(counts)})`;
}

/** Whether two folders overlap: one is the other or inside it. */
const overlaps = (a: string, b: string): boolean => a === b || a === '' || b === '' || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/**
 * Notes naming the layouts or trees init saw but did not configure: OTHERS_SHOWN described, the
 * rest by name only (`names`, each one's pattern or folder), so none goes unmentioned.
 */
function others(kind: string, described: string[], names: string[], why: string): string[] {
  const shown = described.slice(0, OTHERS_SHOWN).map((line) => `also ${line}: not configured; ${why}`);
  const rest = names.slice(OTHERS_SHOWN);
  const more = rest.length === 1 ? `one more ${kind}` : `${rest.length} more ${kind}s`;
  return rest.length > 0 ? [...shown, `and ${more}, not configured either: ${list(rest)}`] : shown;
}

/** Locales that differ only by case (`pt-br` articles beside `pt-BR` bundles): l10n reads them as two locales. */
function caseTwins(locales: readonly string[]): string[] {
  const byLower = new Map<string, string[]>();
  for (const locale of locales) byLower.set(locale.toLowerCase(), [...(byLower.get(locale.toLowerCase()) ?? []), locale]);
  return [...byLower.values()].filter((group) => group.length > 1).map((group) => group.join(' and '));
}

/**
 * The files a layout's pattern matches whose names init did not take for locales (`ptbr.json`,
 * no language tag; a `zhtw` folder): left out of `locales`, so check would never mention them.
 * Names a root-level pattern matches that look like no language code (`package.json`) are not counted.
 */
function leftOut(set: BundleSet, paths: readonly string[]): string[] {
  const patterns = patternEntries(set).map((entry) => parsePattern(entry, set.localeNames));
  // Where `namespaces` is written, a file of another namespace is not read whatever its locale (`lang/translation-languages.json`).
  const read = (namespace: string): boolean => !set.othersBeside || set.namespaces.includes(namespace);
  return paths.filter((path) =>
    patterns.some((pattern) => {
      const match = matchPattern(pattern, path, 'translation');
      return (
        match !== undefined &&
        read(match.namespace) &&
        !set.locales.includes(match.locale) &&
        (pattern.localeFolder || notesNonLocale(pattern, match.locale))
      );
    }),
  );
}

/**
 * The locales whose files a setup registers under another code (koodo-reader's `cn/translation.json`
 * as `zh`), by the code, where `localeNames` can say so: one code for all of the locale's registered
 * files, a tag, not a locale found already, and not the source (its code decides the rest of the config).
 */
function codesOfRegistered(
  renamed: readonly (RegisteredBundle & { locale: string })[],
  set: BundleSet,
  found: readonly string[],
  source: string,
): Map<string, string> {
  const codes = new Map<string, Set<string>>();
  for (const bundle of renamed) codes.set(bundle.locale, (codes.get(bundle.locale) ?? new Set()).add(bundle.code));
  const taken = new Set(found.map((locale) => locale.toLowerCase()));
  const chosen = new Map<string, string>();
  for (const [locale, each] of codes) {
    const [code] = each;
    if (each.size !== 1 || code === undefined || locale === source || !isLocaleTag(code) || taken.has(code.toLowerCase())) continue;
    if ([...chosen.values()].includes(code) || set.localeNames[code] !== undefined) continue;
    chosen.set(locale, code);
  }
  return chosen;
}

/**
 * The found locales spelled in lower case where i18next writes a capital (`pt-br`, `zh-tw`), by
 * the code i18next asks for (`pt-BR`), for an app whose loader lower-cases that code (see
 * lowersLoadedCode); not the source, one already registered, or one whose code is found too.
 */
function loweredFolders(found: readonly string[], source: string, registeredAs: ReadonlyMap<string, string>): Map<string, string> {
  const lowered = new Map<string, string>();
  for (const locale of found) {
    const code = i18nextCode(locale);
    if (locale === source || registeredAs.has(locale) || !isLocaleTag(locale) || locale !== locale.toLowerCase()) continue;
    if (code !== locale && !found.includes(code)) lowered.set(locale, code);
  }
  return lowered;
}

/** A layout's locale names (`{ en: 'english' }`), or undefined when its paths name every locale by its code. */
const namedLocales = (set: BundleSet | undefined): Record<string, string> | undefined =>
  set && Object.keys(set.localeNames).length > 0 ? set.localeNames : undefined;

/** What init says of locales its paths spell as language names. */
function describeNames(names: Record<string, string>): string {
  const pairs = Object.entries(names).map(([code, name]) => `${name} ${code}`);
  return `localeNames: the bundles name locales by language (${list(pairs, 8)}), read as the code of the language whose English name or own name (without accents) each spells; check each against the code the app gives i18next (a regional code such as pt-BR is never guessed from a name); l10n reports and takes codes`;
}

/** What init says of folders it reads as the namespaces the setup registers them as (see namespacedFolders). */
function describeNamespaced({ folders }: NamespacedLayout): string {
  const each = folders.map((folder) => `${folder.pattern} as ${folder.namespace} (not ${folder.pathNamespace})`);
  const setups = list([...new Set(folders.map((folder) => folder.setup))], 3);
  return `bundles: ${list(each, 4)}: ${setups} registers ${folders.length === 1 ? 'its files' : 'their files'} so in i18next's resources, under namespaces its ns or defaultNS names, so ${folders.length === 1 ? 'its entry names it' : 'each entry names its own'}`;
}

/** What init says of folders it reads as one namespace (see sharedTreeFolders). */
function describeSharedTree({ folders, sharedPercent }: SharedTree): string {
  const named = folders.map((folder) => `${folder.dir} (${list(folder.locales, 5)})`);
  const all = `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
  const [both, other] = folders.length === 2 ? ['both', 'the other'] : ['two of them', 'another'];
  const shared =
    sharedPercent === 100
      ? `every key of each folder is in ${other} too`
      : `at least ${sharedPercent}% of each folder's keys are in ${other} too`;
  return `bundles: ${all} are one namespace split by locale, so each gets a pattern: no locale has a file in ${both}, and ${shared}; read as a namespace per folder, every locale would lack the keys of the folders it is not in`;
}

/**
 * Infers an l10n config from a project as it is: the largest bundle layout becomes `bundles`, the
 * article tree with the most locales `contentDir` (beside bundles, one with the source's articles); the source locale is the one an i18next setup
 * names (`fallbackLng`), else English, else the one with the most keys or articles; options are
 * the setup's (or a known wrapper package's), and i18next's defaults where it names none; only
 * without either do the source's bundles suggest the separators. Every locale found is listed,
 * but those the setup's supportedLngs leaves out, so that a stray file never becomes a locale.
 */
export function inferProject(sample: ProjectSample): Inference {
  const paths = searchedPaths(sample.paths);
  const trees = findArticleTrees(paths);
  const inference = inferFrom(sample, paths, trees);
  const [tree] = trees;
  const source = inference.config?.sourceLocale;
  if (!tree || source === undefined || tree.counts.has(source) || inference.config?.bundles === undefined) return inference;
  // Translations of pages kept elsewhere (locales/de/README.md for the root README.md) have no source to be compared with.
  return inferFrom(
    sample,
    paths,
    trees.filter((other) => other.counts.has(source)),
    `${describeTree(tree)}, none in the source locale ${source}: not configured as contentDir, since l10n compares each translation with ${tree.dir || '.'}/${source}/<slug> (translations of a page kept elsewhere, such as the root README.md, have none)`,
  );
}

/**
 * The inference from a project's paths with the article trees that may become its contentDir, the
 * first preferred; `unsourced` says why a tree found was left out.
 */
function inferFrom(sample: ProjectSample, paths: readonly string[], trees: readonly ArticleTree[], unsourced?: string): Inference {
  const layouts = findBundleSets(paths);
  const [tree] = trees;
  const otherFormats = OTHER_FORMATS.flatMap((extension) => findBundleSets(paths, extension).slice(0, 1).map(describeSet));
  const inference: Inference = { config: undefined, found: [], assumed: [], notes: [], otherFormats };
  if (!layouts[0] && !tree) return inference;
  // A setting in a comment is none of the app's.
  const bundlePattern = layouts[0]?.patterns[0];
  const setupTexts = new Map(i18nSetupFiles(paths, bundlePattern).map((file) => [file, withoutComments(sample.texts.get(file) ?? '')]));
  const setupFiles = bundlesAppSetups(
    [...setupTexts].flatMap(([file, text]) => (isExtractorConfig(text) ? [] : [file])),
    setupTexts,
    bundlePattern,
  );
  // The modules the setups import options from (read with the sample, see importedModules) are read beside them.
  for (const [path, text] of sample.texts) if (SCRIPT.test(path) && !setupTexts.has(path)) setupTexts.set(path, withoutComments(text));
  const given = new Map(findSetupOptions(setupFiles, setupTexts).map((setting) => [setting.option, setting]));
  const defaultNamespace = findDefaultNamespace(setupFiles, setupTexts);
  // A pluralSeparator is found as a string only.
  const pluralSeparator = given.get('pluralSeparator')?.value || undefined;
  // Folders of one namespace split by locale are read as one: the same files, the same locales.
  const sharedTrees = layouts.map((layout) => sharedTreeFolders(layout, sample.texts, pluralSeparator ?? '_'));
  // Folders the setup registers as namespaces they are not named by are read as those.
  const registeredAsNamespaces = registeredNamespaces(setupFiles, setupTexts);
  const namespaced = layouts.map((layout, at) =>
    sharedTrees[at]
      ? undefined
      : namespacedFolders(layout, registeredAsNamespaces, defaultNamespace?.namespace ?? I18NEXT_DEFAULT_NAMESPACE),
  );
  // Files the first layout's patterns read already (a namespace in subfolders) are its own, not another layout.
  const sets = withCoveredSets(layouts.map((layout, at) => sharedTrees[at]?.set ?? namespaced[at]?.set ?? layout));
  const [set] = sets;
  const found = [...new Set([...(set?.locales ?? []), ...(tree?.counts.keys() ?? [])])].sort();
  const named = findNamedDefault(setupFiles, setupTexts, found);
  // A fallbackLng init cannot read as locales, where no other setup names one: said, never guessed.
  const unreadFallback = named?.setting === 'fallbackLng' ? undefined : findUnreadFallback(setupFiles, setupTexts);
  const currentOnly = findCurrentOnly(setupFiles, setupTexts);
  const lowerCase = findLowerCaseLng(setupFiles, setupTexts);
  const icu = findIcu(setupFiles, setupTexts);
  const added = findAddedFormatters(setupFiles, setupTexts);
  const syntax = findInterpolationSyntax(setupFiles, setupTexts);
  // The syntax the app's strings are written in: i18next's, with what the setup changes, settled as the config settles it.
  const appSyntax = settledSyntax(syntax?.options ?? {});
  const escaping = findEscaping(setupFiles, setupTexts);
  const defaults = findDefaultVariables(setupFiles, setupTexts);
  const unescaping = escaping.on === undefined ? escaping.off : undefined;
  // The package.json files above the bundles, nearest first: they say which i18next, or which package around it.
  const manifests = manifestPaths(paths, set?.patterns[0]);
  const v3Plurals = v3PluralNote(findI18nextVersion(manifests, sample.texts), findCompatibilityJSON(setupFiles, setupTexts));
  const setupFile = findSetupFile(setupFiles, setupTexts);
  // Without a setup of the app's own, a known package that initialises i18next for it says what it sets.
  const wrapped = setupFile === undefined ? findWrapper(manifests, sample.texts) : undefined;
  // What initialises the app's i18next, where init knows it: the setup file, or that package.
  const initialiser = setupFile ?? wrapped?.wrapper.name;
  // Without a setup to read, a dependency on i18next-icu is what says the strings are ICU messages.
  const icuDependency = icu === undefined && setupFile === undefined ? findIcuDependency(manifests, sample.texts) : undefined;
  // The setup's value wins; a setup that names none keeps i18next's default; only without one do the keys suggest false.
  const separator = (option: 'keySeparator' | 'nsSeparator', suggested: boolean): string | false | undefined =>
    given.get(option)?.value ?? (suggested && initialiser === undefined ? false : undefined);
  const known = {
    keySeparator: given.get('keySeparator')?.value ?? (initialiser === undefined ? undefined : '.'),
    separatorsGiven: [...given.values()].some(
      ({ option, value }) => (option === 'keySeparator' || option === 'nsSeparator') && typeof value === 'string',
    ),
    pluralSeparator: pluralSeparator ?? '_',
    interpolation: appSyntax,
  };
  // A fallback that holds another locale's strings, copied, is no source to compare translations with.
  const copied = named && set && Object.keys(named.fallbacks).length === 0 ? copiedSource(named.locale, set, sample.texts) : undefined;
  let source = chooseSource(named, new Map(), tree, found, copied);
  const facts =
    set &&
    bundleFacts(
      set,
      sample.texts,
      (keys) => {
        source = chooseSource(named, keys, tree, found, copied);
        return source.locale;
      },
      known,
    );
  const registrations = set
    ? registeredBundles(
        setupFiles,
        setupTexts,
        set.files.map((file) => file.path),
      )
    : [];
  const unsupported =
    outsideSupported({ files: setupFiles, texts: setupTexts }, found, source.locale) ??
    (set && outsideRegistered(set.files, registrations, source.locale, setupTexts));
  // Bundles the setup imports and registers under codes of its own are read under those, whatever their names.
  const registered = set ? registeredNames(set.files, registrations, lowerCase !== undefined) : { recased: [], renamed: [] };
  const registeredAs = set ? codesOfRegistered(registered.renamed, set, found, source.locale) : new Map<string, string>();
  // A loader that lower-cases the code it loads reads `pt-br/` for i18next's pt-BR: read it as pt-BR.
  const lowered =
    set && lowerCase === undefined && setupFile !== undefined && lowersLoadedCode(setupTexts.get(setupFile) ?? '')
      ? loweredFolders(found, source.locale, registeredAs)
      : new Map<string, string>();
  for (const [locale, code] of lowered) registeredAs.set(locale, code);
  const asRegistered = (locale: string): string => registeredAs.get(locale) ?? locale;
  const names = {
    ...namedLocales(set),
    ...Object.fromEntries([...registeredAs].map(([locale, code]) => [code, set?.localeNames[locale] ?? locale])),
  };
  inference.config = {
    bundles: set && bundlesField(set),
    localeNames: Object.keys(names).length > 0 ? names : undefined,
    contentDir: tree ? tree.dir || '.' : undefined,
    sourceLocale: source.locale,
    locales: [
      source.locale,
      ...found.filter((locale) => locale !== source.locale && !unsupported?.left.includes(locale)).map(asRegistered),
    ],
    // Other JSON files where a locale's names-free pattern reads (`lang/languages.json`) are no namespaces of it.
    namespaces: set?.othersBeside ? set.namespaces : undefined,
    defaultNamespace: defaultNamespace?.namespace === I18NEXT_DEFAULT_NAMESPACE ? undefined : defaultNamespace?.namespace,
    // The setup's other fallbacks go with the source it names, never with one init chose otherwise.
    fallbacks:
      copied && named
        ? { default: [named.locale] }
        : named && Object.keys(named.fallbacks).length > 0
          ? named.fallbacks
          : unreadFallback?.value === false
            ? { default: [] }
            : undefined,
    keySeparator: separator('keySeparator', facts?.flatDottedKey !== undefined),
    nsSeparator: separator('nsSeparator', facts?.colonKey !== undefined),
    pluralSeparator,
    contextSeparator: given.get('contextSeparator')?.value || undefined,
    returnEmptyString: given.has('returnEmptyString') ? false : undefined,
    load: currentOnly === undefined ? undefined : 'currentOnly',
    lowerCaseLng: lowerCase === undefined ? undefined : true,
    interpolation:
      syntax || unescaping || defaults
        ? {
            ...syntax?.options,
            ...(unescaping !== undefined && { escapeValue: false }),
            ...(defaults && { defaultVariables: defaults.names }),
          }
        : undefined,
    messageFormat: icu === undefined && icuDependency === undefined ? undefined : 'icu',
    ...wrapped?.wrapper.options,
    rules:
      registered.recased.length > 0 || added
        ? {
            ...(registered.recased.length > 0 && { 'locale-code': 'off' as const }),
            ...(added && { 'format-mismatch': ['error' as const, { formatters: added.names }] }),
          }
        : undefined,
  };
  // Where keys are the source text and its files hold only what differs, a key they lack is no extra one.
  const sparse =
    set && inference.config.keySeparator === false ? sparseSource(set, sample.texts, source.locale, known.pluralSeparator) : undefined;
  if (sparse) inference.config.rules = { ...inference.config.rules, 'extra-key': 'off' };
  if (set) inference.found.push(describeSet(set));
  if (tree) inference.found.push(describeTree(tree));
  if (sharedTrees[0]) inference.assumed.push(describeSharedTree(sharedTrees[0]));
  if (namespaced[0]) inference.assumed.push(describeNamespaced(namespaced[0]));
  if (set && namedLocales(set)) inference.assumed.push(describeNames(set.localeNames));
  if (set?.fixed)
    inference.assumed.push(
      `${set.fixed.pattern} for ${set.fixed.locale}: ${list(set.namespaces.map((namespace) => set.fixed?.pattern.replace('{{ns}}', namespace) ?? ''))} ${set.namespaces.length === 1 ? 'names' : 'name'} no locale, and ${set.fixed.locale}, the usual source, has no file of ${set.patterns.join(' or ')}: read as its files${set.othersBeside ? '; namespaces lists the namespaces, so the other JSON files there are not read' : ''}`,
    );
  if (set && namedLocales(set) && !set.locales.includes(source.locale))
    inference.notes.push(
      `source locale ${source.locale} has no folder or file among ${list(set.locales)}: add its name to localeNames (as { ${source.locale}: "english" }) so that check finds the source`,
    );
  inference.assumed.push(`source locale ${source.locale}: ${source.why}`);
  if (named && !copied && inference.config.fallbacks)
    inference.assumed.push(
      `fallbacks: ${named.file} gives them in its fallbackLng, read as i18next reads it (a locale without an entry takes its language's, else default's)`,
    );
  if (unreadFallback)
    inference.assumed.push(
      unreadFallback.value === false
        ? `fallbacks: { default: [] }: ${unreadFallback.file} sets fallbackLng: false, so where a locale (and its language) lacks a key i18next shows the key, not ${source.locale}'s text`
        : `fallbacks not set: ${unreadFallback.file} gives fallbackLng a value init cannot read (known only when the app runs), so each locale falls back to the source, ${source.locale}, as by default; if the app falls back otherwise, set fallbacks`,
    );
  if (wrapped)
    for (const [option, value] of Object.entries(wrapped.wrapper.options))
      inference.assumed.push(
        `${option}: ${JSON.stringify(value)}: ${wrapped.file} depends on ${wrapped.wrapper.name}: ${wrapped.wrapper.how}`,
      );
  for (const { option, value, file } of given.values())
    inference.assumed.push(`${option}: ${value === false ? 'false' : JSON.stringify(value)}: ${file} sets it so for i18next`);
  if (defaultNamespace && defaultNamespace.namespace !== I18NEXT_DEFAULT_NAMESPACE)
    inference.assumed.push(
      defaultNamespace.namespace === undefined
        ? `defaultNamespace not set: ${defaultNamespace.why}`
        : `defaultNamespace: ${JSON.stringify(defaultNamespace.namespace)}: ${defaultNamespace.why}; ${set?.namespaces.length === 0 ? "the layout's files name no namespace, so they are read as it, as the app's i18next reads them" : set?.patterns.every((pattern) => pattern.includes('{{ns}}')) ? "the layout's file names give each file its namespace, so it matters only to a pattern without {{ns}}" : 'l10n reads the files of a pattern without {{ns}} as it'}`,
    );
  if (syntax) inference.assumed.push(describeSyntax(syntax, appSyntax));
  if (unescaping !== undefined)
    inference.assumed.push(
      `interpolation.escapeValue: false: ${unescaping} ${escaping.offByDefault ? "is next-i18next's config, which names no escapeValue: next-i18next then gives i18next false" : 'sets it'}, so ${writeVariable('x', appSyntax, true)} and ${writeVariable('x', appSyntax)} show a value alike`,
    );
  if (defaults)
    inference.assumed.push(
      `interpolation.defaultVariables: ${defaults.file} gives i18next a value of ${defaults.names.join(', ')} for every string, so a translation may show ${defaults.names.length === 1 ? 'it' : 'them'} where the source writes the text`,
    );
  if (icu !== undefined)
    inference.assumed.push(`messageFormat: "icu": ${icu} uses i18next-icu, so strings are ICU messages ({name}, {count, plural, ...})`);
  else if (icuDependency !== undefined)
    inference.assumed.push(
      `messageFormat: "icu": ${icuDependency} depends on i18next-icu, so strings are read as ICU messages ({name}, {count, plural, ...}); no setup of the app's own was found to say so: remove it if the app does not use i18next-icu`,
    );
  const [recased] = registered.recased;
  if (recased) {
    const setups = [...new Set(registered.recased.map((bundle) => bundle.setup))];
    const register = setups.length === 1 ? 'imports the bundles and registers' : 'import the bundles and register';
    const more = registered.recased.length > 1 ? `, and ${registered.recased.length - 1} more` : '';
    const locale = set?.files.find((file) => file.path === recased.file)?.locale ?? '';
    inference.assumed.push(
      `rules: locale-code off: ${list(setups, 3)} ${register} each under the code i18next writes (${recased.code} for ${recased.file}${more}), so i18next never looks a file up by its name; l10n names each locale by its file, as the same locale (${locale} is ${recased.code} to i18next)`,
    );
  }
  if (sparse)
    inference.assumed.push(
      `rules: extra-key off: ${source.locale}'s files hold ${plural(sparse.sourceKeys, 'key')}; a translation holds about ${sparse.typicalAbsent} more that they lack, written as text (${JSON.stringify(sparse.example)}): keys are the ${source.locale} text, which i18next shows for a key no file has, so those are no extra keys; the rules that compare a translation with its source read only the keys ${source.locale}'s files write`,
    );
  if (added)
    inference.assumed.push(
      `rules: format-mismatch formatters ${list(added.names, 8)}: ${added.file} adds ${added.names.length === 1 ? 'it' : 'them'} to i18next (formatter.add), so strings may use ${added.names.length === 1 ? 'it' : 'them'} ({{value, ${added.names[0]}}})`,
    );
  if (currentOnly !== undefined)
    inference.assumed.push(
      `load: "currentOnly": ${currentOnly.file} ${currentOnly.byDefault ? "is next-i18next's config, which names no load: next-i18next then gives i18next currentOnly" : 'sets it'}, so a locale falls back to no parent (es-AR not to es)`,
    );
  if (lowerCase !== undefined)
    inference.assumed.push(
      `lowerCaseLng: true: ${lowerCase} sets it, so i18next looks every locale up in lower case (pt-br, not pt-BR); locale-code compares the folders with that`,
    );
  if (facts?.flatDottedKey !== undefined && !given.has('keySeparator'))
    if (initialiser === undefined)
      inference.assumed.push(
        `keySeparator: false: no i18next setup was found, and the source's bundles are flat and keys such as ${JSON.stringify(facts.flatDottedKey)} contain "."`,
      );
    else
      inference.notes.push(
        `keys such as ${JSON.stringify(facts.flatDottedKey)} contain "." and ${initialiser} sets no keySeparator: i18next still reads a flat key whole where no nested key shares its path, so keySeparator stays "."`,
      );
  if (facts?.colonKey !== undefined && !given.has('nsSeparator'))
    if (initialiser === undefined)
      inference.assumed.push(
        `nsSeparator: false: no i18next setup was found, and keys such as ${JSON.stringify(facts.colonKey)} contain ":", which i18next with its default would read as namespace:key; if the app keeps ":", remove it and check names the keys it splits`,
      );
    else
      inference.notes.push(
        `keys such as ${JSON.stringify(facts.colonKey)} contain ":" and ${initialiser} sets no nsSeparator: the app's i18next reads them as namespace:key, so key-collision reports them; reword them, or set nsSeparator: false in the app and here`,
      );
  inference.assumed.push(
    `locales: the ${plural(found.length, 'locale')} found${unsupported ? ` but ${unsupported.left.length} the app never loads (see the notes)` : ''}, listed so that a stray file is never taken for one; add new locales there`,
  );
  // A separator the setup gives is the app's, whatever the keys look like.
  if (facts?.mixedDottedKey !== undefined && !given.has('keySeparator'))
    inference.notes.push(`keys such as ${JSON.stringify(facts.mixedDottedKey)} contain "." beside nested objects: keySeparator stays "."`);
  if (facts && facts.nestedTranslations.length > 0)
    inference.notes.push(
      `${plural(facts.nestedTranslations.length, 'translation')} nest objects where the source is flat (${list(facts.nestedTranslations, 3)}): a tool split keys at "."; check will report them`,
    );
  if (v3Plurals !== undefined) inference.notes.push(v3Plurals);
  const routes = routesSourceAlone({ files: setupFiles, texts: setupTexts }, found, source.locale);
  if (routes !== undefined)
    inference.notes.push(
      `the i18n.locales of ${routes} names ${source.locale} alone: that is the one route Next.js serves, and the app picks the other locales itself (serverSideTranslations or changeLanguage with a language of its own), so every locale found is checked`,
    );
  if (unsupported) {
    const [is, it, they] = unsupported.left.length === 1 ? ['is', 'it', 'it'] : ['are', 'them', 'they'];
    const why = unsupported.setting === 'i18n.locales' ? 'Next.js never serves' : 'i18next never loads';
    const fix = unsupported.setting === 'resources' ? `register ${it} there and list ${it} in locales` : `list ${it} in both`;
    inference.notes.push(
      `${list(unsupported.left, 8)} ${is} not in the ${unsupported.setting} of ${unsupported.file}: ${why} ${it} (a reader who picks ${it} gets the fallbacks), so ${they} ${is} left out of locales; ${fix} to check ${it}`,
    );
  }
  for (const { name, specifier } of setupFile === undefined ? [] : unreadImports(setupFile, { files: setupFiles, texts: setupTexts }))
    inference.notes.push(
      `${setupFile} gives i18next options from ${name}, imported from "${specifier}", which init could not read (${/^\.\.?\//.test(specifier) ? 'a module outside the project, or a value computed when the app runs' : 'a package or an alias, which init does not follow'}): what it sets keeps i18next's defaults here; set those options in the config if they differ`,
    );
  if (escaping.off !== undefined && escaping.on !== undefined)
    inference.notes.push(
      `${escaping.off} sets escapeValue: false but ${escaping.on} keeps i18next's escaping: interpolation.escapeValue stays true, so ${writeVariable('x', appSyntax, true)} for ${writeVariable('x', appSyntax)} is still a warning`,
    );
  const outside = set ? leftOut(set, paths) : [];
  if (set && outside.length > 0 && namedLocales(set))
    inference.notes.push(
      `${list(outside, 5)} ${outside.length === 1 ? 'matches' : 'match'} ${set.patterns.join(' or ')} but init could not read ${outside.length === 1 ? 'its locale name' : 'their locale names'} as the name of one language: left out; to check one, add its code and name to localeNames (as { "pt-BR": "brazilian" }) and the code to locales`,
    );
  else if (set && outside.length > 0)
    inference.notes.push(
      `${list(outside, 5)} ${outside.length === 1 ? 'matches' : 'match'} ${set.patterns.join(' or ')} but ${outside.length === 1 ? 'is' : 'are'} no locale l10n can check (a language tag, such as "pt-BR"): left out; list a tag in "locales", or rename the locale in the app and here`,
    );
  for (const { path, reason } of facts?.unreadable ?? []) inference.notes.push(`${path}: not read (${reason}); check will report it`);
  if (lowered.size > 0)
    inference.assumed.push(
      `localeNames: ${setupFile ?? 'the setup'} lower-cases the code it loads, so ${list(
        [...lowered].map(([locale, code]) => `${locale}/ is read as ${code}`),
        5,
      )}, as the app reads ${lowered.size === 1 ? 'it' : 'them'} (fallbacks and plural rules too), and reported so`,
    );
  for (const [locale, code] of registeredAs) {
    if (lowered.has(locale)) continue;
    const by = registered.renamed.find((bundle) => bundle.locale === locale);
    inference.assumed.push(
      `localeNames: ${by?.setup ?? 'the setup'} registers ${by?.file ?? locale} as ${code}, so it is read as ${code} (its fallbacks and plural rules), as the app reads it, and reported as ${code}`,
    );
  }
  for (const { setup, file, code, locale } of registered.renamed
    .filter((bundle) => !registeredAs.has(bundle.locale))
    .slice(0, OTHERS_SHOWN))
    inference.notes.push(
      `${setup} registers ${file} as ${code}: l10n names a locale by its file, so check reads it as ${locale}, its fallbacks and plural rules too; rename the file (and its import) to ${code}.json to check it as the app reads it`,
    );
  for (const twins of caseTwins(found)) inference.notes.push(`${twins} differ only by case: l10n reads them as two locales`);
  inference.notes.push(
    ...others(
      'bundle layout',
      sets.slice(1).map(describeSet),
      sets.slice(1).map((set) => set.patterns.join(' and ')),
      'add its pattern to bundles if it belongs to this project',
    ),
  );
  inference.notes.push(...otherFormats.map((layout) => `also ${layout}: not read; l10n reads JSON bundles only`));
  const otherTrees = trees.slice(1).filter((other) => !tree || !overlaps(other.dir, tree.dir));
  inference.notes.push(
    ...others(
      'article tree',
      otherTrees.map(describeTree),
      otherTrees.map((other) => `${other.dir || '.'}/<lng>/`),
      'contentDir names one folder',
    ),
  );
  if (tree && tree.outside.length > 0)
    inference.notes.push(
      `${plural(tree.outside.length, 'article')} in ${tree.dir} outside a locale folder (such as ${tree.outside[0]}): l10n reads ${tree.dir}/<lng>/<slug>, so these are not read`,
    );
  if (sample.truncated) inference.notes.push(`the search stopped after ${sample.paths.length} files: run init in the project's root`);
  if (!set) inference.notes.push('no i18next bundle found: only articles will be checked');
  if (unsourced !== undefined) inference.notes.push(unsourced);
  else if (!tree) inference.notes.push('no article tree (<dir>/<lng>/<slug>.md) found: only bundles will be checked');
  if (set && wrapped)
    inference.notes.push(
      `no i18next setup of the app's own found: ${wrapped.file} depends on ${wrapped.wrapper.name}, which initialises i18next; what it sets is taken, the rest keeps i18next's defaults`,
    );
  else if (set && setupFile === undefined)
    inference.notes.push(
      `${setupFiles.length > 0 ? `no call of i18next's init found in ${list(setupFiles, 3)}` : 'no i18next setup found (i18n.ts, next-i18next.config.js, a script below an i18n folder)'}: returnEmptyString, the separators, load and interpolation keep i18next's defaults; set them in the config if the app's init changes them`,
    );
  return inference;
}
