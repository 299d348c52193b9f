import { locate, type Bundle } from '../project/bundle.js';
import type { NamespaceContext } from '../project/namespace-context.js';

/** Where a translator goes to work on one entry: a bundle file and a 1-based line. */
export interface EntryPlace {
  file: string;
  line: number;
}

/** The line of `key` in `bundle`, or of its deepest existing ancestor object; undefined when neither is there. */
function lineOf(bundle: Bundle, key: string, keySeparator: string | false): number | undefined {
  if (!bundle.data) return undefined;
  const locator = locate(bundle, keySeparator);
  const paths = [key];
  if (keySeparator !== false)
    for (let at = key.lastIndexOf(keySeparator); at > 0; at = key.lastIndexOf(keySeparator, at - 1)) paths.push(key.slice(0, at));
  paths.push('');
  for (const path of paths) {
    const span = locator.span(path);
    if (span) return locator.lines.position(path === '' ? span.valueStart : span.keyStart).line;
  }
  return undefined;
}

/**
 * The place of an entry a locale still has to do, as check points at it: the key in the
 * locale's file, or for a key it lacks the object that should hold it. When the locale has no
 * file yet the link goes to the source text (`sourceKey` in the source file), which exists.
 */
export function entryPlace(context: NamespaceContext, locale: string, key: string, sourceKey: string): EntryPlace {
  const target = context.files.find((file) => file.locale === locale);
  if (target) return { file: target.file, line: lineOf(target, key, context.keySeparator) ?? 1 };
  const source = context.source;
  if (source) return { file: source.file, line: lineOf(source, sourceKey, context.keySeparator) ?? 1 };
  return { file: context.pathOf(locale), line: 1 };
}
