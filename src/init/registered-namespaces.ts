// Which namespace an app's i18next setup registers each bundle file it imports under, read as text, never run.
import { jsonImports, NAME } from './registered-codes.js';
import { escapeName } from './script-text.js';
import { optionValue, type SetupScripts } from './setup-values.js';

/** A bundle file a setup imports and hands i18next as a namespace (`services: convert(enServices)`). */
export interface NamespacedBundle {
  /** The file, relative to the root (`client/src/__locales-services/en.json`). */
  file: string;
  /** The namespace its strings are registered as in `resources` (`services`). */
  namespace: string;
  /** The setup that registers it. */
  setup: string;
}

/** The namespaces a setup names: its `ns` (a name or a list) and its `defaultNS`. */
function namedNamespaces(setup: string, scripts: SetupScripts): string[] {
  const names: string[] = [];
  for (const option of ['ns', 'defaultNS']) {
    const value = optionValue(setup, option, scripts);
    for (const name of [value].flat()) if (typeof name === 'string' && /^[\w$-]+$/.test(name)) names.push(name);
  }
  return [...new Set(names)];
}

/**
 * The bundle files the setups import and register under a namespace the setup names in `ns` or
 * `defaultNS`, as AdGuardHome's `ar: { translation: ar, services: convertServicesFormat(arServices) }`
 * for `import ar from './__locales/ar.json'` and `ns: ['translation', 'services']`: i18next reads
 * the file as that namespace, whatever its folder is called. Only a property named so whose value
 * is a name bound to a JSON file's import, or a call on one, is read; a file registered as two
 * namespaces is left out, since init cannot tell which one l10n should read it as.
 */
export function registeredNamespaces(setups: readonly string[], texts: ReadonlyMap<string, string>): NamespacedBundle[] {
  const scripts = { files: setups, texts };
  const found = new Map<string, NamespacedBundle | undefined>();
  for (const setup of setups) {
    const text = texts.get(setup) ?? '';
    const imports = jsonImports(setup, text);
    if (imports.size === 0) continue;
    for (const namespace of namedNamespaces(setup, scripts)) {
      const key = `(?:\\b${escapeName(namespace)}\\b|(["'])${escapeName(namespace)}\\1)`;
      const property = new RegExp(`${key}\\s*:\\s*(?:${NAME}(?:\\.${NAME})*\\s*\\(\\s*)?(${NAME})\\s*[,)}\\n]`, 'g');
      for (const match of text.matchAll(property)) {
        const file = imports.get(match[2] ?? '');
        if (file === undefined) continue;
        const known = found.get(file);
        found.set(file, found.has(file) && known?.namespace !== namespace ? undefined : { file, namespace, setup });
      }
    }
  }
  return [...found.values()].filter((bundle) => bundle !== undefined);
}
