import { pathToFileURL } from 'node:url';
import { defineConfig } from 'rolldown';

/** The languages ingest tells apart (src/ingest/identify-language.ts scores only these two). */
const INGEST_LANGUAGES = ['en', 'es'];

/**
 * eld's medium n-gram table, kept to the entries of INGEST_LANGUAGES and embedded as JSON.
 * eld scores each language only from its own entries, so en and es score exactly as with the
 * whole table; V8 parses a JSON string far faster than it compiles the 3 MB object literal,
 * which was most of an ingest run. The language list stays whole, so eld's arrays keep their
 * size and `setLanguageSubset` works as before.
 */
function eldIngestLanguages() {
  return {
    name: 'eld-ingest-languages',
    async load(id) {
      if (!id.replaceAll('\\', '/').endsWith('/eld/src/ngrams/medium.js')) return null;
      const { ngramsData } = await import(pathToFileURL(id).href);
      const ids = Object.keys(ngramsData.languages).filter((key) => INGEST_LANGUAGES.includes(ngramsData.languages[key]));
      const ngrams = {};
      for (const [gram, scores] of Object.entries(ngramsData.ngrams)) {
        const kept = Object.fromEntries(ids.filter((key) => key in scores).map((key) => [key, scores[key]]));
        if (Object.keys(kept).length > 0) ngrams[gram] = kept;
      }
      return `export const ngramsData = JSON.parse(${JSON.stringify(JSON.stringify({ ...ngramsData, ngrams }))});\n`;
    },
  };
}

/**
 * js-yaml loads esprima (a whole JavaScript parser, run at load) for its `!!js/function` type,
 * which only its full schema knows. gray-matter reads front matter with the safe schema, so
 * the parser is never used: a stub that throws stands in, and js-yaml, which requires it
 * inside a try, goes on without it. Every front matter parses as before; starting a build or
 * a check of articles no longer compiles 5,000 lines of unused parser.
 */
function withoutEsprima() {
  return {
    name: 'without-esprima',
    resolveId(source) {
      return source === 'esprima' ? '\0esprima-stub' : null;
    },
    load(id) {
      return id === '\0esprima-stub'
        ? "throw new Error('esprima is not bundled: front matter is read with the safe YAML schema');\n"
        : null;
    },
  };
}

/**
 * commander requires `node:child_process` at load, for subcommands that are separate executables,
 * which l10n has none of. Loading it (and `node:net`, `node:dgram` with it) is 8-15 ms of every
 * start: commander gets a `spawn` that loads the module on first call instead.
 */
function lazyChildProcessForCommander() {
  const eager = "const childProcess = require('node:child_process');";
  const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
  return {
    name: 'lazy-child-process-for-commander',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/node_modules/commander/lib/command.js')) return null;
      if (!code.includes(eager)) throw new Error('commander no longer loads node:child_process as expected: revisit this plugin');
      return code.replace(eager, lazy);
    },
  };
}

/**
 * Marks lib/bin/ as CommonJS for Node (its `.js` files would otherwise be ES modules, as the
 * package's `"type": "module"` says), so the bin keeps its name and the worker its path.
 */
function commonJsFolder() {
  return {
    name: 'common-js-folder',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
    },
  };
}

/**
 * The `l10n` command as one bundled program in lib/bin/ (tsc still emits lib/ for the library API).
 * Node resolves and links one file per command instead of hundreds of small ES modules, which
 * is most of the start-up time of a check or a one-article rebuild. Dependencies are bundled;
 * only Node's own modules stay external. The check worker is its own entry, next to the chunk
 * that starts it (check-in-parallel.ts finds it at ./load-check-worker.js).
 *
 * The chunks are CommonJS (lib/bin/package.json says so, see commonJsFolder): Node 20 loads a
 * chunk by `require` for less than its ES module loader costs, about 13% of the CPU of a small
 * check and of `l10n --version`. A user's config is still loaded by `import()`, which CommonJS has.
 */
export default defineConfig({
  input: { l10n: 'src/cli/bin.ts', 'load-check-worker': 'src/check/load-check-worker.ts' },
  platform: 'node',
  plugins: [eldIngestLanguages(), withoutEsprima(), lazyChildProcessForCommander(), commonJsFolder()],
  external: [/^node:/],
  // jsonc-parser's main entry is UMD with requires a bundler cannot follow; use its ES build.
  resolve: { alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } },
  // gray-matter's optional engines use a direct eval we never reach; keep the build output quiet.
  onwarn(warning, warn) {
    if (warning.code !== 'EVAL') warn(warning);
  },
  output: {
    dir: 'lib/bin',
    format: 'cjs',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    cleanDir: true,
    // V8 reads a chunk of ASCII as one-byte text; one character past it (a `—` in a comment, a `✔`
    // in a string) makes Node decode the whole file as UTF-8 into two-byte text. Escaped, and
    // with the doc comments left out (only licences kept), each start reads and scans less.
    charset: 'ascii',
    comments: { legal: true, annotation: false, jsdoc: false },
  },
});
