import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundleFiles } from '../../src/project/load-bundles.js';
import { toBundle, type BundleSource } from '../../src/project/bundle.js';
import { runCheck } from '../../src/check/run-check.js';
import { BundleCache } from '../../src/project/bundle-cache.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { tempProject } from '../support/temp-project.js';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';

/** How a bundle file is read: i18next's key separator and nesting prefix. */
const READING = { keySeparator: '.', interpolation: DEFAULT_SYNTAX } as const;

const location = { file: 'locales/en/ui.json', locale: 'en', namespace: 'ui' };

describe('readBundleFiles with reread', () => {
  it('gives bundles that keep no bytes: the text is read back from the file when asked for', () => {
    const root = tempProject({ [location.file]: '{"a": "A"}\n' });
    const [kept] = readBundleFiles(root, [location]);
    const [reread] = readBundleFiles(root, [location], { reread: true });
    const keptBundle = toBundle(kept!, READING);
    const rereadBundle = toBundle(reread!, READING);
    writeFileSync(join(root, location.file), '{\n  "a": "A"\n}\n');
    expect(keptBundle.text).toBe('{"a": "A"}\n');
    expect(rereadBundle.text).toBe('{\n  "a": "A"\n}\n');
  });

  it('places the findings of a file that is gone before they are placed: from the text it parsed, else at 1:1', () => {
    const files = {
      'locales/en/ui.json': '{\n  "nav": {\n    "home": "Home",\n    "world": "World"\n  }\n}\n',
      'locales/es/ui.json': '{\n  "nav": {\n    "home": "Inicio"\n  }\n}\n',
    };
    // A run that releases its bundles keeps their text until then; a cache's bundles read it back.
    for (const [bundleCache, at] of [
      [undefined, '2:10'],
      [new BundleCache(), '1:1'],
    ] as const) {
      const root = tempProject(files);
      const project = loadBundleProject(root, parseConfig({ locales: ['en', 'es'] }));
      // The file goes once parsed, before its finding is placed.
      const observe = (input: BundleSource): void => {
        if (input.locale === 'es') rmSync(join(root, input.file));
      };
      const { diagnostics } = runCheck(project, { observe, ...(bundleCache ? { bundleCache } : {}) });
      expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([`locales/es/ui.json:${at} missing-key`]);
    }
  });

  it('places findings where the file has them when it is still there', () => {
    const root = tempProject({
      'locales/en/ui.json': '{\n  "nav": {\n    "home": "Home",\n    "world": "World"\n  }\n}\n',
      'locales/es/ui.json': '{\n  "nav": {\n    "home": "Inicio"\n  }\n}\n',
    });
    const { diagnostics } = runCheck(loadBundleProject(root, parseConfig({ locales: ['en', 'es'] })));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual(['locales/es/ui.json:2:10 missing-key']);
  });

  it('reads each file when it is parsed, and lets its bytes go once the check has parsed it', () => {
    const root = tempProject({ [location.file]: '{"a": "A"}\n' });
    const [source] = readBundleFiles(root, [location], { reread: true });
    writeFileSync(join(root, location.file), '{"b": "B"}\n');
    expect(source!.bytes?.toString()).toBe('{"b": "B"}\n');
    const { diagnostics } = runCheck({
      config: parseConfig({ locales: ['en'] }),
      locales: ['en'],
      namespaces: ['ui'],
      read: () => [source!],
      releaseParsed: true,
    });
    expect(diagnostics).toEqual([]);
    // Let go of: asked again, the bytes are read again.
    writeFileSync(join(root, location.file), '{"c": "C"}\n');
    expect(source!.bytes?.toString()).toBe('{"c": "C"}\n');
  });

  it('keeps the bytes of files a project hands over without letting the check release them (sync edits them after)', () => {
    const root = tempProject({ [location.file]: '{"a": "A"}\n' });
    const [source] = readBundleFiles(root, [location], { reread: true });
    expect(source!.bytes?.toString()).toBe('{"a": "A"}\n');
    runCheck({ config: parseConfig({ locales: ['en'] }), locales: ['en'], namespaces: ['ui'], read: () => [source!] });
    writeFileSync(join(root, location.file), '{"c": "C"}\n');
    expect(source!.bytes?.toString()).toBe('{"a": "A"}\n');
  });
});
