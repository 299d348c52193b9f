import { sampleJson } from './sample-json.js';
import { dependencyOf } from './manifest-dependency.js';
import type { InitConfig } from './render-config.js';

/** A package that initialises i18next for the app, and the options it gives i18next that l10n's config reads. */
export interface I18nextWrapper {
  name: string;
  /** The options its own call of i18next's init sets, as l10n's config writes them. */
  options: Partial<Pick<InitConfig, 'returnEmptyString' | 'keySeparator' | 'nsSeparator' | 'load'>>;
  /** Where it sets them, for the reason init gives. */
  how: string;
}

/**
 * Packages that call i18next's init themselves, so that the app has no setup of its own for init
 * to read, with the options their source passes it (any other keeps i18next's default). To add one,
 * read its init call and list what it sets.
 */
export const I18NEXT_WRAPPERS: readonly I18nextWrapper[] = [
  {
    name: '@grafana/i18n',
    options: { returnEmptyString: false },
    how: "its initPluginTranslations (and Grafana's own initTranslations) call i18next's init with returnEmptyString: false",
  },
];

/**
 * The package.json files that may declare a project's dependencies, nearest first: the folders
 * from the bundles' own up to the root (`apps/web/package.json`, then `package.json`).
 */
export function manifestPaths(paths: readonly string[], bundlePattern: string | undefined): string[] {
  const segments = bundlePattern?.split('/') ?? [];
  const folders = segments.slice(
    0,
    Math.max(
      0,
      segments.findIndex((segment) => segment.includes('{{')),
    ),
  );
  const candidates = folders.map((_, at) => `${folders.slice(0, folders.length - at).join('/')}/package.json`);
  return [...candidates, 'package.json'].filter((candidate) => paths.includes(candidate));
}

/** The first known wrapper (see I18NEXT_WRAPPERS) a package.json lists in its dependencies or peerDependencies, and that file. */
export function findWrapper(
  manifests: readonly string[],
  texts: ReadonlyMap<string, string>,
): { wrapper: I18nextWrapper; file: string } | undefined {
  for (const file of manifests) {
    const parsed = sampleJson(texts, file);
    if (!parsed?.ok) continue;
    const wrapper = I18NEXT_WRAPPERS.find(
      ({ name }) => dependencyOf(parsed.data, name, ['dependencies', 'peerDependencies']) !== undefined,
    );
    if (wrapper) return { wrapper, file };
  }
  return undefined;
}
