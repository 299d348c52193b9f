/** A progress line that redraws itself; shown only on a terminal and only for many pages. */
export interface ProgressReporter {
  update(done: number, total: number): void;
  done(): void;
}

/** Below this many pages a build is too quick for a progress line to help. */
export const PROGRESS_THRESHOLD = 200;

/**
 * Progress on stderr when it is a TTY and the caller is not quiet; otherwise nothing, so
 * CI logs and pipes get no carriage-return noise.
 */
export function progressReporter(stream: NodeJS.WriteStream, enabled: boolean): ProgressReporter {
  const active = enabled && stream.isTTY === true;
  let shown = false;
  let lastPercent = -1;
  return {
    update(done, total) {
      if (!active || total < PROGRESS_THRESHOLD) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      shown = true;
      stream.write(`\rrendering pages ${done}/${total} (${percent}%)`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
