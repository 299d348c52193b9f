import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { outsideLinkReason, outsideRoot } from '../files/real-location.js';
import { walkPatternFolder } from '../files/walk-pattern-folder.js';
import {
  acceptsLocale,
  bundlePathOf,
  bundlePatterns,
  notesNonLocale,
  describePatterns,
  heldNamespaces,
  localeOfName,
  matchPattern,
  type PatternConfig,
} from './bundle-pattern.js';
import { isLocaleTag } from '../locale/locale-tag.js';
import { layoutConflict, type MatchedFile } from './layout-conflicts.js';
import type { BundleSource } from './bundle.js';

/** A path a pattern reaches that is not read; `locale` when its name is what keeps it out (locale-code's, not json-syntax's). */
export interface SkippedPath {
  file: string;
  reason: string;
  locale?: boolean;
}

/** The bundle files of a project, with the locales and namespaces they make up. */
export interface BundleSet {
  locales: string[];
  namespaces: string[];
  sources: BundleSource[];
  /**
   * Paths that look like bundles but are not read, relative to the root: a folder named `x.json`,
   * a broken link, or (`locale`) a name that is no locale l10n can check.
   */
  skipped: SkippedPath[];
}

const trimDir = (dir: string): string => dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
const posixBasename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Where one bundle file is, before it is read. */
export type BundleLocation = Omit<BundleSource, 'bytes' | 'readError' | 'release'>;

/** What discovery needs of the config. */
export type LayoutConfig = Pick<Config, 'locales' | 'namespaces' | 'outsideLinks' | 'build'> & PatternConfig;

/** The bundle files of a project, found but not read: check, sync and status read them namespace by namespace. */
export interface BundleLayout {
  locales: string[];
  namespaces: string[];
  files: BundleLocation[];
  skipped: BundleSet['skipped'];
}

/**
 * Why a file a pattern matches is not read as a locale: a well-formed tag of a language CLDR does
 * not know (`ua`) may be listed in "locales"; a name that is no tag (`ptbr`, which i18next reads
 * as written) cannot be, since l10n needs a tag for its plural rules and fallbacks.
 */
function nonLocaleReason(pattern: string, locale: string): string {
  return isLocaleTag(locale)
    ? `matches ${pattern} but "${locale}" is not a locale tag of a language CLDR knows: not read (list it in "locales" if it is one)`
    : `matches ${pattern} but "${locale}" is no BCP 47 language tag, which l10n needs for a locale's plural rules and fallbacks: not read (if the app loads it, name it by a language tag, such as "pt-BR" or "zh-TW", in the app and here)`;
}

/**
 * Finds the bundles through the config's patterns (see bundle-pattern): each file a pattern
 * matches is a locale's file of a namespace, and `config.locales` and `config.namespaces`, when
 * set, choose among them. A file reached through a symbolic link is located by its real path: one
 * outside the project is `refused` (never read) unless the config sets `outsideLinks: "read"`.
 * Throws a UsageError when the patterns read one file twice or one locale's namespace from two files.
 */
export function discoverBundles(root: string, config: LayoutConfig): BundleLayout {
  const skipped: BundleSet['skipped'] = [];
  const matched: MatchedFile[] = [];
  const folders = new Set<string>();
  const patterns = bundlePatterns(config);
  const named = patterns.filter((pattern) => pattern.locale === undefined);
  // A file a {{lng}} pattern reads is never also a fixed locale's (`lang/{{ns}}.json` and `lang/main-de.json`).
  const takenByName = (path: string): boolean =>
    named.some((pattern) => {
      const match = matchPattern(pattern, path, config.defaultNamespace);
      return match !== undefined && acceptsLocale(pattern, match.locale, config.locales);
    });
  for (const pattern of patterns) {
    const start = join(root, pattern.prefix);
    const walk = walkPatternFolder(root, start, pattern.depth, [trimDir(config.build.outDir)], outsideRoot(root, start) !== undefined);
    skipped.push(...walk.skipped);
    for (const entry of walk.entries) {
      if (entry.folder) {
        if (pattern.localeFolder && entry.depth === 1) folders.add(localeOfName(pattern, posixBasename(entry.path)));
        if (matchPattern(pattern, entry.path, config.defaultNamespace))
          skipped.push({ file: entry.path, reason: 'is a folder, not a bundle file' });
        continue;
      }
      const match = matchPattern(pattern, entry.path, config.defaultNamespace);
      if (!match || (pattern.locale !== undefined && takenByName(entry.path))) continue;
      if (!acceptsLocale(pattern, match.locale, config.locales)) {
        // A file of a namespace the config leaves out is not read whatever its locale (`lang/translation-languages.json`).
        if (notesNonLocale(pattern, match.locale) && (config.namespaces?.includes(match.namespace) ?? true))
          skipped.push({ file: entry.path, reason: nonLocaleReason(pattern.text, match.locale), locale: true });
        continue;
      }
      matched.push({ ...match, file: entry.path, pattern: pattern.text, linked: entry.linked });
    }
  }
  const conflict = layoutConflict(matched);
  if (conflict) throw new UsageError(`${conflict}; change "bundles" in the config so that each file is read once`);
  const found = [...new Set([...folders, ...matched.map((file) => file.locale)])].sort();
  const locales = config.locales ?? found;
  const namespaces =
    config.namespaces ?? [...new Set(matched.filter((file) => locales.includes(file.locale)).map((file) => file.namespace))].sort();
  const byKey = new Map(matched.map((file) => [`${file.locale}\0${file.namespace}`, file]));
  const files: BundleLocation[] = [];
  for (const locale of locales)
    for (const namespace of namespaces) {
      const file = byKey.get(`${locale}\0${namespace}`);
      if (!file) continue;
      const outside = file.linked && config.outsideLinks !== 'read' ? outsideRoot(root, join(root, file.file)) : undefined;
      files.push({ file: file.file, locale, namespace, ...(outside !== undefined && { refused: outsideLinkReason(outside) }) });
    }
  return { locales, namespaces, files, skipped };
}

