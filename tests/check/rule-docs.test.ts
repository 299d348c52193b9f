import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleDocPage, replaceBetweenMarkers } from '../../src/check/rule-docs.js';
import { ruleDocFiles } from '../../src/check/rule-docs-files.js';
import type { RuleMeta } from '../../src/check/rule-meta.js';
import { untranslated } from '../../src/check/rules/untranslated.js';

// The docs pages and the README's rule tables are generated from the rules by
// scripts/write-rule-docs.mjs (npm run docs:rules) through ruleDocFiles: the committed files must
// be what it writes now, so a rule changed without its docs fails here.
const generated = ruleDocFiles(readFileSync('README.md', 'utf8'));

describe("the committed rule docs are the rules' own", () => {
  it.each([...generated.keys()])('%s is up to date (run npm run docs:rules)', (path) => {
    expect(readFileSync(path, 'utf8')).toBe(generated.get(path));
  });

  it('docs/rules/ holds a page per rule and nothing else', () => {
    expect(
      readdirSync('docs/rules')
        .map((name) => `docs/rules/${name}`)
        .sort(),
    ).toEqual([...generated.keys()].filter((p) => p.startsWith('docs/rules/')).sort());
  });
});

describe('a rule docs page', () => {
  it('lists each option with the default its schema gives', () => {
    expect(ruleDocPage(untranslated, 'bundles')).toContain('| `allow` | `[]` | Values that may stay as in the source (brand names). |');
  });

  it('fences an example that holds a code block with a longer fence', () => {
    const rule: RuleMeta = {
      ...untranslated,
      examples: { invalid: [], valid: [{ name: 'code', files: { 'content/en/a.md': '```js\nrun()\n```\n' } }] },
    };
    expect(ruleDocPage(rule, 'articles')).toContain('````markdown\n```js\nrun()\n```\n````');
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces only what stands between the markers', () => {
    expect(replaceBetweenMarkers('a\n<!-- t:start -->\nold\n<!-- t:end -->\nb', 't', 'new')).toBe(
      'a\n<!-- t:start -->\nnew\n<!-- t:end -->\nb',
    );
  });

  it('refuses a text without the markers rather than drop the table', () => {
    expect(() => replaceBetweenMarkers('no markers here', 't', 'new')).toThrow('<!-- t:start -->');
  });
});
