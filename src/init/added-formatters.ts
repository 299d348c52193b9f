/** Formatters i18next 26 has built in: an app that adds one of these names replaces it, and adds no name. */
const BUILT_IN = new Set(['number', 'currency', 'datetime', 'relativetime', 'list']);

/** `i18next.services.formatter.add('bytes', ...)` or `.addCached(...)`, the name a string literal. */
const ADD = /\bformatter\s*\??\.\s*add(?:Cached)?\s*\(\s*(["'`])([^"'`\\\n]+)\1/g;

/**
 * The formatters the app's setup files add to i18next (`i18next.services.formatter.add('bytes',
 * fn)`, as next-i18next configs do in a `use` module's init), in the order first added, and the
 * first file that adds one: strings may use them (`{{value, bytes}}`), and format-mismatch must
 * know them. Undefined when no setup adds a formatter by a literal name.
 */
export function findAddedFormatters(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
): { file: string; names: string[] } | undefined {
  const names = new Set<string>();
  let first: string | undefined;
  for (const file of files)
    for (const match of (texts.get(file) ?? '').matchAll(ADD)) {
      const name = (match[2] as string).trim();
      if (name === '' || BUILT_IN.has(name.toLowerCase())) continue;
      first ??= file;
      names.add(name);
    }
  return first === undefined ? undefined : { file: first, names: [...names] };
}
