import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The n-th key of every namespace, as the findings name it (`section3.key3`). */
export const backlogKey = (n) => `section${n % 7}.key${n}`;

/** The folder of a locale spelled otherwise than i18next looks it up: each of its files is one finding about a file. */
export const MISNAMED_FOLDER = 'pt-br';

function treeOf(shape, locale, lacksHalf) {
  const tree = {};
  for (let n = 0; n < shape.keysPerNamespace; n++) {
    if (lacksHalf && n % 2 === 1) continue;
    const [section, key] = backlogKey(n).split('.');
    (tree[section] ??= {})[key] = locale === 'en' ? `Text {{name}} number ${n}` : `Texto {{name}} número ${n} (${locale})`;
  }
  // Plural forms: en needs one and other; es, fr and it need many too. The translations have only one.
  const plural = locale === 'en' ? { item_one: 'one item', item_other: '{{count}} items' } : { item_one: 'un elemento' };
  return { ...tree, ...plural, dup: locale === 'en' ? 'source' : 'uno' };
}

/** A bundle's text; a translation repeats its last key twice more: two duplicate-key findings about one key. */
function bundleText(tree, translated) {
  const text = JSON.stringify(tree, null, 2);
  return translated ? `${text.slice(0, -2)},\n  "dup": "dos",\n  "dup": "tres"\n}\n` : `${text}\n`;
}

/**
 * Writes a project with a translation backlog into `root`: `en` complete; every translation
 * short of plural forms for `item` and with `dup` written three times; the first half of them
 * missing every other key; and a MISNAMED_FOLDER, whose findings are about a file, not a key.
 */
export function writeBacklogProject(root, shape) {
  const write = (folder, namespace, text) => {
    mkdirSync(join(root, 'locales', folder), { recursive: true });
    writeFileSync(join(root, 'locales', folder, `${namespace}.json`), text);
  };
  for (const namespace of shape.namespaces) {
    write('en', namespace, bundleText(treeOf(shape, 'en', false), false));
    shape.locales.forEach((locale, index) =>
      write(locale, namespace, bundleText(treeOf(shape, locale, index < shape.locales.length / 2), true)),
    );
    write(MISNAMED_FOLDER, namespace, bundleText(treeOf(shape, 'pt', false), true));
  }
  writeFileSync(join(root, 'l10n.config.json'), `${JSON.stringify({ sourceLocale: 'en' }, null, 2)}\n`);
}
