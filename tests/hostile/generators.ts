import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGET = 'locales/es-AR/ui.json';

/** A nested i18next tree of `count` keys in groups of a thousand, each value made by `text`. */
function groupedKeys(count: number, text: (i: number) => string): Record<string, Record<string, string>> {
  const tree: Record<string, Record<string, string>> = {};
  for (let i = 0; i < count; i++) (tree[`group${Math.floor(i / 1000)}`] ??= {})[`key${i}`] = text(i);
  return tree;
}

/**
 * Inputs made at test time in the sandbox's project: too big to commit (50 MB, 10 MB), or things
 * git cannot hold (an unreadable file, a symlink loop, a folder named like a bundle).
 */
export const generators = {
  /** 10,000 nested objects in the es-AR bundle. */
  'deep-nesting': (root: string): void => {
    writeFileSync(join(root, TARGET), `${'{"a":'.repeat(10_000)}"hondo"${'}'.repeat(10_000)}\n`);
  },
  /** A 50 MB es-AR namespace (200,000 keys) beside its 6 MB en source. */
  'huge-bundle': (root: string): void => {
    const filler = 'texto de relleno para llegar a los cincuenta megas '.repeat(5);
    writeFileSync(
      join(root, 'locales/en/big.json'),
      JSON.stringify(
        groupedKeys(200_000, (i) => `Entry ${i}`),
        null,
        2,
      ),
    );
    writeFileSync(
      join(root, 'locales/es-AR/big.json'),
      JSON.stringify(
        groupedKeys(200_000, (i) => `Entrada ${i}: ${filler}`),
        null,
        2,
      ),
    );
  },
  /** A 1 MB translation in the es-AR bundle, with markup in it. */
  'huge-string': (root: string): void => {
    const data = JSON.parse(readFileSync(join(root, TARGET), 'utf8')) as { site: { tagline: string } };
    data.site.tagline = `<b>${'Noticias del mundo, desde Buenos Aires. '.repeat(26_000)}</b>`.slice(0, 1 << 20);
    writeFileSync(join(root, TARGET), JSON.stringify(data, null, 2));
  },
  /** A `$t()` whose key is built from 100,000 variables (a 700 KB message) in the es-AR bundle. */
  'many-variables': (root: string): void => {
    const data = JSON.parse(readFileSync(join(root, TARGET), 'utf8')) as Record<string, unknown>;
    data.dynamic = `$t(${Array.from({ length: 100_000 }, (_, i) => `{{v${i}}}`).join('')}Q)`;
    writeFileSync(join(root, TARGET), JSON.stringify(data, null, 2));
  },
  /** A million spaces before the last letter of the es-AR tagline. */
  'space-run': (root: string): void => {
    const data = JSON.parse(readFileSync(join(root, TARGET), 'utf8')) as { site: { tagline: string } };
    data.site.tagline = `${' '.repeat(1_000_000)}a`;
    writeFileSync(join(root, TARGET), JSON.stringify(data, null, 2));
  },
  /** 300,000 `<b>` tags in a row as the es-AR tagline. */
  'tag-run': (root: string): void => {
    const data = JSON.parse(readFileSync(join(root, TARGET), 'utf8')) as { site: { tagline: string } };
    data.site.tagline = '<b>'.repeat(300_000);
    writeFileSync(join(root, TARGET), JSON.stringify(data, null, 2));
  },
  /** 20,000 new keys in the en source, none of them in es-AR yet: sync adds them all. */
  'many-new-keys': (root: string): void => {
    const source = join(root, 'locales/en/ui.json');
    const data = JSON.parse(readFileSync(source, 'utf8')) as Record<string, unknown>;
    for (let i = 0; i < 20_000; i++) data[`key${i}`] = `Value ${i}`;
    writeFileSync(source, JSON.stringify(data, null, 2));
  },
  /** 200,000 `{{` that nothing closes as the es-AR tagline. */
  'open-braces': (root: string): void => {
    const data = JSON.parse(readFileSync(join(root, TARGET), 'utf8')) as { site: { tagline: string } };
    data.site.tagline = '{{'.repeat(200_000);
    writeFileSync(join(root, TARGET), JSON.stringify(data, null, 2));
  },
  /** 100,000 `{{` on one line and a `}}` on the next as the es-AR tagline: no span, since i18next's `.` reads no line break. */
  'braces-across-lines': (root: string): void => {
    const data = JSON.parse(readFileSync(join(root, TARGET), 'utf8')) as { site: { tagline: string } };
    data.site.tagline = `${'{{'.repeat(100_000)}\n}}`;
    writeFileSync(join(root, TARGET), JSON.stringify(data, null, 2));
  },
  /** The es-AR tagline as 20,000 ICU selects nested in each other: deeper than the ICU parser's recursion reaches. */
  'icu-nesting': (root: string): void => {
    const data = JSON.parse(readFileSync(join(root, TARGET), 'utf8')) as { site: { tagline: string } };
    data.site.tagline = `${'{a, select, other {'.repeat(20_000)}x${'}}'.repeat(20_000)}`;
    writeFileSync(join(root, TARGET), JSON.stringify(data, null, 2));
  },
  /** A folder named `extra.json` (holding a real bundle) among the es-AR bundles. */
  'folder-named-like-bundle': (root: string): void => {
    mkdirSync(join(root, 'locales/es-AR/extra.json'));
    writeFileSync(join(root, 'locales/es-AR/extra.json/inner.json'), '{ "hidden": "adentro" }\n');
  },
  /** The es-AR bundle with mode 000. */
  unreadable: (root: string): void => {
    chmodSync(join(root, TARGET), 0o000);
  },
  /** A folder link back to its own locale folder and two bundle links pointing at each other. */
  'symlink-loop': (root: string): void => {
    symlinkSync('../es-AR', join(root, 'locales/es-AR/loop'));
    symlinkSync('b.json', join(root, 'locales/es-AR/a.json'));
    symlinkSync('a.json', join(root, 'locales/es-AR/b.json'));
  },
  /** 4 KB of bytes 0-255 (NUL included) where ingest expects a text dump. */
  'binary-page': (root: string): void => {
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    writeFileSync(join(root, 'content/sources/binary-page.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
  },
  /** A 10 MB text dump for ingest: one English title and 90,000 English lines. */
  'huge-page': (root: string): void => {
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    const line = 'Stocks rose on Tuesday after new data showed inflation slowing for a third month, analysts said in a note to clients.\n';
    writeFileSync(join(root, 'content/sources/huge-page.txt'), `Markets rally as inflation cools\n${line.repeat(90_000)}`);
  },
  /** A text dump of long runs that regular expressions rescanned: punctuation inside a word, unclosed quotes, spaces in a byline, credits never closed; no Spanish line. */
  'long-runs-page': (root: string): void => {
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    const lines = [
      'Markets rally as inflation cools',
      `a${'!'.repeat(200_000)}a`,
      '“'.repeat(200_000),
      `Por Ana${' '.repeat(200_000)}x · 3 de marzo de 2025`,
      `Officials said the corridor would stay open ${'(foto: '.repeat(30_000)}`,
    ];
    writeFileSync(join(root, 'content/sources/long-runs-page.txt'), `${lines.join('\n')}\n`);
  },
  /** An English article of 40,000 `*`, a letter and 40,000 `*` (80 KB). */
  'emphasis-run': (root: string): void => {
    writeFileSync(
      join(root, 'content/en/emphasis-run.md'),
      `---\ntitle: Stars\ndate: 2025-04-23\n---\n${'*'.repeat(40_000)}x${'*'.repeat(40_000)}\n`,
    );
  },
  /** An English article of 200,000 `[` in one paragraph. */
  'bracket-run': (root: string): void => {
    writeFileSync(join(root, 'content/en/bracket-run.md'), `---\ntitle: Brackets\ndate: 2025-04-23\n---\n${'['.repeat(200_000)}\n`);
  },
  /** An HTML page with 2,000 nested `<div>` around its article. */
  'deep-html': (root: string): void => {
    mkdirSync(join(root, 'content/sources'), { recursive: true });
    const article = '<h1>Markets rally as inflation cools</h1><p>Officials said the corridor would stay open.</p>';
    writeFileSync(
      join(root, 'content/sources/deep-html.html'),
      `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(2000)}${article}${'</div>'.repeat(2000)}<p>Suscribite al boletín</p></body></html>\n`,
    );
  },
  /** A 10 MB English article: paragraphs, headings, lists, links and code. */
  'huge-article': (root: string): void => {
    const block = [
      '## A heading in the middle',
      'Officials said the corridor would stay open through the season, with [a link](https://example.org/) and *emphasis*.',
      '- a list item\n- another item',
      '```\nconst code = "inside a fence";\n```',
    ].join('\n\n');
    const body = Array.from({ length: Math.ceil((10 << 20) / (block.length + 2)) }, () => block).join('\n\n');
    writeFileSync(join(root, 'content/en/huge-article.md'), `---\ntitle: A ten megabyte article\ndate: 2025-04-23\n---\n${body}\n`);
  },
  /** The en source bundle is a link to a package.json outside the project (in the sandbox's home). */
  'source-linked-out': (root: string): void => {
    writeFileSync(
      join(root, '../home/package.json'),
      `${JSON.stringify({ name: 'outside', version: '1.0.0', scripts: { test: 'true' } }, null, 2)}\n`,
    );
    rmSync(join(root, 'locales/en/ui.json'));
    symlinkSync('../../../home/package.json', join(root, 'locales/en/ui.json'));
  },
  /** A namespace in both locales that is a link to a credentials file outside the project. */
  'secret-linked-in': (root: string): void => {
    mkdirSync(join(root, '../home/.docker'));
    writeFileSync(join(root, '../home/.docker/config.json'), '{ "auths": { "registry.example": { "auth": "c2VjcmV0LXRva2Vu" } } }\n');
    symlinkSync('../../../home/.docker/config.json', join(root, 'locales/en/registry.json'));
    symlinkSync('../../../home/.docker/config.json', join(root, 'locales/es-AR/registry.json'));
  },
  /** The es-AR articles folder is a link to a folder outside the project. */
  'content-folder-linked-out': (root: string): void => {
    mkdirSync(join(root, '../home/private-articles'));
    writeFileSync(
      join(root, '../home/private-articles/grain-corridor.md'),
      '---\ntitle: Borrador privado\nsource: grain-corridor\n---\nTexto que nadie debe publicar: c2VjcmV0LWFydGljbGU.\n',
    );
    rmSync(join(root, 'content/es-AR'), { recursive: true });
    symlinkSync('../../home/private-articles', join(root, 'content/es-AR'));
  },
  /** The es-AR bundle is a link to a file inside the project: read and written through, the link kept. */
  'linked-inside': (root: string): void => {
    mkdirSync(join(root, 'shared'));
    renameSync(join(root, 'locales/es-AR/ui.json'), join(root, 'shared/ui.es-AR.json'));
    symlinkSync('../../shared/ui.es-AR.json', join(root, 'locales/es-AR/ui.json'));
  },
  /**
   * Markup in a locale folder, a namespace and a key (names Windows cannot check out): the
   * status page must show them as text.
   */
  'markup-names': (root: string): void => {
    const namespace = '<b onmouseover=alert(2)>ns.json';
    const locale = join(root, 'locales', '"><img src=x onerror=alert(1)>');
    mkdirSync(locale);
    writeFileSync(join(root, 'locales/en', namespace), '{\n  "<script>alert(1)</script>": "Hello & <b>bye</b>",\n  "plain": "Plain"\n}\n');
    writeFileSync(join(locale, namespace), '{\n  "plain": "Llano"\n}\n');
  },
};
