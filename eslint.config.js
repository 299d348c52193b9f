// Lint for our own code. The restricted-I/O block enforces the project's main convention:
// only the edges (files named read-*, load-*, write-*, and src/files/, src/cli/) touch the
// file system, the process or the console; everything else in src/ takes data and returns data.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const edges = ['src/cli/**', 'src/files/**', 'src/**/read-*.ts', 'src/**/load-*.ts', 'src/**/write-*.ts'];

const fsModules = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'write-file-atomic', 'process', 'node:process'];
const edgeOnly = 'only the edges (read-*, load-*, write-*, src/files/, src/cli/) touch the file system, the process or the console';

export default defineConfig([
  globalIgnores([
    'lib/',
    'dist/',
    'coverage/',
    'test-output/',
    'editors/vscode/out/',
    'bench/.corpus/',
    'bench/results/',
    'tests/fixtures/',
    'content/',
    'locales/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: edges,
    rules: {
      'no-restricted-imports': ['error', { paths: fsModules.map((name) => ({ name, message: edgeOnly })) }],
      'no-restricted-globals': ['error', { name: 'process', message: edgeOnly }, { name: 'console', message: edgeOnly }],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'process', message: edgeOnly },
        { object: 'globalThis', property: 'console', message: edgeOnly },
      ],
    },
  },
  {
    // Every command loads the chunk that holds zod: classic zod (or a second import of zod/mini
    // without its messages) would put all of zod's core in it.
    files: ['src/**/*.ts'],
    ignores: ['src/config/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/mini', 'zod/v4', 'zod/v4/mini'].map((name) => ({
            name,
            message: 'import { z } from src/config/zod.ts: zod/mini with English messages, the one zod in the bundle',
            allowTypeImports: true,
          })),
        },
      ],
    },
  },
]);
