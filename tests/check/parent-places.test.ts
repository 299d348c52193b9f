import fc from 'fast-check';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { rmSync } from 'node:fs';

// A missing key is placed at the deepest object of the locale that should hold it. The place is
// found once per object and file (a backlog anchors thousands of keys at a few objects), so every
// key of one object must get that object's place, and keys of another object their own.

type Tree = { [name: string]: string | Tree };

const names = fc.constantFrom('a', 'b', 'c', 'd');
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.dictionary(names, fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.constant('Text'), tie('tree')), { minKeys: 1 }),
})).tree;

/** The tree without the leaves `drop` picks (by their order), and without objects left empty. */
function without(source: Tree, drop: (index: number) => boolean, counter = { at: 0 }): Tree {
  const kept: Tree = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === 'string') {
      if (!drop(counter.at++)) kept[name] = value;
      continue;
    }
    const inner = without(value, drop, counter);
    if (Object.keys(inner).length > 0) kept[name] = inner;
  }
  return kept;
}

/** The line and column of the deepest object of `text` on the key's path, read by jsonc-parser. */
function expectedPlace(text: string, path: string[]): string {
  const root = parseTree(text) as Node;
  let at: Node = root;
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node?.type === 'object') {
      at = node;
      break;
    }
  }
  const before = text.slice(0, at.offset);
  return `${before.split('\n').length}:${at.offset - before.lastIndexOf('\n')}`;
}

describe('the place of a missing key', () => {
  it("is the deepest object on its path in the locale's file, for every key of every object", () => {
    fc.assert(
      fc.property(tree, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (source, picks) => {
        const target = without(source, (index) => picks[index % picks.length] === true);
        const text = `${JSON.stringify(target, null, 2)}\n`;
        const root = tempProject({ 'locales/en/ui.json': JSON.stringify(source, null, 2), 'locales/de/ui.json': text });
        try {
          const found = diagnosticsOf(root, {}).filter((d) => d.ruleId === 'missing-key' && d.file === 'locales/de/ui.json');
          expect(found.map((d) => `${d.line}:${d.column} ${d.key}`)).toEqual(
            found.map((d) => `${expectedPlace(text, (d.key as string).split('.'))} ${d.key}`),
          );
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});
