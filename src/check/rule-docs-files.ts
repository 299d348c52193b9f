import { contentRules } from './content-rules/index.js';
import { ruleDocPage, ruleTable, replaceBetweenMarkers } from './rule-docs.js';
import { bundleRules } from './rules/index.js';

/**
 * Every file generated from the rules' declarations, by path from the project root: a page per
 * rule under `docs/rules/`, and `readme` with its two rule tables (between the markers `rules`
 * and `content-rules`) rewritten. `scripts/write-rule-docs.mjs` writes them; a test compares
 * them with the committed files, so the docs cannot drift from the rules.
 */
export function ruleDocFiles(readme: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of bundleRules) files.set(`docs/rules/${rule.id}.md`, ruleDocPage(rule, 'bundles'));
  for (const rule of contentRules) files.set(`docs/rules/${rule.id}.md`, ruleDocPage(rule, 'articles'));
  const withBundleRules = replaceBetweenMarkers(readme, 'rules', ruleTable(bundleRules));
  files.set('README.md', replaceBetweenMarkers(withBundleRules, 'content-rules', ruleTable(contentRules)));
  return files;
}
