import { defineConfig } from 'rolldown';

/**
 * The `l10n` command as one bundled program in lib/bin/ (tsc still emits lib/ for the library API).
 * Node resolves and links one file per command instead of hundreds of small ES modules, which
 * is most of the start-up time of a check or a one-article rebuild. Dependencies are bundled;
 * only Node's own modules stay external. The check worker is its own entry, next to the chunk
 * that starts it (load-check.ts finds it at ./load-check-worker.js).
 */
export default defineConfig({
  input: { l10n: 'src/cli/bin.ts', 'load-check-worker': 'src/check/load-check-worker.ts' },
  platform: 'node',
  external: [/^node:/],
  // jsonc-parser's main entry is UMD with requires a bundler cannot follow; use its ES build.
  // CommonJS dependencies (write-file-atomic) name their own file; ES modules know it as import.meta.
  transform: { define: { __filename: 'import.meta.filename', __dirname: 'import.meta.dirname' } },
  resolve: { alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } },
  // gray-matter's optional engines use a direct eval we never reach; keep the build output quiet.
  onwarn(warning, warn) {
    if (warning.code !== 'EVAL') warn(warning);
  },
  output: { dir: 'lib/bin', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', cleanDir: true },
});
