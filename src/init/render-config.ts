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
  | 'defaultNamespace'
  | 'fallbacks'
  | 'keySeparator'
  | 'nsSeparator'
  | 'pluralSeparator'
  | 'contextSeparator'
  | 'returnEmptyString'
  | 'load'
  | 'lowerCaseLng'
  | 'interpolation'
  | 'messageFormat'
  | 'rules'
>;

/** A value init writes: a string, a boolean, or a list or object of such values (a rule's `['error', { formatters: [...] }]`). */
type Literal = string | boolean | readonly Literal[] | { readonly [key: string]: Literal };

/** A field's value: a string, a boolean, a list of literals (`bundles` with a locale's entry), or an object of literals (`interpolation`, `fallbacks`, `rules`). */
type FieldValue = string | boolean | readonly Literal[] | Readonly<Record<string, Literal>>;

const WIDTH = 100;

/** An object key as written in JavaScript: bare where it is an identifier (`fr`, `default`), else quoted (`"pt-BR"`). */
const propertyName = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));

/** A value as a JavaScript literal: JSON's quoting is valid JavaScript whatever a folder is named. */
function literal(value: Literal): string {
  if (Array.isArray(value)) return `[${(value as readonly Literal[]).map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${propertyName(key)}: ${literal(item)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

function field(name: string, value: FieldValue): string {
  if (typeof value !== 'object') return `  ${name}: ${value === false ? 'false' : literal(value)},`;
  if (!Array.isArray(value)) {
    const properties = Object.entries(value).map(([key, text]) => `${propertyName(key)}: ${literal(text)}`);
    const line = `  ${name}: { ${properties.join(', ')} },`;
    // Too long for a line (readest's fallbacks): a property per line, as a person would write it.
    return line.length <= WIDTH ? line : [`  ${name}: {`, ...properties.map((property) => `    ${property},`), '  },'].join('\n');
  }
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
