import { parseJson, type ParsedJson } from '../json/parse-json.js';

const parsedByTexts = new WeakMap<ReadonlyMap<string, string>, Map<string, ParsedJson | undefined>>();

/**
 * A JSON file of init's sample (a bundle, a package.json), parsed (a byte order mark left out), or
 * undefined when its text was not read (too large or unreadable). Parsed once per sample: init's
 * inferences (the bundles' facts, a copied source, shared tree folders, a sparse source; the
 * manifests' i18next, wrapper and i18next-icu) each read the same files.
 */
export function sampleJson(texts: ReadonlyMap<string, string>, path: string): ParsedJson | undefined {
  let parsed = parsedByTexts.get(texts);
  if (!parsed) parsedByTexts.set(texts, (parsed = new Map()));
  if (parsed.has(path)) return parsed.get(path);
  const text = texts.get(path);
  const result = text === undefined ? undefined : parseJson(text.replace(/^\uFEFF/, ''));
  parsed.set(path, result);
  return result;
}
