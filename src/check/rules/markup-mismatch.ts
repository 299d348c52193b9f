import { messageParts } from '../../bundles/message-parts.js';
import { comparableTargets } from '../absent-keys.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

/** Tags (`<b>`, `<1>` for Trans components) a translation adds, drops or leaves unbalanced. */
export const markupMismatch: Rule = {
  id: 'markup-mismatch',
  defaultSeverity: 'error',
  description: 'A translation has other tags than its source (<b>, <1>…</1>, <br/>): a Trans component or the page renders them wrong. Order may change; the set may not.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "terms": "Read the <1>terms</1>"\n}\n',
      'locales/es/ui.json': '{\n  "terms": "Leé los <1>términos"\n}\n',
    },
    expect: ['locales/es/ui.json:2:3 markup-mismatch'],
  },
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "terms": "Read the <1>terms</1>"\n}\n',
      'locales/es/ui.json': '{\n  "terms": "Leé los <1>términos</1>"\n}\n',
    },
  },
  check(context, report) {
    for (const [, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      for (const pair of context.pairs(bundle)) {
        if (!pair.value.includes('<') && !pair.sourceValue.includes('<')) continue;
        const theirs = messageParts(pair.sourceValue).tags;
        const ours = messageParts(pair.value).tags;
        if (theirs.join('') === ours.join('')) continue;
        const missing = theirs.filter((t, i) => theirs.indexOf(t) === i && theirs.filter((x) => x === t).length > ours.filter((x) => x === t).length);
        const added = ours.filter((t, i) => ours.indexOf(t) === i && ours.filter((x) => x === t).length > theirs.filter((x) => x === t).length);
        const parts = [missing.length ? `lacks ${missing.join(' ')}` : '', added.length ? `adds ${added.join(' ')}` : ''].filter(Boolean).join(' and ');
        report({ target: inBundle(bundle), anchor: { kind: 'key', key: pair.key }, key: pair.key, message: `markup differs from the ${context.sourceLocale} source: ${parts}` });
      }
    }
  },
};
