import { describe, expect, it } from 'vitest';
import { importedModules, importedName, resolveModule } from '../../src/init/script-imports.js';

describe('importedName', () => {
  const text = [
    "import i18next from 'i18next';",
    "import sharedConfig from './i18nextSharedConfig.mjs';",
    "import base, { i18nOptions as options, type Lng, fallbacks } from '../config/options';",
    "import * as all from './all';",
  ].join('\n');

  it('names the module and the exported name of a default, named, renamed or namespace import', () => {
    expect(importedName(text, 'sharedConfig')).toEqual({ specifier: './i18nextSharedConfig.mjs', imported: 'default' });
    expect(importedName(text, 'base')).toEqual({ specifier: '../config/options', imported: 'default' });
    expect(importedName(text, 'options')).toEqual({ specifier: '../config/options', imported: 'i18nOptions' });
    expect(importedName(text, 'fallbacks')).toEqual({ specifier: '../config/options', imported: 'fallbacks' });
    expect(importedName(text, 'all')).toEqual({ specifier: './all', imported: '*' });
  });

  it('names no binding the file does not import', () => {
    expect(importedName(text, 'i18nOptions')).toBeUndefined();
    expect(importedName(text, 'shared')).toBeUndefined();
  });
});

describe('resolveModule', () => {
  const files = new Set([
    'src/i18n/index.ts',
    'src/i18n/options.ts',
    'src/i18n/shared.mjs',
    'src/config/index.tsx',
    'src/config/legacy.js',
    'src/locales/en.json',
  ]);
  const exists = (path: string): boolean => files.has(path);

  it('resolves a relative specifier as a bundler does: as written, TypeScript source of .js, each extension, index file', () => {
    expect(resolveModule('src/i18n/index.ts', './shared.mjs', exists)).toBe('src/i18n/shared.mjs');
    expect(resolveModule('src/i18n/index.ts', './options.js', exists)).toBe('src/i18n/options.ts');
    expect(resolveModule('src/i18n/index.ts', './options', exists)).toBe('src/i18n/options.ts');
    expect(resolveModule('src/i18n/index.ts', '../config', exists)).toBe('src/config/index.tsx');
    expect(resolveModule('src/i18n/index.ts', '../config/', exists)).toBe('src/config/index.tsx');
    expect(resolveModule('src/i18n/index.ts', '../config/legacy', exists)).toBe('src/config/legacy.js');
  });

  it('resolves no package, alias, module outside the project or bundle', () => {
    expect(resolveModule('src/i18n/index.ts', 'i18next', exists)).toBeUndefined();
    expect(resolveModule('src/i18n/index.ts', '@app/i18n/options', exists)).toBeUndefined();
    expect(resolveModule('src/i18n/index.ts', '../../../options', exists)).toBeUndefined();
    expect(resolveModule('src/i18n/index.ts', './missing', exists)).toBeUndefined();
    expect(resolveModule('src/i18n/index.ts', '../locales/en.json', exists)).toBeUndefined();
  });
});

describe('importedModules', () => {
  it('lists the modules setup scripts import by relative specifier that are not read yet, one level', () => {
    const texts = new Map([
      ['src/i18n.ts', "import { i18nOptions } from './config/i18n-options';\nimport en from './locales/en.json';\nimport x from 'pkg';"],
      ['src/config/i18n-options.ts', "import { deeper } from './deeper';\nexport const i18nOptions = { defaultNS: 'common' };"],
      ['src/locales/en.json', '{}'],
    ]);
    const paths = ['src/i18n.ts', 'src/config/i18n-options.ts', 'src/config/deeper.ts', 'src/locales/en.json', 'src/other.ts'];
    expect(importedModules(['src/i18n.ts', 'src/locales/en.json'], texts, paths)).toEqual([]);
    texts.delete('src/config/i18n-options.ts');
    expect(importedModules(['src/i18n.ts', 'src/locales/en.json'], texts, paths)).toEqual(['src/config/i18n-options.ts']);
  });
});
