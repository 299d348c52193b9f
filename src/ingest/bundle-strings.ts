import { parse, type ParseError } from 'jsonc-parser';

/**
 * The string values of a bundle by flat key (`comments.title`), so ingest can reuse the key that
 * already holds a string. Undefined when the text is not a JSON object (ingest then refuses to edit it).
 */
export function bundleStrings(text: string | undefined, keySeparator: string | false): Map<string, string> | undefined {
  const strings = new Map<string, string>();
  if (text === undefined) return strings;
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const visit = (value: unknown, prefix: string): void => {
    if (typeof value === 'string') strings.set(prefix, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, prefix === '' ? key : `${prefix}${keySeparator === false ? '' : keySeparator}${key}`);
    }
  };
  visit(data, '');
  return strings;
}
