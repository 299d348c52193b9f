import { ruleLevel } from '../config/rule-level.js';
import type { Config } from '../config/schema.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import { contentRules } from './content-rules/index.js';
import { optionDocs, type OptionDoc, type RuleKind } from './rule-docs.js';
import type { RuleMeta } from './rule-meta.js';
import { bundleRules } from './rules/index.js';
import { parseRuleSettings } from './run-check.js';

/** One rule as `l10n rules` lists it. */
export interface RuleEntry {
  id: string;
  /** What it reads: locale bundles or articles. */
  checks: RuleKind;
  /** The level this project's config gives it, else its default. */
  severity: Severity | 'off';
  defaultSeverity: Severity;
  description: string;
  /** Its options with their defaults, as its docs page lists them. */
  options: OptionDoc[];
}

/**
 * Every rule `check` runs, bundle rules first, each at the level the config gives it. Throws
 * ConfigError of `file`, as `check` does, for an unknown rule or option.
 */
export function listRules(config: Config, file?: string): RuleEntry[] {
  parseRuleSettings(config, bundleRules, file);
  const entry =
    (checks: RuleKind) =>
    (rule: RuleMeta): RuleEntry => ({
      id: rule.id,
      checks,
      severity: ruleLevel(config, rule.id) ?? rule.defaultSeverity,
      defaultSeverity: rule.defaultSeverity,
      description: rule.description,
      options: optionDocs(rule),
    });
  return [...bundleRules.map(entry('bundles')), ...contentRules.map(entry('articles'))];
}

/** Words of `text` in lines of at most `width` characters, each after `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/**
 * The text listing: id, what it reads and its level (and the default when the config changed it),
 * then the description and each option with its default, as the rule's docs page has them.
 */
export function formatRuleList(entries: readonly RuleEntry[]): string {
  const width = Math.max(...entries.map((e) => e.id.length));
  const blocks = entries.map((e) => {
    const level = e.severity === e.defaultSeverity ? e.severity : `${e.severity} (default ${e.defaultSeverity})`;
    const options = e.options.flatMap((o) =>
      wrap(`option ${o.name} (default ${o.default}): ${o.text}`, 94, '    ').map((l, i) => (i === 0 ? l.slice(2) : l)),
    );
    return [`${e.id.padEnd(width)}  ${e.checks.padEnd(8)}  ${level}`, ...wrap(e.description, 96, '  '), ...options].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
