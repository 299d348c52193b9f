import { keptNesting } from '../nesting-analysis.js';
import type { Rule } from '../rule.js';

/** `$t()` references that resolve nowhere, or that loop back on themselves. */
export const nesting: Rule = {
  id: 'nesting',
  defaultSeverity: 'error',
  description:
    'A $t(key) reference that no locale of the chain resolves, read as i18next 26 reads it: with the count, ordinal, context and ns its options pass, unless they give a defaultValue (the page shows the raw key); options that are not JSON; a key built from variables that fits no key; one that names an object of keys (i18next shows "returned an object instead of string"); a $t( without its closing ")" (shown as written); references that form a cycle (i18next then shows nothing); or references that expand to more than 1000 lookups (each level repeating the next), which the build refuses (nothing is built).',
  docs: {
    checks:
      '`$t(key)` that resolves nowhere in the chain, read as i18next 26 splits it (formatters after the key, `$t(b , {...})` looks up `"b "`, quotes stay part of the key), with the count, ordinal, context and `ns` its options pass, unless they give a `defaultValue`; options that are not JSON; a key built from `{{variables}}` that fits no key; a `$t(` without its `)`; one that names an object of keys; a `$t()` cycle; references that expand to more than 1,000 lookups (`"b0": "$t(b1)$t(b1)"` twenty levels down), which the build refuses to render; all in the project\'s nesting syntax (`interpolation.nestingPrefix`, `nestingSuffix`, `nestingOptionsSeparator`: `[[key| {"count": 2}]]`)',
    why: 'i18next shows the raw key in place of a reference it cannot resolve, and a cycle leaves a `$t()` unexpanded, so readers see markup-like text instead of words.',
    passes:
      'A `$t()` that resolves in the locale or its fallbacks, in this namespace or the one it names; one whose options give a `defaultValue`; `$t(` where the project nests with its own `nestingPrefix` (i18next reads it as text there).',
  },
  examples: {
    invalid: [
      {
        name: 'An unresolved reference and a cycle',
        files: { 'locales/en/ui.json': '{\n  "intro": "See $t(legal.terms)",\n  "a": "$t(b)",\n  "b": "$t(a)"\n}\n' },
        expect: [
          'locales/en/ui.json:2:3 error $t(legal.terms) does not resolve in en or its fallbacks; the page would show the raw key [nesting]',
          'locales/en/ui.json:3:3 error $t() cycle: a -> b -> a [nesting]',
        ],
      },
      {
        name: 'A `$t(` without its `)`',
        files: {
          'locales/en/ui.json': '{\n  "a": "See $t(b",\n  "b": "B"\n}\n',
        },
        expect: [
          'locales/en/ui.json:2:3 error "$t(b" is no $t() i18next can read (no closing ")"): the page shows it as written [nesting]',
        ],
      },
      {
        name: 'Options that are not JSON',
        files: {
          'locales/en/ui.json': '{\n  "a": "$t(b, {count: 2})",\n  "b": "B"\n}\n',
        },
        expect: [
          'locales/en/ui.json:2:3 error $t(b,{count: 2}): i18next cannot read the options {count: 2} as JSON, so it looks the key up with them glued on and the page shows the raw key [nesting]',
        ],
      },
    ],
    valid: [
      {
        name: "Nestings in the project's own delimiters, where `$t(` is text",
        files: { 'locales/en/ui.json': '{\n  "intro": "See [[terms]], not $t(terms)",\n  "terms": "the terms"\n}\n' },
        config: { interpolation: { nestingPrefix: '[[', nestingSuffix: ']]' } },
      },
      {
        name: 'A reference that resolves',
        files: { 'locales/en/ui.json': '{\n  "intro": "See $t(legal.terms)",\n  "legal": { "terms": "the terms" }\n}\n' },
      },
      {
        name: 'A reference with a defaultValue',
        files: {
          'locales/en/ui.json': '{\n  "a": "See $t(gone, {\\"defaultValue\\": \\"the terms\\"})"\n}\n',
        },
      },
      {
        name: 'A reference to another namespace',
        files: {
          'locales/en/ui.json': '{\n  "intro": "Welcome to $t(common:site)"\n}\n',
          'locales/en/common.json': '{\n  "site": "Acme"\n}\n',
        },
      },
    ],
  },
  claims: [
    { says: 'the page shows the raw key', locale: 'en', key: 'intro', shows: 'See legal.terms' },
    {
      says: 'i18next shows "returned an object instead of string"',
      files: { 'locales/en/ui.json': '{ "intro": "See $t(legal)", "legal": { "terms": "the terms" } }' },
      locale: 'en',
      key: 'intro',
      shows: "See key 'legal (en)' returned an object instead of string.",
    },
    {
      says: 'shown as written',
      files: { 'locales/en/ui.json': '{ "open": "See $t(b", "b": "B" }' },
      locale: 'en',
      key: 'open',
      shows: 'See $t(b',
    },
    { says: 'i18next then shows nothing', locale: 'en', key: 'a', shows: '' },
  ],
  readsOtherNamespaces: true,
  readsFallbacks: true,
  check(context, report) {
    // i18next-icu nests nothing: `$t(` is text there.
    if (context.config.messageFormat === 'icu') return;
    for (const bundle of context.checkedFiles) {
      if (!bundle.data || bundle.nestings.length === 0) continue;
      const { findings, requirements } = keptNesting(bundle, context);
      for (const finding of findings) report(finding);
      for (const requirement of requirements) context.requireKey(requirement);
    }
  },
};
