import { z } from '../config/zod.js';
import type { ArticleSection } from './article-sections.js';

/** The lockfile's name, beside the articles in the content folder. */
export const CONTENT_LOCK_FILE = 'l10n-lock.json';

const sectionSchema = z.object({ heading: z.string(), text: z.string(), blocks: z.array(z.string()) });

const lockSchema = z.object({
  version: z.literal(1),
  /** By translation path: the source it follows, its hash and its sections when it was translated. */
  articles: z._default(z.record(z.string(), z.object({ source: z.string(), sourceHash: z.string(), sections: z.array(sectionSchema) })), {}),
  /** By target bundle path: the source text of each key when it was marked translated. */
  bundles: z._default(z.record(z.string(), z.record(z.string(), z.string())), {}),
  /** By target bundle path: the text sync copied into a plural form from another form of the file, until a translator changes or marks it. */
  filled: z._default(z.record(z.string(), z.record(z.string(), z.string())), {}),
});

/** What the project keeps of its sources at translation time, so staleness needs no git history. */
export type ContentLock = z.output<typeof lockSchema>;
/** The snapshot of one translated article. */
export type ArticleSnapshot = ContentLock['articles'][string];

/** A lock with nothing recorded yet. */
export const emptyLock = (): ContentLock => ({ version: 1, articles: {}, bundles: {}, filled: {} });

/**
 * The bundle snapshots with every key the file holds: zod's record leaves out a key `__proto__`,
 * which is a key like any other in a bundle. Entries are defined from the parsed JSON, where it is
 * an own property, keeping only strings as the schema does.
 */
function withEveryKey(bundles: ContentLock['bundles'], raw: Record<string, Record<string, unknown>>): ContentLock['bundles'] {
  const entries = (file: string): [string, string][] => Object.entries(Object.hasOwn(raw, file) ? (raw[file] ?? {}) : {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return Object.fromEntries(Object.keys(bundles).map((file) => [file, Object.fromEntries(entries(file))]));
}

/** Parses the lockfile text; a broken lock is reported with the reason and treated as empty. */
export function parseContentLock(text: string): { lock: ContentLock; error?: string } {
  try {
    const raw = JSON.parse(text) as { bundles?: Record<string, Record<string, unknown>> };
    const result = lockSchema.safeParse(raw);
    if (result.success) return { lock: { ...result.data, bundles: withEveryKey(result.data.bundles, raw.bundles ?? {}) } };
    return { lock: emptyLock(), error: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  } catch (error) {
    return { lock: emptyLock(), error: (error as Error).message };
  }
}

/** The lockfile text: keys sorted so a change shows as a small diff in review. */
export function serialiseContentLock(lock: ContentLock): string {
  const sorted = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const filled = Object.keys(lock.filled).length > 0 ? { filled: sorted(lock.filled) } : {};
  return `${JSON.stringify({ version: 1, articles: sorted(lock.articles), bundles: sorted(lock.bundles), ...filled }, null, 2)}\n`;
}

/** The snapshot of a source's sections, as the lock keeps it. */
export function snapshotSections(sections: readonly ArticleSection[]): ArticleSnapshot['sections'] {
  return sections.map((s) => ({ heading: s.heading, text: s.text, blocks: s.blocks }));
}
