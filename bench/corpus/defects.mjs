import { renderMessage } from './vocabulary.mjs';

/**
 * The defects injected into a generated project: planned on the shared key structure, then applied
 * to one locale's tree at a time. Each defect is recorded as {kind, file, locale, namespace, key,
 * line}; the line is filled in when the file is serialised.
 */

const plainAndQuiet = (e) => e.kind === 'plain' && !e.referenced && e.features.size === 0;
const hasFeature = (feature) => (e) => e.kind === 'plain' && !e.referenced && e.features.has(feature);

/** Every defect kind: which entries and locales it may hit, and how it breaks a tree. */
export const DEFECT_KINDS = {
  'duplicate-key': { entries: plainAndQuiet },
  // Never the only key of its object: an emptied object is a second, different defect.
  'missing-key': { entries: (e) => plainAndQuiet(e) && e.siblings > 1, locales: (l) => l !== 'es-AR' },
  // A key es-AR lacks and es supplies: i18next resolves it, so the right report is a note, not an error.
  // Its es key is kept clean (`reserve`), or the key would really be missing from the language.
  'fallback-resolved': { entries: (e) => plainAndQuiet(e) && e.siblings > 1, locales: (l) => l === 'es-AR', reserve: 'es' },
  'extra-key': { entries: plainAndQuiet, key: (e) => `${e.key}Legacy` },
  'empty-value': { entries: plainAndQuiet },
  'plural-forms': { entries: (e) => e.kind === 'plural', locales: (l) => l === 'es' || l === 'ru' },
  'interpolation-mismatch': { entries: hasFeature('name') },
  nesting: { entries: hasFeature('ref') },
  'markup-mismatch': { entries: hasFeature('tag') },
  'type-mismatch': { entries: plainAndQuiet },
  'key-collision': { entries: (e) => plainAndQuiet(e) && e.path.length > 0 },
  untranslated: { entries: (e) => plainAndQuiet(e) && e.mark !== '?' && e.mark !== '!' },
  'whitespace-parity': { entries: plainAndQuiet },
  'punctuation-parity': { entries: (e) => plainAndQuiet(e) && e.mark === '?', locales: (l) => l === 'es' || l === 'es-AR' },
  // Last, so adding it left every other kind where it was.
  'format-mismatch': { entries: hasFeature('date') },
};

const missingForm = (locale) => (locale === 'es' ? 'many' : 'few');

/**
 * Chooses `perKind` defects of every kind (one broken file for json-syntax) across the target
 * locales and namespaces, never two on one key of one file and none in the broken file.
 */
export function planDefects(random, { locales, namespaces, entries, perKind }) {
  const targets = locales.filter((l) => l !== 'en');
  // Never es: es-AR falls back to it, and Spanish-only kinds need its files.
  const brokenLocale = random.pick(targets.filter((l) => l !== 'es'));
  const brokenNamespace = random.pick(namespaces);
  const plans = [{ kind: 'json-syntax', locale: brokenLocale, namespace: brokenNamespace, key: null }];
  const used = new Set();
  for (const [kind, rule] of Object.entries(DEFECT_KINDS)) {
    const eligibleLocales = targets.filter((l) => !rule.locales || rule.locales(l));
    const offset = random.int(0, eligibleLocales.length - 1);
    for (let n = 0, tries = 0; n < perKind && tries < 10000; tries++) {
      const locale = eligibleLocales[(offset + n) % eligibleLocales.length];
      const namespace = random.pick(namespaces);
      if (locale === brokenLocale && namespace === brokenNamespace) continue;
      const entry = random.pick(entries.get(namespace));
      const id = `${locale}|${namespace}|${entry.key}`;
      const reserved = rule.reserve && `${rule.reserve}|${namespace}|${entry.key}`;
      if (!rule.entries(entry) || used.has(id) || (reserved && used.has(reserved))) continue;
      used.add(id);
      if (reserved) used.add(reserved);
      const key = kind === 'plural-forms' ? `${entry.key}_${missingForm(locale)}` : rule.key ? rule.key(entry) : entry.key;
      plans.push({ kind, locale, namespace, key, entry });
      n++;
    }
  }
  return plans;
}

function mark(node, record) {
  (node.marks ??= []).push(record);
}

function insertAfter(parent, index, name, node, record) {
  parent.o.splice(index + 1, 0, [name, node]);
  mark(node, record);
}

/** How each kind breaks a leaf: `at` is {root, parent, index, name, node, entry, locale, record}. */
const BREAK = {
  'duplicate-key': (at) => insertAfter(at.parent, at.index, at.name, { s: at.node.s }, at.record),
  'missing-key': (at) => (at.parent.o.splice(at.index, 1), mark(at.parent, at.record)),
  'fallback-resolved': (at) => (at.parent.o.splice(at.index, 1), mark(at.parent, at.record)),
  'extra-key': (at) => insertAfter(at.parent, at.index, `${at.name}Legacy`, { s: at.node.s }, at.record),
  'empty-value': (at) => (at.node.s = ''),
  'plural-forms': (at) =>
    at.parent.o.splice(
      at.parent.o.findIndex(([n]) => n === `${at.entry.name}_${missingForm(at.locale)}`),
      1,
    ),
  'interpolation-mismatch': (at) => (at.node.s = at.node.s.replace('{{name}}', '{{nombre}}')),
  nesting: (at) => (at.node.s = at.node.s.replace(/\$t\(([^,)]+)/, '$t($1Gone')),
  'markup-mismatch': (at) => (at.node.s = at.node.s.replace(/<\/[^>]+>/, '')),
  'type-mismatch': (at) => (at.parent.o[at.index] = [at.name, { o: [['text', { s: at.node.s }]] }]),
  'key-collision': (at) => (at.root.o.push([at.entry.key, { s: at.node.s }]), mark(at.root.o.at(-1)[1], at.record)),
  untranslated: (at) => (at.node.s = renderMessage(at.entry.tokens, at.entry.mark, 'en')),
  'whitespace-parity': (at) => (at.node.s += ' '),
  'punctuation-parity': (at) => (at.node.s = at.node.s.replace(/^¿/, '')),
  'format-mismatch': (at) => (at.node.s = at.node.s.replace('{{date, datetime}}', '{{date}}')),
};

/** Kinds whose record points at a node they add or at the parent, not at the broken leaf. */
const MARKS_ITSELF = new Set(['duplicate-key', 'missing-key', 'fallback-resolved', 'extra-key', 'key-collision']);

/** Applies the planned defects of one file to its tree; returns their records (lines set later). */
export function applyDefects(root, plans, locale, findNode) {
  return plans.map((plan) => {
    const { kind, entry } = plan;
    const record = { kind, file: `locales/${locale}/${plan.namespace}.json`, locale, namespace: plan.namespace, key: plan.key, line: 0 };
    if (kind === 'json-syntax') {
      root.trailingComma = record;
      return record;
    }
    const name = kind === 'plural-forms' ? `${entry.name}_one` : entry.name;
    const [parent, index] = findNode(root, entry.path, name);
    BREAK[kind]({ root, parent, index, name, node: parent.o[index][1], entry, locale, record });
    if (!MARKS_ITSELF.has(kind)) mark(parent.o[index][1], record);
    return record;
  });
}
