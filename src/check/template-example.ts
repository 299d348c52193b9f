import { TEMPLATE_KEYS } from '../project/template-keys.js';
import type { RuleExample } from './rule-meta.js';

/**
 * A publishing project for the examples of the template-key rules: one English article and an
 * English `ui` bundle. `first` comes first in the bundle (and may hold a template key's own value);
 * the template keys follow, English plural forms for those with a count, less those under `without`
 * (a key or a key prefix such as `nav.`).
 */
export function templateExample(first: Record<string, unknown> = {}, without?: string): RuleExample['files'] {
  const bundle: Record<string, unknown> = structuredClone(first);
  for (const { key, plural } of TEMPLATE_KEYS) {
    if (without !== undefined && (key === without || key.startsWith(without))) continue;
    const path = key.split('.');
    const name = path.pop() as string;
    let object = bundle;
    for (const part of path) object = (object[part] ??= {}) as Record<string, unknown>;
    if (plural) {
      object[`${name}_one`] = `One ${name}`;
      object[`${name}_other`] = `{{count}} ${name}`;
    } else object[name] = `The ${name}`;
  }
  return {
    'locales/en/ui.json': `${JSON.stringify(bundle, null, 2)}\n`,
    'content/en/hello.md': '---\ntitle: Hello\ndate: 2026-01-01\n---\n\nHello.\n',
  };
}
