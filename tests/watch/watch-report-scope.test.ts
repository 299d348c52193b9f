import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { WatchSession } from '../../src/watch/watch-session.js';
import { tempProject } from '../support/temp-project.js';

const config = parseConfig({ sourceLocale: 'en' });
const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
const en = { title: 'Title', save: 'Save', cancel: 'Cancel' };
const es = { title: 'Título', save: 'Guardar', cancel: 'Cancelar' };

describe('l10n check --watch with --rule or --severity', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const session = (scope: ConstructorParameters<typeof WatchSession>[2]['scope']) => {
    root = tempProject({ 'locales/en/ui.json': json(en), 'locales/es/ui.json': json(es) });
    const watching = new WatchSession(root, config, { scope });
    return (data: unknown): string => {
      writeFileSync(join(root as string, 'locales/es/ui.json'), json(data));
      return watching.recheck(['locales/es/ui.json']) ?? '';
    };
  };

  it('shows after each save only the rules the first report was narrowed to', () => {
    const save = session({ rules: ['empty-value'] });
    const dropped = save({ title: 'Título', save: 'Guardar' });
    expect(dropped).not.toContain('missing-key');
    expect(dropped).toContain('0 new, 0 fixed; now 0 errors');
    const emptied = save({ title: '', save: 'Guardar' });
    expect(emptied).toContain('empty-value');
    expect(emptied).not.toContain('missing-key');
    expect(emptied).toContain('1 new, 0 fixed');
  });

  it('leaves out what is less severe than --severity', () => {
    const save = session({ severity: 'error' });
    const untranslated = save({ ...es, cancel: 'Cancel' });
    expect(untranslated).not.toContain('untranslated');
    expect(untranslated).toContain('0 new, 0 fixed; now 0 errors, 0 warnings');
    const dropped = save({ title: 'Título', save: 'Guardar' });
    expect(dropped).toContain('missing key "cancel"');
    expect(dropped).toContain('1 new, 0 fixed; now 1 error, 0 warnings');
  });
});
