import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../../src/build/markdown.js';
import { MAX_BRACKETS_PER_PARAGRAPH, MAX_CONTAINER_DEPTH, MAX_DELIMITER_RUN, markdownLimit } from '../../src/content/markdown-limits.js';

describe('markdownLimit', () => {
  it('lets through what stays within each limit, and the renderer takes it', () => {
    const within = [
      `${'> '.repeat(MAX_CONTAINER_DEPTH)}quoted`,
      `${'- '.repeat(MAX_CONTAINER_DEPTH - 1)}1. listed`,
      `a ${'*'.repeat(MAX_DELIMITER_RUN)}b${'*'.repeat(MAX_DELIMITER_RUN)}`,
      '*'.repeat(500),
      '_ '.repeat(500),
      `${'['.repeat(MAX_BRACKETS_PER_PARAGRAPH)}\n\n${'['.repeat(MAX_BRACKETS_PER_PARAGRAPH)}`,
    ];
    for (const body of within) {
      expect(markdownLimit(body), body.slice(0, 40)).toBeUndefined();
      expect(markdownToHast(body).type).toBe('root');
    }
  });

  it('stops at the marker, the run or the bracket past the limit', () => {
    expect(markdownLimit(`text\n${'>'.repeat(1500)} x`)?.offset).toBe(5 + MAX_CONTAINER_DEPTH);
    expect(markdownLimit(`${'1. '.repeat(MAX_CONTAINER_DEPTH + 1)}x`)?.offset).toBe(3 * MAX_CONTAINER_DEPTH);
    expect(markdownLimit(`ab ${'_'.repeat(MAX_DELIMITER_RUN + 1)}x`)).toEqual({
      offset: 3,
      message: expect.stringContaining(`a run of ${MAX_DELIMITER_RUN + 1} "_"`),
    });
    expect(markdownLimit(`${'['.repeat(600)}\n${'['.repeat(600)}`)?.offset).toBe(601 + 400);
  });

  it('scans a two-megabyte body of the worst shapes in one pass', () => {
    expect(markdownLimit(`${'*'.repeat(1 << 20)} ${'*'.repeat(1 << 20)}`)).toBeUndefined();
    expect(markdownLimit('- x\n'.repeat(500_000))).toBeUndefined();
  });
});
