import { renderMessage } from './vocabulary.mjs';

/**
 * One locale's bundle as an ordered tree ({o: [[name, node]]} objects, {s: text} leaves), built from
 * the namespace entries, and its serialisation as 2-space JSON that records the line of every
 * node a defect marked, so defects.json can point at real lines.
 */

const ORDINAL_EN = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const categoriesCache = new Map();

/** CLDR plural categories of a locale, computed by Intl (never hard-coded), in i18next's order. */
export function pluralCategories(locale, ordinal) {
  const id = `${locale}#${ordinal}`;
  let categories = categoriesCache.get(id);
  if (!categories) {
    const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
    const found = new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
    categories = order.filter((c) => found.includes(c));
    categoriesCache.set(id, categories);
  }
  return categories;
}

function objectAt(root, path, objects) {
  let node = root;
  let id = '';
  for (const segment of path) {
    id += `.${segment}`;
    let child = objects.get(id);
    if (!child) {
      node.o.push([segment, (child = { o: [] })]);
      objects.set(id, child);
    }
    node = child;
  }
  return node;
}

/** Builds the clean bundle of a locale from the namespace entries. */
export function buildTree(entries, locale) {
  const root = { o: [] };
  const objects = new Map();
  for (const entry of entries) {
    const parent = objectAt(root, entry.path, objects);
    const leaf = (name, tokens, mark) => parent.o.push([name, { s: renderMessage(tokens, mark, locale) }]);
    if (entry.kind === 'plain') leaf(entry.name, entry.tokens, entry.mark);
    else if (entry.kind === 'context') {
      leaf(entry.name, entry.tokens, entry.mark);
      leaf(`${entry.name}_male`, ['he', ...entry.tokens], entry.mark);
      leaf(`${entry.name}_female`, ['she', ...entry.tokens], entry.mark);
    } else if (entry.kind === 'plural') {
      for (const c of pluralCategories(locale, false))
        leaf(`${entry.name}_${c}`, [{ raw: '{{count}}' }, ...entry.tokens, ...(c === 'one' ? [] : ['items'])], entry.mark);
    } else {
      for (const c of pluralCategories(locale, true)) {
        const count = locale === 'en' ? `{{count}}${ORDINAL_EN[c]}` : '{{count}}.';
        leaf(`${entry.name}_ordinal_${c}`, [{ raw: count }, ...entry.tokens], entry.mark);
      }
    }
  }
  return root;
}

/** Finds a node by its path and leaf name: [parent object, index in it] or undefined. */
export function findNode(root, path, name) {
  let node = root;
  for (const segment of path) {
    node = node.o.find(([n]) => n === segment)?.[1];
    if (!node?.o) return undefined;
  }
  const index = node.o.findIndex(([n]) => n === name);
  return index < 0 ? undefined : [node, index];
}

/** Serialises a tree as JSON text (and counts its leaves in `root.leaves`); the defect records in a node's `marks` get its line. */
export function serialize(root) {
  const out = ['{\n'];
  let line = 2;
  for (const record of root.marks ?? []) record.line = 1;
  const emit = (node, pad) => {
    const last = node.o.length - 1;
    node.o.forEach(([name, child], i) => {
      for (const record of child.marks ?? []) record.line = line;
      const comma = i < last || (node === root && root.trailingComma) ? ',' : '';
      if (child.o) {
        out.push(`${pad}${JSON.stringify(name)}: {\n`);
        line++;
        emit(child, `${pad}  `);
        out.push(`${pad}}${comma}\n`);
      } else {
        root.leaves = (root.leaves ?? 0) + 1;
        out.push(`${pad}${JSON.stringify(name)}: ${JSON.stringify(child.s)}${comma}\n`);
      }
      if (comma && i === last) root.trailingComma.line = line;
      line++;
    });
  };
  emit(root, '  ');
  out.push('}\n');
  return out.join('');
}
