/**
 * Scores a checker's findings against the recorded defects: recall per defect kind and false
 * alarms. A finding is {rule, file, key}; `rule` is null for checkers without rule ids, which are
 * then matched by file and key alone (any finding at the defect's key counts as catching it), except
 * at a key that resolves through a fallback (RESOLVED_KINDS).
 * With `leaf`, the finding names only the key's last segment (eslint-plugin-i18n-json's diffs).
 */

/** Findings of `l10n check --format json`, notes included: a note where nothing was injected is a false alarm too. */
export function l10nFindings(stdout) {
  const report = JSON.parse(stdout);
  return report.diagnostics.map((d) => ({ rule: d.ruleId, file: d.file, key: d.key ?? null }));
}

/**
 * Kinds whose right report is a note that the key resolves, not an error: a key es-AR lacks and es
 * supplies. A finding without a rule id at such a key calls it missing, which is a false alarm.
 */
const RESOLVED_KINDS = new Set(['fallback-resolved']);

const cells = (line) =>
  line
    .split('│')
    .slice(1, -1)
    .map((c) => c.trim());

/**
 * Findings of @lingual/i18n-check from its standard table reporter (it has no JSON output):
 * "missing keys" rows are `│ file │ key │`, "invalid keys" rows come as file/key/msg triples.
 */
export function i18nCheckFindings(stdout) {
  const findings = [];
  let section = '';
  let pending = {};
  for (const line of stdout.split('\n')) {
    if (line.includes('Found missing keys')) section = 'missing';
    else if (line.includes('Found invalid keys')) section = 'invalid';
    if (!line.startsWith('│')) continue;
    const [first, second] = cells(line);
    if (section === 'missing' && first !== 'file') findings.push({ rule: null, file: first, key: second });
    if (section === 'invalid' && first === 'file') pending = { rule: null, file: second };
    if (section === 'invalid' && first === 'key') findings.push({ ...pending, key: second });
  }
  return findings;
}

const sameKey = (found, key) => found === key || (found?.endsWith('...') && key?.startsWith(found.slice(0, -3)));
const keyMatches = (finding, key) => (finding.leaf ? key?.split('.').at(-1) === finding.key : sameKey(finding.key, key));
/** Kinds that are a defect of a whole file, at no key: only a finding with that rule id catches them. */
const FILE_KINDS = new Set(['json-syntax', 'locale-code']);

const matches = (finding, defect) =>
  finding.file === defect.file &&
  (finding.rule === null ? !RESOLVED_KINDS.has(defect.kind) : finding.rule === defect.kind) &&
  (FILE_KINDS.has(defect.kind) ? finding.rule !== null : keyMatches(finding, defect.key));

/** Recall per kind ({found, total}), overall recall, and the findings that match no defect. */
export function score(findings, defects) {
  const byKind = {};
  for (const defect of defects) {
    const entry = (byKind[defect.kind] ??= { found: 0, total: 0 });
    entry.total++;
    if (findings.some((f) => matches(f, defect))) entry.found++;
  }
  const falseAlarms = findings.filter((f) => !defects.some((d) => matches(f, d)));
  const found = Object.values(byKind).reduce((n, k) => n + k.found, 0);
  return { found, total: defects.length, byKind, falseAlarms: falseAlarms.length, falseAlarmSamples: falseAlarms.slice(0, 5) };
}
