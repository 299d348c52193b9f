import type { RuleExample, RuleMeta } from './rule-meta.js';
import { optionDefaults } from './rule-options.js';

/** What a rule reads: locale bundles, or the articles of a publishing project. */
export type RuleKind = 'bundles' | 'articles';

/** One option of a rule as its docs and `l10n rules` show it: its default as the config spells it. */
export interface OptionDoc {
  name: string;
  default: string;
  text: string;
}

/** The options a rule documents, in its schema's order, each with its schema's default. */
export function optionDocs(rule: RuleMeta): OptionDoc[] {
  if (!rule.options) return [];
  return [...optionDefaults(rule.options)].map(([name, value]) => ({
    name,
    default: value === undefined ? 'none' : JSON.stringify(value),
    text: rule.docs.options?.[name] ?? '',
  }));
}

/** A fenced block that no backtick run inside `text` can close early. */
function fenced(text: string, lang: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

const LANGS: Record<string, string> = { json: 'json', md: 'markdown', yml: 'yaml', yaml: 'yaml', html: 'html', njk: 'html' };

/** One example: its name, its config, each file, and (when it reports) the diagnostics. */
function exampleSection(example: RuleExample & { expect?: string[] }): string {
  const parts = [`### ${example.name}`];
  if (example.config) parts.push(`\`l10n.config.json\`:\n\n${fenced(JSON.stringify(example.config, null, 2), 'json')}`);
  for (const [path, text] of Object.entries(example.files))
    parts.push(`\`${path}\`:\n\n${fenced(text, LANGS[path.split('.').pop() ?? ''] ?? '')}`);
  if (example.expect) parts.push(`\`l10n check\` reports:\n\n${fenced(example.expect.join('\n'), 'text')}`);
  return parts.join('\n\n');
}

/** The options section: a table of name, default and what each does, or that it takes none. */
function optionsSection(rule: RuleMeta): string {
  const options = optionDocs(rule);
  if (options.length === 0) return 'None.';
  const rows = options.map((o) => `| \`${o.name}\` | \`${o.default}\` | ${o.text.replaceAll('|', '\\|')} |`);
  return [
    `Set as \`"${rule.id}": ["${rule.defaultSeverity}", { ... }]\` in the config's \`rules\`.`,
    '',
    '| option | default | what it does |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** A fragment of the README's table as a sentence: capital first letter, final period. */
function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}

/** The page `docs/rules/<id>.md`, generated from the rule's declaration (`npm run docs:rules`). */
export function ruleDocPage(rule: RuleMeta, kind: RuleKind): string {
  const sections = [
    `# ${rule.id}`,
    `<!-- Generated from src/check/${kind === 'bundles' ? 'rules' : 'content-rules'}/${rule.id}.ts by \`npm run docs:rules\`: edit the rule, not this page. -->`,
    rule.description,
    `Checks ${kind === 'bundles' ? 'locale bundles' : 'articles'}. Default level: **${rule.defaultSeverity}**.`,
    `## What it checks\n\n${sentence(rule.docs.checks)}`,
    `## Why it matters to readers\n\n${rule.docs.why}`,
    `## What passes\n\n${rule.docs.passes}`,
    `## Options\n\n${optionsSection(rule)}`,
    '## Reported',
    ...rule.examples.invalid.map(exampleSection),
    '## Not reported',
    ...rule.examples.valid.map(exampleSection),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** The README's table of rules: id (linked to its page), default level, what it checks. */
export function ruleTable(rules: readonly RuleMeta[]): string {
  const rows = rules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.docs.checks.replaceAll('|', '\\|')} |`);
  return ['| rule | default | what it catches |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * `text` with what stands between `<!-- name:start -->` and `<!-- name:end -->` replaced by
 * `block`. Throws when the markers are missing: the generated part would be lost silently.
 */
export function replaceBetweenMarkers(text: string, name: string, block: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`the markers ${start} and ${end} are missing`);
  return `${text.slice(0, from + start.length)}\n${block}\n${text.slice(to)}`;
}
