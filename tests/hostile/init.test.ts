import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILES, loadConfig } from '../../src/config/load-config.js';
import { generators } from './generators.js';
import { casesOf } from './corpus.js';
import { expectSurvived, makeSandbox, runInSandbox } from './sandbox.js';

const ROOT = process.getuid?.() === 0;

/**
 * init over every bundle, name, path, link and article case of the corpus, the project's own
 * config removed first: it survives, writes l10n.config.ts and nothing else (never a bundle, an
 * article or a link target), and what it writes loads. A case's secret (`never` of a plain-text
 * command) is never printed.
 */
describe('hostile projects, through l10n init --yes', () => {
  for (const kind of ['bundles', 'names', 'paths', 'links', 'articles'])
    for (const item of casesOf(kind))
      it(`${kind}/${item.name}: ${item.description}`, async () => {
        const box = makeSandbox(item.dir);
        try {
          if (item.generate) generators[item.generate](box.root);
          for (const name of CONFIG_FILES) rmSync(join(box.root, name), { force: true });
          const unreadable = item.generate === 'unreadable' && ROOT ? { asUser: 65534 } : {};
          const outcome = runInSandbox(box, ['init', '--yes'], { ...unreadable, timeout: 300_000 });
          const what = `${kind}/${item.name}: l10n init`;
          expectSurvived(outcome, what);
          expect(outcome.status, `${what}\n${outcome.stderr}`).toBe(0);
          expect(outcome.changed.filter((path) => !path.startsWith('tmp/l10n-cache-'))).toEqual(['project/l10n.config.ts']);
          // A `never` of a report format (html, markdown) is about that format's markup, not a secret init could print.
          for (const expectation of Object.values(item.expect))
            if (expectation.never && !expectation.args?.includes('--format'))
              expect(`${outcome.stdout}\n${outcome.stderr}`, what).not.toMatch(new RegExp(expectation.never, 'm'));
          const { config } = await loadConfig(box.root);
          expect(config.locales, what).toContain(config.sourceLocale);
          expect(readdirSync(box.root)).toContain('l10n.config.ts');
        } finally {
          rmSync(box.dir, { recursive: true, force: true });
        }
      }, 600_000);
});
