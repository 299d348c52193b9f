import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { suppressFindings } from '../../src/suppressions/update-suppressions.js';
import { WatchSession } from '../../src/watch/watch-session.js';
import { tempProject } from '../support/temp-project.js';

const config = parseConfig({ sourceLocale: 'en' });
const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
const en = { title: 'Title', save: 'Save', cancel: 'Cancel', help: 'Help' };

describe('l10n check --watch with a suppressions file', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('shows only what the suppressions do not cover, and a suppressed finding that comes back as new', () => {
    root = tempProject({ 'locales/en/ui.json': json(en), 'locales/es/ui.json': json({ title: 'Título' }) });
    const seed = runCheck(loadBundleProject(root, config)).diagnostics;
    const suppressions = suppressFindings(new Map(), seed, undefined);
    const session = new WatchSession(root, config, { suppressions });
    const save = (data: unknown): string => {
      writeFileSync(join(root as string, 'locales/es/ui.json'), json(data));
      return session.recheck(['locales/es/ui.json']) ?? '';
    };

    // A suppressed key translated: nothing shown was fixed. Another key dropped: only it is new.
    const edit = save({ title: 'Título', save: 'Guardar' });
    expect(edit).toContain('0 new, 0 fixed; now 0 errors');
    const dropped = save({ save: 'Guardar' });
    expect(dropped).toContain('+ locales/es/ui.json:1:1');
    expect(dropped).toContain('missing key "title"');
    expect(dropped).toContain('1 new, 0 fixed; now 1 error,');
    const restored = save({ title: 'Título', save: 'Guardar' });
    expect(restored).toContain('0 new, 1 fixed; now 0 errors');
    // The held diagnostics stay complete: the suppressions change what is shown, not what is known.
    expect(session.bundleDiagnostics()).toEqual(runCheck(loadBundleProject(root, config)).diagnostics);
  });
});
