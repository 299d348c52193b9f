import { Command, InvalidArgumentError } from 'commander';
import { siteUrl } from '../../config/schema.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { progressReporter } from '../progress-reporter.js';
import { diagnosticLine } from '../../report/diagnostic-line.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import type { Shard } from '../../build/shards.js';
import { collect } from '../option-values.js';

interface BuildCliOptions extends ProjectOptions {
  out?: string;
  locale?: string[];
  baseUrl?: string;
  strict?: boolean;
  force?: boolean;
  quiet?: boolean;
  shard?: Shard;
}

/** `--base-url` as the config's build.baseUrl takes it: an absolute http or https URL. */
function parseBaseUrl(value: string): string {
  if (!siteUrl.safeParse(value).success)
    throw new InvalidArgumentError('expected an absolute http or https URL, such as https://example.com/news/');
  return value;
}

/** `--shard i/n`: shard i (1 to n) of n. */
function parseShard(value: string): Shard {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index > count) throw new InvalidArgumentError('expected i/n with 1 <= i <= n, such as 2/4');
  return { index, count };
}

/** `l10n build`: the localised static site, written only when the build succeeds. */
export function registerBuild(program: Command): void {
  withProjectOptions(
    program
      .command('build')
      .description('publish the localised static site: every article in every locale, indexes, sitemap and runtime bundles'),
  )
    .option('--out <dir>', 'output folder, relative to the root (default: build.outDir of the config, "dist")')
    .option('--locale <lng>', 'build only this locale (repeatable)', collect)
    .option('--base-url <url>', 'public URL of the site, for canonical links and the sitemap (default: build.baseUrl)', parseBaseUrl)
    .option('--strict', 'fail without writing anything when there is any warning (such as a missing key)')
    .option('--force', 'render every page again, ignoring the cache of unchanged pages')
    .option('--quiet', 'print nothing but problems (also when CI=true)')
    .option('--shard <i/n>', 'render only shard i of n of the article pages (a stable split by page path), for l10n merge', parseShard)
    .addHelpText(
      'after',
      '\nOutdated translations are published with a notice and are warnings: --strict refuses to publish them.\nExit status: 0 built, 1 errors (or warnings with --strict; nothing written), 2 usage or config error.',
    )
    .action(async (options: BuildCliOptions) => {
      const { root, config } = await loadProjectConfig(options);
      const { buildSite } = await import('../../build/write-site.js');
      const quiet = options.quiet === true || process.env.CI === 'true';
      const progress = progressReporter(process.stderr, !quiet);
      const summary = await buildSite(root, config, {
        ...(options.out !== undefined && { outDir: options.out }),
        ...(options.locale && { locales: options.locale }),
        ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
        strict: options.strict === true,
        force: options.force === true,
        ...(options.shard && { shard: options.shard }),
        onProgress: progress.update,
      });
      progress.done();
      for (const d of [...summary.errors, ...summary.warnings]) process.stderr.write(`${diagnosticLine(d)}\n`);
      if (!summary.written) {
        const why = summary.errors.length > 0 ? `${summary.errors.length} error(s)` : `${summary.warnings.length} warning(s) with --strict`;
        process.stderr.write(`l10n build: nothing written (${why}); ${terminalSafe(summary.outDir)} is unchanged\n`);
        process.exitCode = 1;
        return;
      }
      if (!quiet)
        process.stdout.write(
          `Built ${options.shard ? `shard ${options.shard.index}/${options.shard.count} of ` : ''}${summary.pages} pages (${summary.rendered} rendered, ${summary.reused} unchanged, and the root page) into ${terminalSafe(summary.outDir)}\n`,
        );
    });
}
