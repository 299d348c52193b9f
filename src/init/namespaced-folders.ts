import type { BundleSet, FoundBundle } from './find-bundle-sets.js';
import type { NamespacedBundle } from './registered-namespaces.js';

/** A folder of a layout read as the namespace the app's setup registers its files as. */
export interface NamespacedFolder {
  /** `client/src/__locales-services/{{lng}}.json`. */
  pattern: string;
  /** What the path alone would make the namespace: the folder's name, or the default namespace for a pattern without `{{ns}}`. */
  pathNamespace: string;
  /** What the setup registers the files as (`services`). */
  namespace: string;
  /** The setup that does. */
  setup: string;
}

/** A layout read again with the namespaces the app registers its folders as, and those folders. */
export interface NamespacedLayout {
  set: BundleSet;
  folders: NamespacedFolder[];
}

/** The one namespace a group of files is registered as (by one setup at least, by no other differently), if any. */
function registeredAs(files: readonly FoundBundle[], byFile: ReadonlyMap<string, NamespacedBundle>): NamespacedBundle | undefined {
  const found = files.flatMap((file) => byFile.get(file.path) ?? []);
  const [first] = found;
  return first && found.every((bundle) => bundle.namespace === first.namespace) ? first : undefined;
}

/**
 * A layout whose namespaces the app's setup registers under names its paths do not say:
 * AdGuardHome's `client/src/{{ns}}/{{lng}}.json` has the folders `__locales` and
 * `__locales-services`, which its setup registers as `translation` and `services`. Each folder
 * then gets a pattern of its own with that namespace (`{ pattern:
 * 'client/src/__locales-services/{{lng}}.json', namespace: 'services' }`), as does a lone
 * `<dir>/{{lng}}.json` registered as a namespace other than `defaultNamespace` (the app's default
 * namespace, see findDefaultNamespace). Undefined where the
 * paths already give every registered name, where two folders would be one namespace (see
 * sharedTreeFolders), or for any other layout.
 */
export function namespacedFolders(
  set: BundleSet,
  registered: readonly NamespacedBundle[],
  defaultNamespace: string,
): NamespacedLayout | undefined {
  const [pattern] = set.patterns;
  if (set.patterns.length !== 1 || pattern === undefined || set.fixed || registered.length === 0) return undefined;
  const byFile = new Map(registered.map((bundle) => [bundle.file, bundle]));
  const groups = new Map<string, FoundBundle[]>();
  if (set.namespaces.length === 0) groups.set(defaultNamespace, set.files);
  // `{{ns}}` a whole folder: each of its folders is one namespace's.
  else if (/(?:^|\/)\{\{ns\}\}\//.test(pattern))
    for (const file of set.files) groups.set(file.namespace ?? '', [...(groups.get(file.namespace ?? '') ?? []), file]);
  else return undefined;
  const folders = [...groups].map(([pathNamespace, files]) => {
    const bundle = registeredAs(files, byFile);
    return {
      pattern: set.namespaces.length === 0 ? pattern : pattern.split('{{ns}}').join(pathNamespace),
      pathNamespace,
      namespace: bundle?.namespace ?? pathNamespace,
      setup: bundle?.setup ?? '',
    };
  });
  const names = folders.map((folder) => folder.namespace);
  if (folders.every((folder) => folder.namespace === folder.pathNamespace) || new Set(names).size !== names.length) return undefined;
  const namespaceOf = new Map(folders.map((folder) => [folder.pathNamespace, folder.namespace]));
  const files = set.files.map((file) => ({
    ...file,
    namespace: namespaceOf.get(set.namespaces.length === 0 ? defaultNamespace : (file.namespace ?? '')),
  }));
  return {
    set: {
      ...set,
      patterns: folders.map((folder) => folder.pattern),
      files: files as FoundBundle[],
      namespaces: [...names].sort(),
      namespaceOf: Object.fromEntries(folders.map((folder) => [folder.pattern, folder.namespace])),
    },
    folders: folders.filter((folder) => folder.namespace !== folder.pathNamespace),
  };
}
