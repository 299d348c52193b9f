import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/check/rule.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { runCheck } from '../../src/check/run-check.js';
import { targetGroups } from '../../src/check/target-groups.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { BundleCache } from '../../src/project/bundle-cache.js';
import type { Bundle } from '../../src/project/bundle.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

describe('targetGroups', () => {
  it('keeps the source and every locale another falls back on, and sets the rest apart', () => {
    const config = parseConfig({ fallbacks: { 'pt-BR': ['es'] } });
    const groups = targetGroups('ui', config, ['en', 'es', 'es-AR', 'de', 'pt-BR', 'pt'], ['fr']);
    expect(groups.source).toBe('en');
    expect([...groups.kept].sort()).toEqual(['en', 'es', 'pt']);
    expect(groups.alone).toEqual(['es-AR', 'de', 'pt-BR', 'fr']);
  });

  it("starts from the namespace's own source locale", () => {
    const config = parseConfig({ namespaceSourceLocale: { legal: 'de' } });
    const groups = targetGroups('legal', config, ['en', 'de', 'fr'], []);
    expect(groups.source).toBe('de');
    expect([...groups.kept].sort()).toEqual(['de', 'en']);
    expect(groups.alone).toEqual(['fr']);
  });
});

/** A rule that records, at each call, which parsed bundles its context holds and which it checks. */
function recorder(seen: string[]): Rule {
  return {
    id: 'recorder',
    defaultSeverity: 'error',
    description: 'records what each call sees',
    docs: { checks: '', why: '', passes: '' },
    examples: { invalid: [], valid: [] },
    check: (context) =>
      void seen.push(`${[...context.bundles.keys()].sort().join(',')} / ${context.checkedFiles.map((file) => file.locale).join(',')}`),
  };
}

describe('runCheck checks a namespace a target at a time', () => {
  const files = {
    'locales/en/ui.json': '{ "a": "A", "b": "B" }\n',
    'locales/es/ui.json': '{ "a": "A es", "b": "B es" }\n',
    'locales/es-AR/ui.json': '{ "a": "A ar" }\n',
    'locales/de/ui.json': '{ "a": "A de" }\n',
    'locales/fr/ui.json': '{ "a": "A fr", "b": "B fr" }\n',
  };

  it('holds only the source, the fallbacks and one other target at a time', () => {
    const seen: string[] = [];
    runCheck(loadBundleProject(project(files), parseConfig({})), { rules: [recorder(seen)] });
    expect(seen).toEqual(['en,es / en,es', 'de,en,es / de', 'en,es,es-AR / es-AR', 'en,es,fr / fr']);
  });

  it('reports each finding once, on the target it is about, as a check of that locale alone does', () => {
    const config = parseConfig({});
    const whole = runCheck(loadBundleProject(project(files), config), { rules: bundleRules });
    const root = project(files);
    const apart = ['en', 'es', 'es-AR', 'de', 'fr'].flatMap(
      (locale) => runCheck(loadBundleProject(root, config), { rules: bundleRules, locales: [locale] }).diagnostics,
    );
    const line = (d: { file: string; line: number; ruleId: string; message: string }): string =>
      `${d.file}:${d.line} ${d.ruleId} ${d.message}`;
    expect(whole.diagnostics.map(line).sort()).toEqual(apart.map(line).sort());
    expect(whole.diagnostics.map(line)).toEqual([
      'locales/de/ui.json:1 missing-key missing key "b"; en has "B"',
      'locales/es-AR/ui.json:1 fallback-resolved "b" is not in es-AR; it resolves through es',
    ]);
  });

  it('checks a namespace whose source does not parse as a whole', () => {
    const seen: string[] = [];
    runCheck(loadBundleProject(project({ ...files, 'locales/en/ui.json': '{ "a": \n' }), parseConfig({})), { rules: [recorder(seen)] });
    expect(seen).toEqual(['de,es,es-AR,fr / de,en,es,es-AR,fr']);
  });
});

/** A rule that keeps every bundle its contexts hold, to look at them after the run. */
function keeper(kept: Bundle[]): Rule {
  return { ...recorder([]), id: 'keeper', check: (context) => void kept.push(...context.bundles.values()) };
}

describe('a bundle the check is done with', () => {
  const files = {
    'locales/en/ui.json': '{ "a": "A" }\n',
    'locales/es/ui.json': '{ "a": "A es" }\n',
    'locales/de/ui.json': '{ "a": "A de" }\n',
  };

  it('lets go of its parsed data when the run read the file for itself', () => {
    const kept: Bundle[] = [];
    runCheck(loadBundleProject(project(files), parseConfig({})), { rules: [keeper(kept)] });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.filter((bundle) => bundle.data !== undefined)).toEqual([]);
  });

  it('keeps it when a cache of parsed bundles keeps it for the next run', () => {
    const kept: Bundle[] = [];
    const bundleCache = new BundleCache();
    const root = project(files);
    runCheck(loadBundleProject(root, parseConfig({})), { rules: [keeper(kept)], bundleCache });
    expect(new Set(kept.map((bundle) => JSON.stringify(bundle.data)))).toEqual(new Set(['{"a":"A"}', '{"a":"A es"}', '{"a":"A de"}']));
    expect(kept.every((bundle) => bundle.data !== undefined)).toBe(true);
  });
});
