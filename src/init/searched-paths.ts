/**
 * Folders init never searches: installed packages, build output, and tests and their fixtures
 * (a project's test bundles are not its bundles). Hidden folders (`.git`, `.next`) are skipped too.
 */
export const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'dist',
  'build',
  'out',
  'coverage',
  'target',
  '__tests__',
  '__fixtures__',
  '__mocks__',
  'test',
  'tests',
  'fixtures',
  'e2e',
]);

/** True for a folder name init searches. */
export function searchedFolder(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED_FOLDERS.has(name);
}

/** The paths init looks at: none inside a skipped or hidden folder. */
export function searchedPaths(paths: readonly string[]): string[] {
  return paths.filter((path) => path.split('/').slice(0, -1).every(searchedFolder));
}
