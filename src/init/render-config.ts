import type { ConfigInput } from '../config/schema.js';

/** The fields init writes, in the order a reader wants them. */
export type InitConfig = Pick<
  ConfigInput,
  | 'bundles'
  | 'localeNames'
  | 'contentDir'
  | 'sourceLocale'
  | 'locales'
  | 'namespaces'
  | 'fallbacks'
  | 'keySeparator'
  | 'nsSeparator'
  | 'pluralSeparator'
  | 'returnEmptyString'
  | 'load'
  | 'interpolation'
  | 'messageFormat'
  | 'rules'
>;

/** An item of a list: a string, or an object of strings (a `bundles` entry of one locale). */
type ListItem = string | Readonly<Record<string, string>>;

/** A field's value: a string, false, a list, or an object of strings, booleans or lists (`interpolation`, `fallbacks`). */
type FieldValue = string | false | readonly ListItem[] | Readonly<Record<string, string | boolean | readonly string[]>>;

const WIDTH = 100;

/** A string, boolean, list or list item as a JavaScript literal: JSON's quoting is valid JavaScript whatever a folder is named. */
const literal = (value: ListItem | boolean | readonly string[]): string =>
  Array.isArray(value)
    ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
    : typeof value === 'object'
      ? `{ ${Object.entries(value)
          .map(([key, text]) => `${propertyName(key)}: ${JSON.stringify(text)}`)
          .join(', ')} }`
      : JSON.stringify(value);

/** An object key as written in JavaScript: bare where it is an identifier (`fr`, `default`), else quoted (`"pt-BR"`). */
const propertyName = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));

function field(name: string, value: FieldValue): string {
  if (typeof value !== 'object') return `  ${name}: ${value === false ? 'false' : literal(value)},`;
  if (!Array.isArray(value))
    return `  ${name}: { ${Object.entries(value)
      .map(([key, text]) => `${propertyName(key)}: ${literal(text)}`)
      .join(', ')} },`;
  const items = value.map(literal);
  const line = `  ${name}: [${items.join(', ')}],`;
  if (line.length <= WIDTH) return line;
  const rows: string[] = [];
  for (const item of items) {
    const last = rows.at(-1);
    if (last !== undefined && last.length + item.length + 2 <= WIDTH - 4) rows[rows.length - 1] = `${last} ${item},`;
    else rows.push(`${item},`);
  }
  return [`  ${name}: [`, ...rows.map((row) => `    ${row}`), '  ],'].join('\n');
}

/**
 * The text of `l10n.config.ts` for a config init inferred: typed through `defineConfig`, so an
 * editor completes and checks it once l10n is a dev dependency.
 */
export function renderConfig(config: InitConfig): string {
  const lines = Object.entries(config).flatMap(([name, value]) => (value === undefined ? [] : [field(name, value as FieldValue)]));
  return [
    "import { defineConfig } from 'l10n';",
    '',
    '// Written by `l10n init`. A field not named here keeps its default (README, "Configuration").',
    'export default defineConfig({',
    ...lines,
    '});',
    '',
  ].join('\n');
}
