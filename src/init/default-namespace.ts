// The namespace an app's i18next reads a key without one in, as i18next 26's init settles it from the setup's options.
import { namespaceName } from '../config/schema.js';
import { NEXT_CONFIG } from './setup-options.js';
import { optionValue, stringList, type SetupScripts } from './setup-values.js';

/** l10n's `defaultNamespace` when the config names none, and i18next's `defaultNS`. */
export const I18NEXT_DEFAULT_NAMESPACE = 'translation';

/** What a setup makes i18next's default namespace, and why; `namespace` is undefined where l10n cannot follow it. */
export interface DefaultNamespace {
  namespace?: string;
  file: string;
  /** Why, as init says it. */
  why: string;
}

const names = (option: string): RegExp => new RegExp(`\\b${option}["']?\\s*(?::|=(?![=>])|[,}\\n])`);

/**
 * The default namespace of the first setup that says one, as i18next 26 reads its options: a
 * `defaultNS` string; a list's first (i18next looks a key up in each of the list in turn, l10n in
 * the first alone); without `defaultNS`, an `ns` string, or a list's first where it lacks
 * `translation`, but in a next-i18next config, whose default is `common`. `defaultNS: false`, `''`
 * or `[]` (no key without a namespace resolves), a name no file could have (`'../x'`) and a value
 * init cannot read are said, never guessed.
 */
export function findDefaultNamespace(files: readonly string[], texts: ReadonlyMap<string, string>): DefaultNamespace | undefined {
  const scripts: SetupScripts = { files, texts };
  for (const file of files) {
    const text = texts.get(file) ?? '';
    const value = optionValue(file, 'defaultNS', scripts);
    const list = typeof value === 'string' ? [value] : stringList(value);
    const [first, ...more] = value === '' ? [] : (list ?? []);
    if (first !== undefined && !namespaceName.safeParse(first).success)
      return {
        file,
        why: `${file} sets defaultNS to ${JSON.stringify(first)}, which is no namespace l10n can name a file by: defaultNamespace keeps l10n's default, ${I18NEXT_DEFAULT_NAMESPACE}`,
      };
    if (first !== undefined)
      return {
        namespace: first,
        file,
        why:
          more.length > 0
            ? `${file} sets defaultNS to ${JSON.stringify(list)}: i18next looks a key without a namespace up in each in turn, l10n in ${first} alone`
            : `${file} sets defaultNS to it`,
      };
    if (value === false || value === '' || list !== undefined)
      return {
        file,
        why: `${file} sets defaultNS to ${JSON.stringify(value)}: i18next then finds no key without a namespace, which l10n cannot say; defaultNamespace keeps l10n's default, ${I18NEXT_DEFAULT_NAMESPACE}`,
      };
    if (names('defaultNS').test(text))
      return {
        file,
        why: `${file} sets defaultNS to a value init cannot read (computed or from elsewhere): defaultNamespace keeps l10n's default, ${I18NEXT_DEFAULT_NAMESPACE}; set it to the app's default namespace if that differs`,
      };
    // next-i18next gives i18next its own defaultNS before i18next could take one from ns.
    if (NEXT_CONFIG.test(file))
      return {
        namespace: 'common',
        file,
        why: `${file} is next-i18next's config, which names no defaultNS: next-i18next then gives i18next common`,
      };
    const ns = optionValue(file, 'ns', scripts);
    if (typeof ns === 'string' && namespaceName.safeParse(ns).success)
      return { namespace: ns, file, why: `${file} sets ns to it and no defaultNS, so i18next takes it as the default` };
    const [firstNs] = stringList(ns) ?? [];
    if (firstNs !== undefined && namespaceName.safeParse(firstNs).success && !(ns as string[]).includes(I18NEXT_DEFAULT_NAMESPACE))
      return {
        namespace: firstNs,
        file,
        why: `${file} sets ns to ${JSON.stringify(ns)} and no defaultNS, so i18next takes the first as the default (without ${I18NEXT_DEFAULT_NAMESPACE} in the list)`,
      };
  }
  return undefined;
}
