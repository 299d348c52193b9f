/**
 * What a package.json's dependency fields (`dependencies`, `devDependencies`, ...) give a package,
 * the first of `fields` that names it (a version range, as written); undefined when none does.
 */
export function dependencyOf(manifest: Record<string, unknown>, name: string, fields: readonly string[]): unknown {
  for (const field of fields) {
    const dependencies = manifest[field];
    if (typeof dependencies === 'object' && dependencies !== null && Object.hasOwn(dependencies, name))
      return (dependencies as Record<string, unknown>)[name];
  }
  return undefined;
}
