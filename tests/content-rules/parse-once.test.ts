import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContentProject } from '../../src/check/content-rules/load-content-check.js';
import { runContentCheck } from '../../src/check/content-rules/run-content-check.js';
import type { ContentRule } from '../../src/check/content-rules/content-rule.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { markdownTree } from '../../src/content/markdown-tree.js';

// Counts every parse: markdownTree is the one place the content code parses markdown.
vi.mock('../../src/content/markdown-tree.js', async (original) => {
  const real = await original<typeof import('../../src/content/markdown-tree.js')>();
  return { ...real, markdownTree: vi.fn(real.markdownTree) };
});

let root: string;
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.mocked(markdownTree).mockClear();
});

// More articles than a small cache holds (a real docs site has thousands), in three locales.
const PAGES = 150;
function writeSite(): void {
  root = mkdtempSync(join(tmpdir(), 'l10n-parse-once-'));
  for (const [locale, word] of [
    ['en', 'Setup'],
    ['es', 'Instalar'],
    ['fr', 'Installer'],
  ] as const) {
    mkdirSync(join(root, 'content', locale), { recursive: true });
    for (let i = 0; i < PAGES; i++) {
      const body = `import { Card } from './card';\n\n## ${word} ${i}\n\nSee [the guide](/${locale}/guide/#${word.toLowerCase()}-${i}).\n\n<Card>\n  - one\n  - two\n</Card>\n\n\`\`\`sh\nnpm i ${i}\n\`\`\`\n`;
      writeFileSync(join(root, 'content', locale, `page-${i}.mdx`), `---\ntitle: ${word} ${i}\n---\n\n${body}`);
    }
  }
}

describe('a check of many articles', () => {
  it('parses the markdown of each article once, however many rules read its structure', () => {
    writeSite();
    const config = parseConfig({ locales: ['en', 'es', 'fr'] });
    const findings = runContentCheck(loadContentProject(root, config, ['en', 'es', 'fr']));
    expect(findings.filter((d) => d.ruleId === 'structure-parity')).toEqual([]);
    expect(findings.filter((d) => d.ruleId === 'front-matter').length).toBe(2 * PAGES);
    expect(vi.mocked(markdownTree).mock.calls.length).toBe(3 * PAGES);
  });

  it('compares only the translations of the locales asked for', () => {
    writeSite();
    const config = parseConfig({ locales: ['en', 'es', 'fr'] });
    const seen = new Set<string>();
    const probe: ContentRule = {
      id: 'structure-parity',
      defaultSeverity: 'warning',
      description: 'records the locales it is given',
      docs: { checks: '', why: '', passes: '' },
      examples: { invalid: [], valid: [] },
      check: (context) => context.translations.forEach((p) => seen.add(p.translation.locale)),
    };
    runContentCheck(loadContentProject(root, config, ['en', 'es', 'fr']), { locales: ['es'], rules: [probe] });
    expect([...seen]).toEqual(['es']);
  });
});
