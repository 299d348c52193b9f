import { createRequire } from 'node:module';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { capReason, leftOutText, type ReportView } from './report-view.js';
import { groupedCount } from './grouped-count.js';
import { LEVEL, resultJson } from './sarif-result.js';

// node:zlib is loaded for a SARIF report only, not at the start of every check.
const require = createRequire(import.meta.url);

/** What SARIF needs to know of a rule. */
export interface SarifRule {
  id: string;
  description: string;
  defaultSeverity: Diagnostic['severity'];
}

/**
 * Code scanning's limits (https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 * and .../file-too-large): at most 25,000 results a run (of which it shows the 5,000 most severe),
 * and an upload of at most 10 MB gzipped; `bytes` keeps a margin under the latter.
 */
export const SARIF_LIMITS = { results: 25_000, bytes: 9_500_000 };

/**
 * Results are measured in batches of this many characters, each compressed on its own (deflate,
 * fastest level): batches compressed apart never come out smaller than the whole file gzipped at
 * once, so their sum bounds what the upload sends. Compressing costs a fraction of what writing
 * the results does, and only the results that are kept are compressed.
 */
const BATCH = 1 << 16;

/**
 * A batch's bytes, gathered result by result for compressing. A batch gathered as one string was
 * a rope of thousands of lines, which V8 flattened before encoding it: that cost more than the
 * compression itself. Each line is encoded here as it comes, and written out as a piece of its own.
 */
class BatchBytes {
  private bytes = Buffer.allocUnsafe(4 * BATCH);
  used = 0;
  chars = 0;

  add(line: string, size: number): void {
    if (this.used + size > this.bytes.length) {
      const larger = Buffer.allocUnsafe(2 * (this.used + size));
      this.bytes.copy(larger, 0, 0, this.used);
      this.bytes = larger;
    }
    this.used += this.bytes.write(line, this.used);
    this.chars += line.length;
  }

  /** The compressed size of the batch, which is then emptied. */
  compressed(): number {
    const size = (require('node:zlib') as typeof import('node:zlib')).deflateRawSync(this.bytes.subarray(0, this.used), {
      level: 1,
    }).length;
    this.used = 0;
    this.chars = 0;
    return size;
  }
}

// Room kept for what follows the results: the invocation's notification and the run's properties.
const TAIL = 4096;

/**
 * SARIF 2.1.0 for GitHub code scanning, one run, one result a line, the most severe first; a
 * missing key's source location is a related location, and what found a result (check, build,
 * ingest, content) is in its property bag as `source`. Past code scanning's limits the most
 * severe results are kept, and the run says what was left out: a notification in its invocation
 * and counts in its property bag.
 */
export function* formatSarif(view: ReportView, rules: readonly SarifRule[], version: string): Generator<string> {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const driver = {
    name: 'l10n',
    version,
    rules: rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    })),
  };
  const head = `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":${JSON.stringify({ driver })},"results":[`;
  yield head;
  // `sent` bounds the compressed size of what was written; the batch being gathered counts in full.
  let sent = Buffer.byteLength(head) + TAIL;
  const batch = new BatchBytes();
  const limit = Math.min(view.listed, SARIF_LIMITS.results);
  const left = { error: 0, warning: 0, info: 0 };
  let shown = 0;
  let full = false;
  for (let i = 0; i < view.order.length; i++) {
    const d = view.diagnostics[view.order[i] as number] as Diagnostic;
    if (!full && shown < limit) {
      const line = `${shown > 0 ? ',' : ''}\n${resultJson(d, index)}`;
      const size = Buffer.byteLength(line);
      if (sent + batch.used + size > SARIF_LIMITS.bytes) full = true;
      else {
        shown++;
        batch.add(line, size);
        yield line;
        if (batch.chars >= BATCH) sent += batch.compressed();
        continue;
      }
    }
    left[d.severity]++;
  }
  const why = full
    ? `to keep the file under code scanning's 10 MB gzipped upload`
    : capReason(view, SARIF_LIMITS.results, `by code scanning's limit of ${groupedCount(SARIF_LIMITS.results)} results a run`);
  const note = leftOutText(view, shown, why);
  const invocation = {
    executionSuccessful: true,
    ...(note ? { toolExecutionNotifications: [{ level: 'warning', message: { text: note } }] } : {}),
  };
  const properties = {
    results: view.order.length,
    listed: shown,
    leftOut: { errors: left.error, warnings: left.warning, infos: left.info },
    suppressed: view.tally.suppressed,
  };
  yield `\n],"invocations":[${JSON.stringify(invocation)}],"properties":${JSON.stringify(properties)}}]}\n`;
}
