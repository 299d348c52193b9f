import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = join(ROOT, 'README.md');

interface MarkdownNode {
  type: string;
  url?: string;
  depth?: number;
  value?: string;
  children?: MarkdownNode[];
}

/** Every node of a markdown file's tree, so links in code blocks and code spans are never taken for links. */
function nodesOf(file: string): MarkdownNode[] {
  const nodes: MarkdownNode[] = [];
  const walk = (node: MarkdownNode): void => {
    nodes.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as MarkdownNode);
  return nodes;
}

/** The targets of a file's links and images that name a file of this repository (no scheme, not only `#anchor`). */
function relativeTargets(file: string): string[] {
  return nodesOf(file)
    .filter((node) => (node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined)
    .map((node) => node.url as string)
    .filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#'))
    .map((url) => decodeURIComponent(url.split('#')[0] as string));
}

const docsFiles = readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(ROOT, 'docs', name));

describe('README', () => {
  it('stays at most 250 lines', () => {
    const lines = readFileSync(README, 'utf8').replace(/\n$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(250);
  });

  it('has a section for every command `l10n --help` lists', () => {
    const help = runCli(['--help'], ROOT);
    expect(help.status).toBe(0);
    const listed = help.stdout.slice(help.stdout.indexOf('Commands:'));
    const commands = [...listed.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1] as string).filter((name) => name !== 'help');
    expect(commands).toContain('check');
    const headings = new Set(
      nodesOf(README)
        .filter((node) => node.type === 'heading')
        .map((node) => (node.children ?? []).map((c) => c.value ?? '').join('')),
    );
    for (const command of commands) expect(headings, `a "### ${command}" section`).toContain(command);
  });
});

describe('relative links', () => {
  it.each([README, ...docsFiles].map((file) => [file.slice(ROOT.length), file]))('resolve to existing files in %s', (_name, file) => {
    const targets = relativeTargets(file);
    const broken = targets.filter((target) => !existsSync(join(dirname(file), target)));
    expect(broken).toEqual([]);
  });

  it('are found in the README', () => {
    expect(relativeTargets(README)).toContain('docs/hostile-input.md');
  });
});
