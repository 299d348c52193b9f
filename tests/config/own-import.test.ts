import { readFileSync } from 'node:fs';
import { init, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';
import { takesDefineConfigOnly } from '../../src/config/own-import.js';

describe('takesDefineConfigOnly', () => {
  it('accepts an import of defineConfig alone, as sucrase leaves it', () => {
    for (const statement of [
      "import { defineConfig } from 'l10n'",
      'import {defineConfig} from "l10n"',
      "import { defineConfig, } from 'l10n'",
      "import { defineConfig as define } from 'l10n'",
      "import {\n  defineConfig,\n} from 'l10n'",
    ])
      expect(takesDefineConfigOnly(statement), statement).toBe(true);
  });

  it('refuses anything else the library would have to serve', () => {
    for (const statement of [
      "import { defineConfig, CONFIG_FILES } from 'l10n'",
      "import { CONFIG_FILES } from 'l10n'",
      "import l10n from 'l10n'",
      "import * as l10n from 'l10n'",
      "import defineConfig, { x } from 'l10n'",
      "import { defineConfig } from 'l10n/other'",
      "import { defineConfig } from 'l10n-fork'",
      "import 'l10n'",
      "export { defineConfig } from 'l10n'",
    ])
      expect(takesDefineConfigOnly(statement), statement).toBe(false);
  });
});

describe('l10n/config', () => {
  it('imports nothing at run time, so a config loads one small module', async () => {
    const exportsMap = (JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, { default: string }> }).exports;
    const entry = exportsMap['./config']?.default as string;
    await init;
    const [imports, exports] = parse(readFileSync(entry, 'utf8'));
    expect(imports).toEqual([]);
    expect(exports.map((item) => (item.type === 'direct' ? item.name : item.type))).toEqual(['defineConfig']);
  });
});
