import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The module text of a transpiled config made to run from another folder (the cache): each
 * relative import (static, re-export, or a dynamic one with a literal specifier) becomes the
 * absolute URL of the file it names beside the config, each bare one what `resolveBare` finds
 * from the config's folder (as written when it finds nothing), and `import.meta` tells the
 * config's own url, filename and dirname. The config then behaves as if it ran where it lies.
 * `resolveBare` is also handed a static import's whole statement, for what it imports.
 */
export async function relocateConfig(
  code: string,
  configUrl: string,
  resolveBare: (specifier: string, statement: string | undefined) => string | undefined,
): Promise<string> {
  // Most configs import nothing at run time (type imports are gone): spare them the lexer (about 40 ms).
  if (!/\bimport\b|\bfrom\s*['"]/.test(code)) return code;
  const { init, parse } = await import('es-module-lexer');
  await init;
  const [imports] = parse(code);
  const path = fileURLToPath(configUrl);
  const meta = `({ url: ${JSON.stringify(configUrl)}, filename: ${JSON.stringify(path)}, dirname: ${JSON.stringify(dirname(path))} })`;
  let out = '';
  let at = 0;
  for (const item of imports) {
    let replacement: string | undefined;
    if (item.type === 'import-meta') replacement = meta;
    else if (item.specifier !== undefined && !(item.type === 'dynamic' && item.glob)) {
      const spec = item.specifier;
      const target = /^\.{0,2}\//.test(spec)
        ? new URL(spec, configUrl).href
        : /^[a-z][a-z0-9+.-]*:/i.test(spec)
          ? undefined
          : resolveBare(spec, item.type === 'static' ? code.slice(item.importStart, item.importEnd) : undefined);
      if (target !== undefined)
        replacement = item.type === 'dynamic' ? JSON.stringify(target) : JSON.stringify(target).slice(1, -1).replaceAll("'", "\\'");
    }
    if (replacement === undefined) continue;
    out += code.slice(at, item.start) + replacement;
    at = item.end;
  }
  return out + code.slice(at);
}
