import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureSideBySide } from './measure.mjs';

/**
 * What the cold-check targets leave room for, measured beside the floor in the same rounds on one
 * corpus: the cheapest key comparison in plain JavaScript (bench/walk-floor.mjs), then `l10n check`
 * with every bundle rule off but json-syntax and duplicate-key (read, parse, place keys written
 * twice), then with missing-key and extra-key too (the least a check of keys does, positions and
 * fallbacks included), then with every rule as the corpus's config has it. Each rule set is a
 * config written to a temporary folder and passed with `--config`; the corpus is not touched.
 * `withNode`: `node -e 0` too, the base of a small project's target.
 */
export async function lowerBounds({ bin, floorScript, walkFloorScript, root, runs, withNode = false }) {
  const { bundleRules } = await import('../../lib/index.js');
  const own = JSON.parse(readFileSync(join(root, 'l10n.config.json'), 'utf8'));
  const only = (ids) => ({
    ...own,
    rules: Object.fromEntries(bundleRules.map((rule) => [rule.id, ids.includes(rule.id) ? 'error' : 'off'])),
  });
  const folder = mkdtempSync(join(tmpdir(), 'l10n-bench-bounds-'));
  try {
    const config = (name, ids) => {
      const file = join(folder, `${name}.json`);
      writeFileSync(file, `${JSON.stringify(only(ids), null, 2)}\n`);
      return file;
    };
    const check = (extra) => ({ command: process.execPath, args: [bin, 'check', '--root', root, '--format', 'json', ...extra] });
    const locales = join(root, 'locales');
    const [floor, walk, parsed, keys, full, node] = measureSideBySide(
      [
        { command: process.execPath, args: [floorScript, locales] },
        { command: process.execPath, args: [walkFloorScript, locales, own.sourceLocale ?? 'en'] },
        check(['--config', config('parse', ['json-syntax', 'duplicate-key'])]),
        check(['--config', config('keys', ['json-syntax', 'duplicate-key', 'missing-key', 'extra-key'])]),
        check([]),
        ...(withNode ? [{ command: process.execPath, args: ['-e', '0'] }] : []),
      ],
      runs,
    );
    return { floor, walk, parsed, keys, full, node };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
