import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/load-check.js';
import { loadConfig } from '../../src/config/load-config.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { syncProject } from '../../src/sync/sync-project.js';
import { casesOf, caseSandbox, runCase, type HostileCase } from './corpus.js';
import { makeSandbox, runInSandbox } from './sandbox.js';

const COMMANDS = ['check', 'build', 'sync', 'status', 'export', 'import', 'mark-translated'];
const ROOT = process.getuid?.() === 0;
let po = '';

beforeAll(() => {
  po = runInSandbox(makeSandbox(), ['export', '--locale', 'es-AR', '--format', 'po']).stdout;
  expect(po).toContain('msgctxt "ui:site.tagline"');
});

/** Root reads a mode-000 file anyway: the unreadable case runs as `nobody` then, so the file really is unreadable. */
const asUserFor = (item: HostileCase): { asUser?: number } => (item.generate === 'unreadable' && ROOT ? { asUser: 65534 } : {});

describe('hostile bundles, through every command that reads bundles', () => {
  for (const item of casesOf('bundles')) {
    it(
      `${item.name}: ${item.description}`,
      () => {
        expect(Object.keys(item.expect).sort()).toEqual([...COMMANDS].sort());
        for (const command of COMMANDS) {
          // A fresh project per command; runCase fails on any path written but the allowed ones.
          runCase(item, command, caseSandbox(item, po), asUserFor(item));
        }
      },
      item.generate?.startsWith('huge') ? 900_000 : 240_000,
    );
  }
});

describe('keys named like Object.prototype members', () => {
  it('are plain keys for check and sync in-process, and Object.prototype is untouched', async () => {
    const byName = (name: string): HostileCase => casesOf('bundles').find((c) => c.name === name) as HostileCase;
    const target = byName('prototype-keys');
    const source = byName('prototype-keys-source');
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const item of [target, source]) {
      const box = makeSandbox(item.dir);
      const { config } = await loadConfig(box.root);
      const result = checkProject(box.root, config);
      const changes = syncProject(loadBundleProject(box.root, config), { prune: true });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      expect(typeof {}.constructor).toBe('function');
      const keys = result.diagnostics.map((d) => d.key);
      if (item === target) {
        expect(keys).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'prototype']));
        expect(changes.changes[0]?.removed).toEqual(['__proto__', 'constructor', 'prototype']);
      } else {
        expect(keys).toEqual(expect.arrayContaining(['__proto__.polluted', 'constructor.prototype.polluted', 'prototype']));
        expect(changes.changes[0]?.added).toEqual(['__proto__.polluted', 'constructor.prototype.polluted', 'prototype']);
        expect(JSON.parse(changes.changes[0]?.after ?? '{}')).toMatchObject({
          constructor: { prototype: { polluted: 'yes' } },
          prototype: 'prototype',
        });
      }
    }
  });
});
