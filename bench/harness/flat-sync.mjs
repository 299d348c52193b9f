import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureSideBySide, runOnce } from './measure.mjs';

/**
 * `l10n sync` and `l10n import` on one flat file of 2,700 keys that lacks 830 of them (scattered,
 * from a seeded PRNG), beside `l10n check --locale es` of the same project in the same rounds.
 * Before each timed run the file is put back as it was; the import reads a PO file exported from
 * the project with every key translated.
 */
export function flatSyncAndImport(bin, runs) {
  const root = mkdtempSync(join(tmpdir(), 'l10n-bench-flat-'));
  try {
    mkdirSync(join(root, 'locales', 'en'), { recursive: true });
    mkdirSync(join(root, 'locales', 'es'), { recursive: true });
    writeFileSync(join(root, 'l10n.config.json'), `${JSON.stringify({ sourceLocale: 'en', keySeparator: false }, null, 2)}\n`);
    const en = {};
    const full = {};
    const partial = {};
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const missing = new Set();
    while (missing.size < 830) missing.add(Math.floor(random() * 2700));
    for (let i = 0; i < 2700; i++) {
      const key = `section${i % 40}.item${i}.label`;
      en[key] = `Value number ${i} for {{name}}`;
      full[key] = `Valor número ${i} para {{name}}`;
      if (!missing.has(i)) partial[key] = full[key];
    }
    const target = join(root, 'locales', 'es', 'common.json');
    writeFileSync(join(root, 'locales', 'en', 'common.json'), `${JSON.stringify(en, null, 2)}\n`);
    writeFileSync(target, `${JSON.stringify(full, null, 2)}\n`);
    const po = join(root, 'es.po');
    runOnce(process.execPath, [bin, 'export', '--root', root, '--locale', 'es', '--format', 'po', '--output', po]);
    const before = `${JSON.stringify(partial, null, 2)}\n`;
    const reset = () => writeFileSync(target, before);
    reset();
    const [check, sync, imported] = measureSideBySide(
      [
        { command: process.execPath, args: [bin, 'check', '--root', root, '--locale', 'es', '--format', 'json'] },
        { command: process.execPath, args: [bin, 'sync', '--root', root, '--locale', 'es'], before: reset },
        { command: process.execPath, args: [bin, 'import', '--root', root, '--locale', 'es', po], before: reset },
      ],
      runs,
    );
    const keys = Object.keys(JSON.parse(readFileSync(target, 'utf8'))).length;
    return { check, sync, imported, keys };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
