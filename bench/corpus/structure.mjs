import { WORDS } from './vocabulary.mjs';

/**
 * The key structure of one namespace, shared by every locale: entries nested 1-4 deep, of five
 * kinds (plain text, cardinal plural, ordinal plural, context, and plain with placeholders,
 * tags or `$t()` references). Messages are tokens so each locale can render its own text.
 */

const SECTIONS = 'main nav form dialog table card menu panel footer header banner toast'.split(' ');
const VARIABLES = ['{{name}}', '{{date, datetime}}', '{{- html}}'];

const camel = (a, b) => a + b[0].toUpperCase() + b.slice(1);

function words(random, min, max) {
  const list = [];
  for (let i = random.int(min, max); i > 0; i--) list.push(random.pick(WORDS));
  return list;
}

function finalMark(random) {
  const r = random.next();
  return r < 0.4 ? '.' : r < 0.75 ? '' : r < 0.87 ? '?' : r < 0.93 ? ':' : '!';
}

/** Plain tokens, sometimes with a variable, a tag or a reference to an earlier key or to a shared namespace's key. */
function plainMessage(random, refs, shared, features) {
  const tokens = words(random, 2, 7);
  const at = () => random.int(1, tokens.length - 1);
  const roll = random.next();
  if (roll < 0.15) {
    const variable = random.pick(VARIABLES);
    features.add(variable === '{{name}}' ? 'name' : variable === '{{date, datetime}}' ? 'date' : 'variable');
    tokens.splice(at(), 0, { raw: variable });
  } else if (roll < 0.25) {
    features.add('tag');
    tokens.splice(at(), 0, { tag: random.pick(['b', '1', 'strong']), words: words(random, 1, 3) });
  } else if (roll < 0.3 && refs.plain.length > 0) {
    features.add('ref');
    tokens.push({ raw: `$t(${random.pick(refs.plain)})`, ref: true });
  } else if (roll < 0.33 && refs.plural.length > 0) {
    features.add('ref');
    tokens.push({ raw: `$t(${random.pick(refs.plural)}, {"count": 3})`, ref: true });
  } else if (roll < 0.36 && shared && shared.targets.length > 0) {
    features.add('ref');
    const target = random.pick(shared.targets);
    target.referenced = true;
    tokens.push({ raw: `$t(${shared.namespace}:${target.key})`, ref: true });
  }
  return tokens;
}

/**
 * Generates a namespace's entries until the source locale has `messages` leaf values.
 * Referenced keys are remembered so that defects never break a key another key relies on.
 * With `shared` ({namespace, entries} of a namespace generated before), some messages also
 * reference its plain keys as `$t(ns:key)`, and those entries are marked referenced.
 */
export function namespaceEntries(random, messages, shared) {
  const targets = shared && {
    namespace: shared.namespace,
    targets: shared.entries.filter((e) => e.kind === 'plain' && e.features.size === 0),
  };
  const entries = [];
  const refs = { plain: [], plural: [] };
  const referenced = new Set();
  let count = 0;
  for (let i = 0; count < messages; i++) {
    const depth = random.int(1, 4);
    const path = [];
    for (let d = 1; d < depth; d++) path.push(d === 1 ? random.pick(SECTIONS) : random.pick(WORDS.slice(0, 24 + d * 8)));
    const name = `${camel(random.pick(WORDS), random.pick(WORDS))}${i}`;
    const key = [...path, name].join('.');
    const roll = random.next();
    const features = new Set();
    let entry;
    if (roll < 0.08 && count + 4 <= messages) {
      entry = { kind: 'ordinal', tokens: words(random, 1, 2), mark: '' };
    } else if (roll < 0.2 && count + 2 <= messages) {
      entry = { kind: 'plural', tokens: words(random, 1, 4), mark: random.pick(['', '.']) };
      refs.plural.push(key);
    } else if (roll < 0.25 && count + 3 <= messages) {
      entry = { kind: 'context', tokens: [...words(random, 1, 3), { raw: '{{name}}' }], mark: '.' };
    } else {
      const tokens = plainMessage(random, refs, targets, features);
      if (features.size === 0 && random.chance(0.3)) refs.plain.push(key);
      entry = { kind: 'plain', tokens, mark: finalMark(random) };
    }
    for (const token of entry.tokens) if (token.ref) referenced.add(token.raw.slice(3).split(/[,)]/)[0]);
    Object.assign(entry, { path, name, key, features });
    count += entry.kind === 'ordinal' ? 4 : entry.kind === 'plural' ? 2 : entry.kind === 'context' ? 3 : 1;
    entries.push(entry);
  }
  const siblings = new Map();
  for (const entry of entries) siblings.set(entry.path.join('.'), (siblings.get(entry.path.join('.')) ?? 0) + 1);
  for (const entry of entries)
    Object.assign(entry, { referenced: referenced.has(entry.key), siblings: siblings.get(entry.path.join('.')) });
  return entries;
}
