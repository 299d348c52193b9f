import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase, type HostileCase } from './corpus.js';
import { makeSandbox, runInSandbox } from './sandbox.js';

describe('hostile names: namespaces and locale folders named like Object.prototype members or no language tag', () => {
  for (const item of casesOf('names')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) runCase(item, command, caseSandbox(item, ''));
    }, 240_000);
  }

  it('a folder es_AR is published with lang="es-AR", the tag i18next reads it as', () => {
    const item = casesOf('names').find((c) => c.name === 'locale-underscore') as HostileCase;
    const box = caseSandbox(item, '');
    expect(runInSandbox(box, ['build']).status).toBe(0);
    const page = readFileSync(join(box.root, 'dist/es_AR/index.html'), 'utf8');
    expect(page).toMatch(/<html lang="es-AR"/);
    expect(page).not.toMatch(/lang="es_AR"/);
  });

  it('mark-translated snapshots a key named __proto__ like any other key', () => {
    const box = makeSandbox();
    for (const [locale, value] of [
      ['en', 'Proto'],
      ['es-AR', 'Proto en castellano'],
    ] as const) {
      const file = join(box.root, `locales/${locale}/ui.json`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^\{/, `{\n  "__proto__": "${value}",`));
    }
    expect(runInSandbox(box, ['mark-translated', 'locales/es-AR/ui.json']).status).toBe(0);
    const lock = JSON.parse(readFileSync(join(box.root, 'content/l10n-lock.json'), 'utf8')) as {
      bundles: Record<string, Record<string, string>>;
    };
    const snapshot = lock.bundles['locales/es-AR/ui.json'] ?? {};
    expect(Object.hasOwn(snapshot, '__proto__') && snapshot['__proto__']).toBe('Proto');
    // Read back and written again (marking an article rewrites the whole lock), the key stays.
    expect(runInSandbox(box, ['mark-translated', 'content/es-AR/grain-corridor.md']).status).toBe(0);
    expect(readFileSync(join(box.root, 'content/l10n-lock.json'), 'utf8')).toContain('"__proto__": "Proto"');
  });

  it('`l10n constructor` (or any word Object.prototype has) is an unknown command, exit 2', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const outcome = runInSandbox(makeSandbox(), [word]);
      expect(outcome.status, word).toBe(2);
      expect(outcome.stderr, word).toContain(`unknown command '${word}'`);
    }
  });
});
