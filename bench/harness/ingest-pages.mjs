import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { scoreIngestPage, sumIngestScores } from './ingest-truth.mjs';
import { median, runOnce } from './measure.mjs';

/**
 * `l10n ingest` on pages it was not tuned on: every tests/fixtures/ingest/<case>/ with a
 * truth.json, each ingested alone into a fresh copy of the project's config and bundles, scored
 * against its truth, then ingested again to check that nothing changes (byte for byte).
 */
export function ingestUnseenPages(bin, repoRoot) {
  const fixtures = join(repoRoot, 'tests', 'fixtures', 'ingest');
  const cases = readdirSync(fixtures)
    .filter((name) => readdirSync(join(fixtures, name)).includes('truth.json'))
    .sort();
  const scores = [];
  const seconds = [];
  const rss = [];
  const failures = [];
  let identical = 0;
  for (const name of cases) {
    const root = mkdtempSync(join(tmpdir(), 'l10n-bench-unseen-'));
    try {
      cpSync(join(repoRoot, 'locales'), join(root, 'locales'), { recursive: true });
      cpSync(join(repoRoot, 'l10n.config.ts'), join(root, 'l10n.config.ts'));
      const page = readdirSync(join(fixtures, name)).find((file) => file.startsWith('page.'));
      cpSync(join(fixtures, name, page), join(root, 'pages', page));
      const run = () =>
        runOnce(process.execPath, [bin, 'ingest', '--root', root, '--format', 'json', join(root, 'pages', page)], { cwd: root });
      const first = run();
      if (first.status !== 0) {
        failures.push(`${name}: exit ${first.status} ${first.stderr.split('\n')[0]}`);
        continue;
      }
      seconds.push(first.seconds);
      if (first.rss !== null) rss.push(first.rss);
      const report = JSON.parse(first.stdout);
      const article = join(root, 'content', 'en', `${report.slug}.md`);
      const snapshot = () =>
        [
          readFileSync(article, 'utf8'),
          ...readdirSync(join(root, 'locales')).map((locale) => readFileSync(join(root, 'locales', locale, 'ui.json'), 'utf8')),
        ].join('\0');
      const before = snapshot();
      const truth = JSON.parse(readFileSync(join(fixtures, name, 'truth.json'), 'utf8'));
      scores.push(scoreIngestPage(report, truth, matter(readFileSync(article, 'utf8')).data));
      if (run().status === 0 && snapshot() === before) identical += 1;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const spread = seconds.length > 0 ? Math.max(...seconds) - Math.min(...seconds) : null;
  return {
    cases: cases.length,
    sum: sumIngestScores(scores),
    identical,
    failures,
    median: seconds.length > 0 ? median(seconds) : null,
    spread,
    rss: rss.length > 0 ? median(rss) : null,
  };
}

/** The table row of the unseen pages: UI strings as recall, teasers and tags in the bundle as false alarms. */
export function unseenPagesRow(result) {
  const { sum } = result;
  const share = sum.ui.total > 0 ? ((100 * sum.ui.found) / sum.ui.total).toFixed(1) : '0.0';
  const notes = [
    `titles ${sum.titles}/${result.cases}`,
    `body ${sum.body.found}/${sum.body.total}${sum.body.inOrder ? ' in order' : ' OUT OF ORDER'}${sum.body.extra ? `, ${sum.body.extra} extra` : ''}`,
    `UI strings ${sum.ui.found}/${sum.ui.total} (${share}%, target 98%)`,
    `teasers/tags as UI ${sum.leaked} (target 0)${sum.intoBody ? `, ${sum.intoBody} in the body` : ''}`,
    `front matter ${sum.facts.found}/${sum.facts.total}`,
    `re-ingest identical ${result.identical}/${result.cases}`,
    ...result.failures,
  ];
  return {
    tool: 'l10n ingest (unseen pages)',
    size: `${result.cases} pages`,
    median: result.median,
    spread: result.spread,
    rss: result.rss,
    recall: { found: sum.ui.found, total: sum.ui.total, falseAlarms: sum.leaked },
    notes: notes.join('; '),
  };
}
