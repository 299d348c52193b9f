import { Option, type Command } from 'commander';
import { formatRuleList, listRules } from '../../check/rule-list.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';

interface RulesOptions extends ProjectOptions {
  format: 'text' | 'json';
}

/** `l10n rules`: every rule `check` runs, what it catches, and the level this project gives it. */
export function registerRules(program: Command): void {
  withProjectOptions(
    program
      .command('rules')
      .description('list every rule check runs: what it catches, and the level this project gives it (config "rules")'),
  )
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nA rule is set in the config by its id: rules: { "untranslated": "off", "plural-forms": ["error", { "large": "error" }] }.\nExit status: 0, or 2 for a usage or config error.',
    )
    .action(async (options: RulesOptions) => {
      const { config, file } = await loadProjectConfig(options);
      const entries = listRules(config, file);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : formatRuleList(entries));
    });
}
