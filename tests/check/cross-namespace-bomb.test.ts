import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../src/build/write-site.js';
import { checkEverything } from '../../src/check/load-full-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Twenty levels of `$t()` that double at each level, alternating between the namespaces a and b. */
function alternatingBomb(levels: number): Record<string, string> {
  const a: Record<string, string> = {};
  const b: Record<string, string> = {};
  for (let level = 0; level < levels; level++) {
    const next = level % 2 === 0 ? `b:k${level + 1}` : `a:k${level + 1}`;
    (level % 2 === 0 ? a : b)[`k${level}`] = `$t(${next})$t(${next})`;
  }
  (levels % 2 === 0 ? a : b)[`k${levels}`] = 'lol';
  return { 'locales/en/a.json': JSON.stringify(a, null, 2), 'locales/en/b.json': JSON.stringify(b, null, 2) };
}

it('check reports a $t() bomb spread over two namespaces at the keys the build refuses', async () => {
  const root = tempProject(alternatingBomb(20));
  roots.push(root);
  const config = parseConfig({ locales: ['en'] });
  const checked = (await checkEverything(root, config)).diagnostics.filter((d) => d.ruleId === 'nesting');
  const built = await buildSite(root, config, { now: new Date('2026-01-01T00:00:00Z') });
  expect(built.written).toBe(false);
  const refused = built.errors.filter((d) => d.ruleId === 'nesting');
  // Past the limit of 1,000 lookups from about the tenth level up, split over a and b.
  expect(checked.map(line).sort()).toEqual(refused.map(line).sort());
  expect(new Set(checked.map((d) => d.file))).toEqual(new Set(['locales/en/a.json', 'locales/en/b.json']));
  expect(checked.length).toBeGreaterThan(8);
  expect(checked.every((d) => d.severity === 'error' && d.source === 'check')).toBe(true);
});

it('a bomb inside one namespace is reported once, by the rule, not again by the pass across namespaces', async () => {
  const levels: Record<string, string> = {};
  for (let level = 0; level < 12; level++) levels[`k${level}`] = `$t(k${level + 1})$t(k${level + 1})`;
  levels.k12 = 'lol';
  const root = tempProject({ 'locales/en/ui.json': JSON.stringify(levels, null, 2), 'locales/en/other.json': '{ "link": "$t(ui:k12)" }' });
  roots.push(root);
  const config = parseConfig({ locales: ['en'] });
  const checked = (await checkEverything(root, config)).diagnostics.filter((d) => d.ruleId === 'nesting');
  const refused = (await buildSite(root, config, { now: new Date('2026-01-01T00:00:00Z') })).errors.filter((d) => d.ruleId === 'nesting');
  expect(checked.map(line)).toEqual([...new Set(checked.map(line))]);
  expect(checked.map(line).sort()).toEqual(refused.map(line).sort());
  expect(checked.map((d) => d.key)).toEqual(['k0', 'k1', 'k2', 'k3']);
});

it('with nsSeparator false, a bomb spread over two namespaces by single-quoted ns options is reported as the build refuses it', async () => {
  const a: Record<string, string> = {};
  const b: Record<string, string> = {};
  for (let level = 0; level < 20; level++) {
    const ref = `$t(k${level + 1}, {'ns': '${level % 2 === 0 ? 'b' : 'a'}'})`;
    (level % 2 === 0 ? a : b)[`k${level}`] = ref + ref;
  }
  a.k20 = 'lol';
  const root = tempProject({ 'locales/en/a.json': JSON.stringify(a, null, 2), 'locales/en/b.json': JSON.stringify(b, null, 2) });
  roots.push(root);
  const config = parseConfig({ locales: ['en'], nsSeparator: false });
  const checked = (await checkEverything(root, config)).diagnostics.filter((d) => d.ruleId === 'nesting');
  const refused = (await buildSite(root, config, { now: new Date('2026-01-01T00:00:00Z') })).errors.filter((d) => d.ruleId === 'nesting');
  expect(checked.length).toBeGreaterThan(8);
  expect(checked.map(line).sort()).toEqual(refused.map(line).sort());
});