/** Reads a file again; empty when it has gone since (its findings are then placed at 1:1). */
function readAgain(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

/** A function that reads `path` again, made apart from any object that holds the file's bytes. */
function rereader(path: string): () => Buffer {
  return () => readAgain(path);
}

/**
 * A bundle file read when its bytes are first asked for, and let go of once parsed (`release`):
 * a namespace's files are then never all in memory at once. Bytes that live while the other
 * files of the namespace are read and parsed outlive the young generation's collections, and
 * stay in memory until the next full one (at large, 50 MB more peak memory and page faults).
 */
class FileOnDemand implements BundleSource {
  readonly file: string;
  readonly locale: string;
  readonly namespace: string;
  private held: Buffer | undefined;
  private error: string | undefined;
  private state: 'unread' | 'read' | 'released' = 'unread';

  constructor(
    location: BundleLocation,
    private readonly path: string,
  ) {
    this.file = location.file;
    this.locale = location.locale;
    this.namespace = location.namespace;
    this.reread = rereader(path);
  }

  private load(): void {
    if (this.state !== 'unread') return;
    this.state = 'read';
    try {
      this.held = readFileSync(this.path);
    } catch (error) {
      this.error = (error as NodeJS.ErrnoException).code ?? String(error);
    }
  }

  get bytes(): Buffer | undefined {
    if (this.state === 'released') return this.reread();
    this.load();
    return this.held;
  }

  get readError(): string | undefined {
    this.load();
    return this.error;
  }

  /** Holds the path only, never this object: a finding's text read again must not keep the bytes alive. */
  readonly reread: () => Buffer;

  release(): void {
    this.state = 'released';
    this.held = undefined;
  }
}

/**
 * Reads bundle files; an unreadable one comes back with `readError` so it is reported, not thrown.
 * `reread`: each file is read only when its bytes are first asked for, and comes with a function
 * that reads it again, so a parsed bundle need not keep its bytes only in case a finding must be
 * placed in it (the one-shot check, which lets each file's bytes go once parsed; the watcher,
 * which serves unchanged files from memory, keeps the bytes it parsed instead).
 */
export function readBundleFiles(root: string, files: readonly BundleLocation[], options: { reread?: boolean } = {}): BundleSource[] {
  return files.map((location) => {
    const path = join(root, location.file);
    if (location.refused) return { ...location, bytes: undefined };
    if (options.reread) return new FileOnDemand(location, path);
    try {
      return { ...location, bytes: readFileSync(path) };
    } catch (error) {
      return { ...location, bytes: undefined, readError: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
  });
}

/** Finds and reads every bundle of a project at once (see discoverBundles). */
export function loadBundles(root: string, config: LayoutConfig): BundleSet {
  const layout = discoverBundles(root, config);
  return { locales: layout.locales, namespaces: layout.namespaces, sources: readBundleFiles(root, layout.files), skipped: layout.skipped };
}

/**
 * The path a bundle has or would have, relative to the root, by the config's patterns (see
 * bundlePathOf). Throws a UsageError when no pattern can hold the namespace.
 */
export function bundlePath(config: PatternConfig, locale: string, namespace: string, siblings: readonly string[] = []): string {
  const path = bundlePathOf(config, locale, namespace, siblings);
  if (path === undefined)
    throw new UsageError(
      `no bundle pattern can hold namespace "${namespace}" (${describePatterns(config)} hold only ${heldNamespaces(config)}): add a pattern with {{ns}} to "bundles", or use ${heldNamespaces(config, 'one of')}`,
    );
  return path;
}

/**
 * The file of a locale's namespace in a found layout: the one found, or where the patterns put a
 * new one (beside the namespace's other files when several patterns could hold it).
 */
export function bundleFileOf(layout: BundleLayout, config: PatternConfig, locale: string, namespace: string): string {
  const own = layout.files.filter((file) => file.namespace === namespace);
  return (
    own.find((file) => file.locale === locale)?.file ??
    bundlePath(
      config,
      locale,
      namespace,
      own.map((file) => file.file),
    )
  );
}
