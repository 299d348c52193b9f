/**
 * Scores one ingest report against a page's truth file (tests/fixtures/ingest/unseen-NAME/truth.json):
 * the title, every body block present and in page order, the Spanish UI strings that became bundle
 * strings or front matter, and the teasers and tags that wrongly entered the bundle (must be 0).
 * Pure, so the bench row and the test score the same way.
 */
const BODY = new Set(['heading', 'paragraph', 'quote', 'caption']);

/** The score of one page; `frontMatter` is the article's front matter as read from its file. */
export function scoreIngestPage(report, truth, frontMatter) {
  const body = report.segments.filter((segment) => BODY.has(segment.role)).map((segment) => segment.text);
  let from = 0;
  let bodyFound = 0;
  let inOrder = true;
  for (const text of truth.body) {
    const at = body.indexOf(text);
    if (at < 0) continue;
    bodyFound += 1;
    if (at < from) inOrder = false;
    from = at;
  }
  const kept = (text) =>
    report.segments.some((segment) => segment.text === text && segment.file !== null && (segment.role === 'ui' || segment.key !== null));
  const uiMissed = truth.ui.filter((text) => !kept(text));
  const others = new Set([...truth.teasers, ...truth.tags]);
  const leaked = report.segments.filter((segment) => others.has(segment.text) && segment.role === 'ui').map((segment) => segment.text);
  const intoBody = report.segments.filter((segment) => others.has(segment.text) && BODY.has(segment.role)).map((segment) => segment.text);
  const factsMissed = Object.entries(truth.frontMatter)
    .filter(([field, value]) => String(frontMatter[field] ?? '') !== value)
    .map(([field]) => field);
  return {
    title: report.title === truth.title,
    body: { found: bodyFound, total: truth.body.length, inOrder, extra: body.length - bodyFound },
    ui: { found: truth.ui.length - uiMissed.length, total: truth.ui.length, missed: uiMissed },
    leaked,
    intoBody,
    facts: {
      found: Object.keys(truth.frontMatter).length - factsMissed.length,
      total: Object.keys(truth.frontMatter).length,
      missed: factsMissed,
    },
  };
}

/** The scores of several pages added up, for one table row. */
export function sumIngestScores(scores) {
  const sum = (pick) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    pages: scores.length,
    titles: sum((score) => (score.title ? 1 : 0)),
    body: {
      found: sum((score) => score.body.found),
      total: sum((score) => score.body.total),
      inOrder: scores.every((score) => score.body.inOrder),
      extra: sum((score) => score.body.extra),
    },
    ui: { found: sum((score) => score.ui.found), total: sum((score) => score.ui.total) },
    leaked: sum((score) => score.leaked.length),
    intoBody: sum((score) => score.intoBody.length),
    facts: { found: sum((score) => score.facts.found), total: sum((score) => score.facts.total) },
  };
}
