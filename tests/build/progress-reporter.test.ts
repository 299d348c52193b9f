import { describe, expect, it } from 'vitest';
import { PROGRESS_THRESHOLD, progressReporter } from '../../src/cli/progress-reporter.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream, written };
}

describe('progressReporter', () => {
  it('redraws one line per percent on a terminal and clears it at the end', () => {
    const { stream, written } = fakeStream(true);
    const progress = progressReporter(stream, true);
    for (let done = 1; done <= 400; done++) progress.update(done, 400);
    progress.done();
    expect(written).toHaveLength(102);
    expect(written.slice(0, 2)).toEqual(['\rrendering pages 1/400 (0%)', '\rrendering pages 4/400 (1%)']);
    expect(written.at(-2)).toBe('\rrendering pages 400/400 (100%)');
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('prints nothing when quiet, when not a terminal, or for a small site', () => {
    for (const [isTTY, enabled, total] of [
      [true, false, 400],
      [false, true, 400],
      [true, true, PROGRESS_THRESHOLD - 1],
    ] as const) {
      const { stream, written } = fakeStream(isTTY);
      const progress = progressReporter(stream, enabled);
      for (let done = 1; done <= total; done++) progress.update(done, total);
      progress.done();
      expect(written).toEqual([]);
    }
  });
});
