import { resolve } from 'node:path';
import type { Command } from 'commander';
import { explainReport, formatIngestText } from '../../ingest/ingest-report.js';
import { ingestPages, type IngestResult } from '../../ingest/load-ingest.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { diagnosticLine } from '../../report/diagnostic-line.js';
import { terminalSafe } from '../../report/terminal-safe.js';

interface IngestCommandOptions extends ProjectOptions {
  slug?: string;
  namespace?: string;
  dryRun?: boolean;
  explain?: boolean;
  format: 'text' | 'json';
}

function printResult(result: IngestResult, options: IngestCommandOptions): void {
  if (options.format === 'json') {
    const reports = options.explain
      ? result.reports.map((report, index) => explainReport(report, result.reasons[index] ?? []))
      : result.reports;
    const body = reports.length === 1 ? reports[0] : reports;
    if (result.reports.length > 0) process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    result.reports.forEach((report, index) =>
      process.stdout.write(formatIngestText(report, result.reasons[index] ?? [], { explain: options.explain === true })),
    );
    const verb = options.dryRun ? 'would change' : 'changed';
    process.stdout.write(
      `${verb} ${result.changed.length === 0 ? 'nothing' : result.changed.map(terminalSafe).join(', ')}; ${result.added.length} key(s) added\n`,
    );
    for (const { file, keys } of result.copied)
      process.stdout.write(
        `  the same ${keys.length} key(s) ${options.dryRun ? 'would go' : 'went'} into ${terminalSafe(file)}, with the page's text until they are translated\n`,
      );
  }
  for (const conflict of result.conflicts) process.stderr.write(`${diagnosticLine(conflict)}\n`);
  for (const problem of result.problems) process.stderr.write(`${terminalSafe(problem.page)}: error: ${terminalSafe(problem.message)}\n`);
}

/** `l10n ingest`: turns scraped pages into the English article and the Spanish UI strings. */
export function registerIngest(program: Command): void {
  withProjectOptions(
    program
      .command('ingest')
      .description(
        'split scraped pages (text dumps or HTML) into the English article (content/en/<slug>.md) and the Spanish UI strings (locales/es-AR/<ns>.json)',
      )
      .argument('<page...>', 'pages to ingest: .txt dumps (one segment per line) or .html pages'),
  )
    .option('--slug <slug>', 'slug of the article (one page only; default: from the title, or the slug the page was ingested under before)')
    .option('--namespace <ns>', 'bundle namespace for the UI strings (default: ingest.namespace of the config)')
    .option('--dry-run', 'write nothing; print the same report')
    .option('--explain', 'say why each segment got its role (its position, neighbours, the strings the site already has, its language)')
    .option('--format <format>', 'report format: text or json', 'text')
    .addHelpText(
      'after',
      '\nEvery segment is reported in page order with its language, role and where it went; teasers, tags,\ndates, update lines, bylines and credits are reported as skipped (the first of each goes to front matter). Existing bundle values are never changed: a key\nthat holds another string is reported as a conflict. Re-ingesting a page changes nothing.\nExit status: 0 done, 1 a page was refused or a conflict was found, 2 usage or config error.',
    )
    .action(async (pages: string[], options: IngestCommandOptions) => {
      if (options.format !== 'text' && options.format !== 'json') {
        process.stderr.write(`error: --format must be text or json, not "${options.format}"\n`);
        process.exitCode = 2;
        return;
      }
      const { root, config } = await loadProjectConfig(options);
      const absolute = pages.map((page) => resolve(process.cwd(), page));
      const result = await ingestPages(root, config, absolute, {
        ...(options.slug !== undefined && { slug: options.slug }),
        ...(options.namespace !== undefined && { namespace: options.namespace }),
        dryRun: options.dryRun === true,
      });
      printResult(result, options);
      const usage = result.problems.some((problem) => problem.page.startsWith('--'));
      process.exitCode = usage ? 2 : result.problems.length > 0 || result.conflicts.length > 0 ? 1 : 0;
    });
}
