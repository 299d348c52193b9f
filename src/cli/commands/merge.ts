import type { Command } from 'commander';
import { terminalSafe } from '../../report/terminal-safe.js';

interface MergeCliOptions {
  out: string;
  quiet?: boolean;
}

/** `l10n merge`: joins the outputs of sharded builds into the site one build would write. */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('join the outputs of l10n build --shard i/n (all n of them) into one site, byte for byte what l10n build writes')
    .argument('<dirs...>', 'the output folders of the shard builds')
    .requiredOption('--out <dir>', 'the merged site (replaced as l10n build replaces its output)')
    .option('--quiet', 'print nothing but problems (also when CI=true)')
    .addHelpText(
      'after',
      [
        '',
        'Refuses (exit 2, nothing written) shards built from different inputs (naming which differ),',
        'a missing or repeated shard, or shards of different splits.',
        '',
        'Example:',
        '  l10n build --shard 1/2 --out shard-1 && l10n build --shard 2/2 --out shard-2',
        '  l10n merge shard-1 shard-2 --out dist',
      ].join('\n'),
    )
    .action(async (dirs: string[], options: MergeCliOptions) => {
      const { mergeShards } = await import('../../build/write-merged-site.js');
      const summary = mergeShards(dirs, options.out);
      if (options.quiet !== true && process.env.CI !== 'true')
        process.stdout.write(`Merged ${summary.shards} shards (${summary.files} files) into ${terminalSafe(summary.outDir)}\n`);
    });
}
