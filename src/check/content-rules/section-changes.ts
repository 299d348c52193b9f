import { diffArrays } from 'diff';
import type { ArticleSection } from '../../content/article-sections.js';
import type { ArticleSnapshot } from '../../content/content-lock.js';

/** One section whose source text changed since the translation: what it said then and says now. */
export interface SectionChange {
  heading: string;
  /** Line of the section in the current source (the title line when the section was removed). */
  line: number;
  /** The blocks that changed, as they were and as they are ('' when none). */
  before: string;
  after: string;
}

const occurrences = (headings: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return headings.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${h}\u0000${n}`;
  });
};

/**
 * The sections that differ between a snapshot and the current source, matched by heading (and
 * its occurrence), each reduced to the blocks that changed so a long section shows only the
 * paragraph that moved.
 */
export function sectionChanges(then: ArticleSnapshot['sections'], now: readonly ArticleSection[]): SectionChange[] {
  const oldIds = occurrences(then.map((s) => s.heading));
  const newIds = occurrences(now.map((s) => s.heading));
  const old = new Map(then.map((s, i) => [oldIds[i] as string, s]));
  const current = new Map(now.map((s, i) => [newIds[i] as string, s]));
  const changes: SectionChange[] = [];
  for (const id of [...newIds, ...oldIds.filter((id) => !current.has(id))]) {
    const was = old.get(id);
    const is = current.get(id);
    if (was && is && was.text === is.text) continue;
    const parts = diffArrays(was?.blocks ?? [], is?.blocks ?? []);
    const before = parts
      .filter((p) => p.removed)
      .flatMap((p) => p.value)
      .join('\n\n');
    const after = parts
      .filter((p) => p.added)
      .flatMap((p) => p.value)
      .join('\n\n');
    changes.push({
      heading: (is ?? was)?.heading ?? '',
      line: is?.line ?? 1,
      before: before || (was && !is ? was.text : ''),
      after: after || (is && !was ? is.text : ''),
    });
  }
  return changes;
}
