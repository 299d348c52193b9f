import type { Command } from 'commander';
import { relative } from 'node:path';
import { formatReport } from '../../report/format-report.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { diagnosticLine } from '../../report/diagnostic-line.js';
import { assertSomethingChecked } from './check.js';
import { terminalSafe } from '../../report/terminal-safe.js';

/** `l10n start` (what `npm start` runs): the whole job on the project in the working folder. */
export function registerStart(program: Command): void {
  withProjectOptions(
    program
      .command('start')
      .description('run the whole pipeline on the project: ingest new or changed source pages, check, then build the site'),
  )
    .addHelpText('after', '\nExit status: 0 when the check has no error and the site was built; 1 otherwise; 2 usage or config error.')
    .action(async (options: ProjectOptions) => {
      const { root, config, file: configFile } = await loadProjectConfig(options);
      const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
      const { ingestPages, needsIngest } = await import('../../ingest/load-ingest.js');
      const pages = needsIngest(root, config);
      if (pages.length > 0) {
        const ingest = await ingestPages(root, config, pages);
        for (const problem of ingest.problems)
          process.stderr.write(`l10n ingest: ${terminalSafe(problem.page)}: ${terminalSafe(problem.message)}\n`);
        for (const d of ingest.conflicts) process.stderr.write(`${diagnosticLine(d)}\n`);
        const refused = new Set(ingest.problems.map((problem) => problem.page));
        const ingested = pages.filter((page) => !refused.has(page));
        if (ingested.length > 0)
          process.stdout.write(
            `Ingested ${ingested.map(terminalSafe).join(', ')}: ${ingest.changed.length ? ingest.changed.map(terminalSafe).join(', ') : 'nothing changed'}.\n`,
          );
        if (ingest.problems.length > 0) {
          process.stdout.write(
            `Not checked or built: ${ingest.problems.length} source page(s) could not be ingested (above); fix or remove them under ${config.contentDir}/sources/.\n`,
          );
          process.exitCode = 1;
          return;
        }
      }
      const { checkEverything } = await import('../../check/load-full-check.js');
      const checked = await checkEverything(root, config);
      assertSomethingChecked(checked, root, config);
      // The suppressions file check applies holds here too: a recorded backlog does not stop the build.
      const { checkSuppressions } = await import('../check-suppressions.js');
      const { result, unused } = await checkSuppressions(checked, { root, configFile, locales: undefined }, {});
      if (unused) process.stderr.write(unused);
      process.stdout.write(await formatReport(result, 'text', color, program.version() ?? '0.0.0'));
      if (result.summary.errors > 0) {
        process.stdout.write('Not built: fix the errors above first (l10n check shows them again).\n');
        process.exitCode = 1;
        return;
      }
      const { buildSite } = await import('../../build/write-site.js');
      const summary = await buildSite(root, config);
      for (const d of [...summary.errors, ...summary.warnings]) process.stderr.write(`${diagnosticLine(d)}\n`);
      if (!summary.written) {
        process.stdout.write(`Not built: ${summary.errors.length} error(s) in the articles or bundles.\n`);
        process.exitCode = 1;
        return;
      }
      const out = relative(process.cwd(), summary.outDir) || '.';
      process.stdout.write(
        `Built ${summary.pages} pages into ${out}/ (${summary.rendered} rendered, ${summary.reused} unchanged, and the root page).\n`,
      );
      process.stdout.write(`Open ${out}/index.html, or preview it with: npm run -s l10n -- serve\n`);
    });
}
