import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { parseArticle } from '../../src/content/parse-article.js';
import { sourceHash } from '../../src/content/source-hash.js';
import { compareDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { WatchedContent } from '../../src/watch/load-watched-content.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const config = parseConfig({ sourceLocale: 'en', locales: ['en', 'es', 'fr'] });
const locales = ['en', 'es', 'fr'];
const enA = '---\ntitle: A\n---\n\n## One\n\nSee [a](https://example.com/a).\n';
const enB = '---\ntitle: B\n---\n\n## Two\n';
const hashOf = (file: string, text: string): string => sourceHash(parseArticle(file, text, 'en', 'a').article!);
const translation = (title: string, source: string, hash: string, body: string): string =>
  `---\ntitle: ${title}\nsource: ${source}\nsourceHash: "${hash}"\n---\n\n${body}\n`;
const files = {
  'content/en/a.md': enA,
  'content/en/b.md': enB,
  'content/es/a.md': translation('Uno', 'content/en/a.md', hashOf('content/en/a.md', enA), '## Uno\n\nMirá [a](https://example.com/a).'),
  'content/es/b.md': translation('Dos', 'content/en/b.md', hashOf('content/en/b.md', enB), '## Dos'),
  'content/fr/a.md': translation('Un', 'content/en/a.md', hashOf('content/en/a.md', enA), '## Un\n\nVoir [a](https://example.com/a).'),
  'content/fr/b.md': translation('Deux', 'content/en/b.md', hashOf('content/en/b.md', enB), '## Deux'),
};
const sorted = (list: readonly Diagnostic[]): Diagnostic[] => [...list].sort(compareDiagnostics);

describe('an article edit re-checks only what it can change', () => {
  const project = tempProjectsPerTest();

  it('re-checks the translations of an edited source, and the sources a translation names before and after', () => {
    const root = project(files);
    const overlay = new Map<string, string>();
    const content = new WatchedContent(root, config, overlay);
    expect(content.check(locales, {})).toEqual([]);
    // es/b.md names en/a.md now: en/b.md loses its es translation (article-missing), es/b.md's slug and structure are compared with en/a.md's.
    overlay.set('content/es/b.md', files['content/es/b.md'].replace('content/en/b.md', 'content/en/a.md'));
    const rules = (list: Diagnostic[]): string[] => list.map((d) => `${d.file} ${d.ruleId}`);
    expect(rules(sorted(content.changed(['content/es/b.md'], locales, {})))).toEqual([
      'content/en/b.md article-missing',
      'content/es/b.md front-matter',
      'content/es/b.md article-stale',
      'content/es/b.md structure-parity',
    ]);
    overlay.delete('content/es/b.md');
    expect(content.changed(['content/es/b.md'], locales, {})).toEqual([]);
    // The source gains a link: both of its translations lack it, and are stale.
    overlay.set('content/en/a.md', `${enA}\nAnd [b](https://example.com/b).\n`);
    expect(rules(sorted(content.changed(['content/en/a.md'], locales, {})))).toEqual([
      'content/es/a.md article-stale',
      'content/es/a.md structure-parity',
      'content/fr/a.md article-stale',
      'content/fr/a.md structure-parity',
    ]);
  });

  /** One edit: a file of the project, and text typed at a place in it or a stretch deleted. */
  const edit = fc.record({
    file: fc.constantFrom(...Object.keys(files)),
    at: fc.nat(),
    change: fc.oneof(
      fc.constantFrom(
        'content/en/b.md',
        'content/en/a.md',
        'b',
        '[x](https://example.com/x)',
        '## H\n',
        '\n',
        '---\n',
        'date: 2024-01-01\n',
        'slug: a\n',
        'x',
      ),
      fc.integer({ min: 1, max: 12 }),
    ),
  });

  it('holds after any sequence of edits what checking every article again gives', () => {
    const root = project(files);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (steps) => {
        const overlay = new Map<string, string>();
        const content = new WatchedContent(root, config, overlay);
        content.check(locales, {});
        for (const { file, at, change } of steps) {
          const before = overlay.get(file) ?? files[file as keyof typeof files];
          const place = at % (before.length + 1);
          overlay.set(
            file,
            typeof change === 'string'
              ? before.slice(0, place) + change + before.slice(place)
              : before.slice(0, place) + before.slice(place + change),
          );
          const held = sorted(content.changed([file], locales, {}));
          expect(held).toEqual(sorted(new WatchedContent(root, config, overlay).check(locales, {})));
        }
      }),
      { numRuns: 60 },
    );
  });
});
