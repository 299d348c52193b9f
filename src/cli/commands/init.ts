import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { CONFIG_FILES } from '../../config/load-config.js';
import { UsageError } from '../../diagnostics/usage-error.js';
import { inferProject, type Inference } from '../../init/infer-project.js';
import { readProjectSample } from '../../init/read-project-sample.js';
import { SKIPPED_FOLDERS } from '../../init/searched-paths.js';
import { renderConfig } from '../../init/render-config.js';
import { terminalSafe } from '../../report/terminal-safe.js';

interface InitOptions {
  root: string;
  yes?: boolean;
  force?: boolean;
  dryRun?: boolean;
}

const CONFIG_FILE = 'l10n.config.ts';

function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${title}\n${lines.map((line) => `  ${terminalSafe(line)}\n`).join('')}`;
}

function report(inference: Inference, text: string): string {
  return [
    section('Found:', inference.found),
    section('Assumed:', inference.assumed),
    section('Notes:', inference.notes),
    `${CONFIG_FILE}:\n${text.split('\n').map(terminalSafe).join('\n')}`,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** What a dry run says last: that it wrote nothing, where the config would go, and what an existing one means. */
function dryRunEnd(root: string, existing: readonly string[], options: InitOptions): string {
  const ignored = [options.yes && '--yes', options.force && '--force'].filter((flag) => typeof flag === 'string');
  const path = terminalSafe(join(root, CONFIG_FILE));
  const wins = ignored.length > 0 ? ` (--dry-run wins over ${ignored.join(' and ')})` : '';
  const [config] = existing;
  const next =
    config === undefined
      ? `l10n init --yes would write ${path}`
      : `${terminalSafe(join(root, config))} already exists: l10n init --force would replace it with ${path}`;
  return `Dry run${wins}: wrote nothing. ${next}.\n`;
}

async function confirmed(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(?:es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

/** `l10n init`: infers a config from the project as it is and writes l10n.config.ts, touching nothing else. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('find the i18next bundles and article trees of an existing project and write l10n.config.ts for them')
    .option('--root <dir>', 'project root', process.cwd())
    .option('-y, --yes', 'write the config without asking (needed when not run on a terminal)')
    .option('--force', `replace an existing config (${CONFIG_FILES.join(', ')})`)
    .option('--dry-run', 'print what init found and the config it would write, and write nothing (exit 0); wins over --yes and --force')
    .addHelpText(
      'after',
      `\nSearches the whole tree except ${[...SKIPPED_FOLDERS].join(', ')} and hidden folders. Prints what it found and
what it assumed, shows the config and asks before writing it; never moves or edits a bundle or an article.
Exit 2 (nothing written) when nothing was found, a config exists (without --force or --dry-run), or it
could not ask.`,
    )
    .action(async (options: InitOptions) => {
      const root = resolve(options.root);
      const found = statSync(root, { throwIfNoEntry: false });
      if (!found?.isDirectory()) throw new UsageError(`--root ${root}: ${found ? 'not a folder' : 'no such folder'}`);
      const existing = CONFIG_FILES.filter((name) => existsSync(join(root, name)));
      if (existing.length > 0 && !options.force && !options.dryRun)
        throw new UsageError(
          `${join(root, existing[0] as string)} already exists: init never replaces a config; edit it, or run l10n init --force to write ${CONFIG_FILE} anew`,
        );
      const inference = inferProject(readProjectSample(root));
      if (!inference.config && inference.otherFormats.length > 0)
        throw new UsageError(
          `nothing to configure in ${root}: found ${inference.otherFormats.join('; ')}, a locale layout of files l10n does not read: l10n reads i18next's JSON bundles only (such as locales/<lng>/<ns>.json), and no article tree (<dir>/<lng>/<slug>.md or .mdx) was found`,
        );
      if (!inference.config)
        throw new UsageError(
          `nothing to configure in ${root}: no i18next bundle (such as locales/<lng>/<ns>.json, i18n/<lng>.json or <lng>.json) and no article tree (<dir>/<lng>/<slug>.md or .mdx) was found; ${[...SKIPPED_FOLDERS].join(', ')} and hidden folders are not searched`,
        );
      const text = renderConfig(inference.config);
      process.stdout.write(`${report(inference, text)}\n`);
      if (options.dryRun) {
        process.stdout.write(dryRunEnd(root, existing, options));
        return;
      }
      if (!options.yes) {
        if (!process.stdin.isTTY || !process.stdout.isTTY) {
          process.stderr.write(
            `l10n: not run on a terminal, so init could not ask and wrote nothing: run l10n init --yes to write ${CONFIG_FILE}\n`,
          );
          process.exitCode = 2;
          return;
        }
        if (!(await confirmed(`Write ${terminalSafe(join(root, CONFIG_FILE))}? (y/N) `))) {
          process.stdout.write('Wrote nothing.\n');
          return;
        }
      }
      // Exclusive: never written through a link planted under the name; --force replaces the file (or link) itself.
      if (options.force) rmSync(join(root, CONFIG_FILE), { force: true });
      writeFileSync(join(root, CONFIG_FILE), text, { flag: 'wx' });
      const shadowed = existing.filter((name) => name !== CONFIG_FILE);
      process.stdout.write(
        `Wrote ${terminalSafe(join(root, CONFIG_FILE))}.${shadowed.length > 0 ? ` ${shadowed.join(', ')} is no longer read (${CONFIG_FILE} comes first): delete it.` : ''}\nNext: npx l10n check\n`,
      );
    });
}
