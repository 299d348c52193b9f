import { sampleJson } from './sample-json.js';
import { dependencyOf } from './manifest-dependency.js';

/**
 * The nearest package.json above the bundles (`manifests`, nearest first) that depends on
 * i18next-icu: where init finds no setup of the app's own (formbricks initialises i18next in
 * `lingodotdev/client.tsx`, a name no setup search expects), that dependency is what says the
 * strings are ICU messages. Undefined when none lists it.
 */
export function findIcuDependency(manifests: readonly string[], texts: ReadonlyMap<string, string>): string | undefined {
  return manifests.find((file) => {
    const parsed = sampleJson(texts, file);
    return (
      parsed?.ok === true && dependencyOf(parsed.data, 'i18next-icu', ['dependencies', 'devDependencies', 'peerDependencies']) !== undefined
    );
  });
}
