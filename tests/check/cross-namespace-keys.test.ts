import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { runCheck } from '../../src/check/run-check.js';
import type { BundleProject } from '../../src/project/bundle-project.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { tempProject } from '../support/temp-project.js';

const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
const config = parseConfig({ locales: ['en', 'es'] });

/** The project of `root`, counting how often each namespace's files are read. */
function counted(root: string, reads: Map<string, number>): BundleProject {
  const project = loadBundleProject(root, config);
  return {
    ...project,
    read: (namespace) => {
      reads.set(namespace, (reads.get(namespace) ?? 0) + 1);
      return project.read(namespace);
    },
  };
}

describe('$t(ns:key) across namespaces', () => {
  const root = tempProject({
    'locales/en/alpha.json': json({ a: '$t(shared:brand) news', gone: '$t(shared:nope)' }),
    'locales/es/alpha.json': json({ a: 'Noticias de $t(shared:brand)', gone: '$t(shared:nope)' }),
    'locales/en/shared.json': json({ brand: 'Crónica' }),
    'locales/es/shared.json': json({ brand: 'Crónica' }),
    'locales/en/zulu.json': json({ z: '$t(shared:brand)' }),
    'locales/es/zulu.json': json({ z: '$t(shared:brand)' }),
  });

  it('checks a named namespace after the ones naming it, so it is read once, with the same report', () => {
    const reads = new Map<string, number>();
    const result = runCheck(counted(root, reads), { namespaces: ['alpha', 'shared', 'zulu'] });
    // shared is moved after zulu: its keys resolve while it is in memory. Only alpha, which holds
    // the two failures, is read again, to place them.
    expect(Object.fromEntries(reads)).toEqual({ alpha: 2, shared: 1, zulu: 1 });
    const nesting = result.diagnostics.filter((d) => d.ruleId === 'nesting').map((d) => `${d.file}:${d.line}:${d.column} ${d.key}`);
    expect(nesting).toEqual(['locales/en/alpha.json:3:3 gone', 'locales/es/alpha.json:3:3 gone']);
    expect(result).toEqual(runCheck(loadBundleProject(root, config), { namespaces: ['shared', 'alpha', 'zulu'] }));
  });

  it('reads a namespace named only after it was checked once more at the end', () => {
    const reads = new Map<string, number>();
    runCheck(counted(root, reads), { namespaces: ['shared', 'zulu'] });
    expect(Object.fromEntries(reads)).toEqual({ shared: 2, zulu: 1 });
  });
});
