// The values an i18next setup gives its options, read from the text with acorn's expression parser, never run.
import { parseExpressionAt, type Expression, type Node } from 'acorn';
import { findInitCalls } from './init-calls.js';
import { importedName, resolveModule } from './script-imports.js';
import { escapeName, valueEnd } from './script-text.js';

/** A value as a setup writes it: a string or boolean, or a list or object of such values. */
export type SetupValue = string | boolean | SetupValue[] | { [key: string]: SetupValue };

/** A value that is a list of strings only (`['en', 'de']`), as such; undefined for any other. */
export const stringList = (value: SetupValue | undefined): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

/** The setup files init read, by path, their comments blanked out; `texts` holds the modules they import too. */
export interface SetupScripts {
  files: readonly string[];
  texts: ReadonlyMap<string, string>;
}

/** How many names deep a value is followed (`fallbackLng: fallbacks`, `const fallbacks = base`). */
const MAX_DEPTH = 4;

/**
 * The expression at `at`, up to the next top-level comma (a property's value ends there, and acorn
 * reads `value, next` as one sequence); undefined where acorn reads none (TypeScript's own syntax).
 */
function expressionAt(text: string, at: number): Expression | undefined {
  const parse = (upTo: string): Expression | undefined => {
    try {
      const node = parseExpressionAt(upTo, at, { ecmaVersion: 'latest', sourceType: 'module' });
      return node.type === 'SequenceExpression' ? node.expressions[0] : node;
    } catch {
      return undefined;
    }
  };
  // The last property before a trailing comma (`defaultNS: 'common',\n}`) reads only up to its comma.
  return parse(text) ?? parse(text.slice(0, valueEnd(text, at)));
}

/** Where the value of `const name = ...` starts in a text (a type annotation passed over), if it declares one. */
function constAt(text: string, name: string): number | undefined {
  const match = new RegExp(`(?:^|[^\\w$.])const\\s+${escapeName(name)}\\s*(?::[^=;]*)?=(?![=>])\\s*`).exec(text);
  return match ? match.index + match[0].length : undefined;
}

/**
 * The setup file that exports the const `name` a file imports (`import { supportedLanguages } from
 * '@app/i18n/languages'`): one whose name is the import's last segment (`languages.ts`, or
 * `languages/index.ts`). Paths are not resolved: aliases (`@app/`) are the bundler's.
 */
function importedFrom(file: string, name: string, scripts: SetupScripts): string | undefined {
  const text = scripts.texts.get(file) ?? '';
  const specifier = new RegExp(`\\bimport\\s*(?:type\\s+)?\\{[^}]*\\b${escapeName(name)}\\b[^}]*\\}\\s*from\\s*["']([^"']+)["']`).exec(
    text,
  )?.[1];
  if (specifier === undefined) return undefined;
  const last = specifier.replace(/\/$/, '').split('/').at(-1) as string;
  const candidates = scripts.files.filter((other) => {
    if (other === file) return false;
    const segments = other.replace(/\.[^./]+$/, '').split('/');
    return segments.at(-1) === last || (segments.at(-1) === 'index' && segments.at(-2) === last);
  });
  const exporting = candidates.filter((other) =>
    new RegExp(`\\bexport\\s+const\\s+${escapeName(name)}\\b`).test(scripts.texts.get(other) ?? ''),
  );
  return exporting.length === 1 ? exporting[0] : undefined;
}

/**
 * What a module exports as `imported`: `export default` (or `module.exports =`) for `default`, the
 * const it exports under that name (`export { local as name }` followed), or its exports as one
 * object for `*`.
 */
function exportedValue(module: string, imported: string, scripts: SetupScripts, depth: number): SetupValue | undefined {
  const text = scripts.texts.get(module) ?? '';
  if (imported === 'default') {
    const match = /(?:\bexport\s+default|\bmodule\s*\.\s*exports\s*=(?!=))\s*/.exec(text);
    const node = match && expressionAt(text, match.index + match[0].length);
    return node ? valueOf(node, module, scripts, depth + 1) : undefined;
  }
  if (imported === '*') {
    const names = [...text.matchAll(/\bexport\s+const\s+([\w$]+)/g)].map((match) => match[1] as string);
    const entries = names.flatMap((name) => {
      const value = constValue(module, name, scripts, depth + 1);
      return value === undefined ? [] : [[name, value] as const];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  const local = new RegExp(`\\bexport\\s*\\{[^}]*?\\b([\\w$]+)\\s+as\\s+${escapeName(imported)}\\b`).exec(text)?.[1] ?? imported;
  return constValue(module, local, scripts, depth + 1);
}

/**
 * The value of the const `name` as `file` sees it: declared there, or imported: from the module a
 * relative specifier names (see resolveModule), else (an alias, `@app/i18n/languages`) from the
 * setup file its last segment names (see importedFrom).
 */
function constValue(file: string, name: string, scripts: SetupScripts, depth: number): SetupValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const text = scripts.texts.get(file) ?? '';
  const at = constAt(text, name);
  if (at !== undefined) {
    const node = expressionAt(text, at);
    return node && valueOf(node, file, scripts, depth + 1);
  }
  const binding = importedName(text, name);
  const module = binding && resolveModule(file, binding.specifier, (path) => scripts.texts.has(path));
  if (binding && module !== undefined) return exportedValue(module, binding.imported, scripts, depth + 1);
  const other = importedFrom(file, name, scripts);
  return other === undefined ? undefined : constValue(other, name, scripts, depth + 1);
}

/** The value of the only branch that reads (`locale ? [locale] : ['en-US']` is `['en-US']`), if only one does. */
function oneBranch(branches: Node[], file: string, scripts: SetupScripts, depth: number): SetupValue | undefined {
  const values = branches.map((branch) => valueOf(branch, file, scripts, depth)).filter((value) => value !== undefined);
  return values.length === 1 ? values[0] : undefined;
}

/**
 * What an expression is, where it is a literal or made of literals: strings, booleans, arrays,
 * objects (their readable properties and spreads, in order), a const (followed, see constValue), `Object.keys(x)` of an
 * object, and a conditional or `||` / `??` of which one branch reads. Undefined for anything else:
 * what the app computes when it runs is not guessed.
 */
function valueOf(node: Node, file: string, scripts: SetupScripts, depth: number): SetupValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = node as Expression;
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string' || typeof expression.value === 'boolean' ? expression.value : undefined;
    case 'TemplateLiteral':
      return expression.expressions.length === 0 ? (expression.quasis[0]?.value.cooked ?? undefined) : undefined;
    case 'ArrayExpression': {
      const items = expression.elements.map((item) =>
        item && item.type !== 'SpreadElement' ? valueOf(item, file, scripts, depth) : undefined,
      );
      return items.every((item) => item !== undefined) ? items : undefined;
    }
    case 'ObjectExpression': {
      const object: Record<string, SetupValue> = {};
      for (const property of expression.properties) {
        // A spread of an object that reads (memos' `{ ...fallbacks, ...{ default: ['en'] } }`) adds its entries in place.
        if (property.type === 'SpreadElement') {
          const spread = valueOf(property.argument, file, scripts, depth);
          if (spread !== undefined && typeof spread === 'object' && !Array.isArray(spread)) Object.assign(object, spread);
          continue;
        }
        if (property.computed) continue;
        const key =
          property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? property.key.value : undefined;
        const value = valueOf(property.value, file, scripts, depth);
        if (typeof key === 'string' && value !== undefined) object[key] = value;
      }
      return object;
    }
    case 'Identifier':
      return constValue(file, expression.name, scripts, depth);
    case 'MemberExpression': {
      // `sharedConfig.contextSeparator` (headlamp), `config.i18n.locales`: a property of an object that reads.
      const { object, property, computed } = expression;
      const name = computed ? (property.type === 'Literal' ? property.value : undefined) : property.type === 'Identifier' && property.name;
      const value = object.type === 'Super' ? undefined : valueOf(object, file, scripts, depth);
      if (typeof name !== 'string' || value === undefined || typeof value !== 'object' || Array.isArray(value)) return undefined;
      return Object.hasOwn(value, name) ? value[name] : undefined;
    }
    case 'CallExpression': {
      const {
        callee,
        arguments: [argument],
      } = expression;
      const objectKeys =
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'Object' &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'keys';
      if (!objectKeys || !argument || argument.type === 'SpreadElement') return undefined;
      const object = valueOf(argument, file, scripts, depth);
      return object !== undefined && typeof object === 'object' && !Array.isArray(object) ? Object.keys(object) : undefined;
    }
    case 'ConditionalExpression':
      return oneBranch([expression.consequent, expression.alternate], file, scripts, depth);
    case 'LogicalExpression':
      return expression.operator === '&&' ? undefined : oneBranch([expression.left, expression.right], file, scripts, depth);
    default:
      return undefined;
  }
}

/**
 * The value a setup file gives an option (`fallbackLng: { fr: ['fr-FR'], default: ['en-US'] }`,
 * `supportedLngs: Object.keys(supportedLanguages)`), where it reads as literals (see valueOf): the
 * options a call of i18next's init is given (see initOptions), else the first place the file names
 * the option (`option: value` or `option = value`) whose value reads.
 */
export function optionValue(file: string, option: string, scripts: SetupScripts): SetupValue | undefined {
  // What the init call is given wins over a name elsewhere (`export const defaultNS = 'common'` beside `init({ defaultNS: 'translation' })`).
  const given = initOptions(file, scripts).find((options) => Object.hasOwn(options, option));
  if (given) return given[option];
  const text = scripts.texts.get(file) ?? '';
  for (const match of text.matchAll(new RegExp(`\\b${escapeName(option)}["']?\\s*(?::|=(?![=>]))\\s*`, 'g'))) {
    const node = expressionAt(text, match.index + match[0].length);
    const value = node && valueOf(node, file, scripts, 0);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The options each call of i18next's init in a file gives, where they read (see valueOf): an object
 * whose spreads of an imported const (`init({ ...i18nOptions, lng })`) are read in place, or a
 * const (`init(options)`), so an option the file never names is found where the app keeps it.
 */
function initOptions(file: string, scripts: SetupScripts): Record<string, SetupValue>[] {
  const text = scripts.texts.get(file) ?? '';
  return findInitCalls(text).flatMap(({ argument }) => {
    const node = expressionAt(text, argument);
    const value = node && valueOf(node, file, scripts, 0);
    return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? [value] : [];
  });
}

/** A name a setup passes i18next options from, imported from a module init could not read, and that module. */
export interface UnreadImport {
  name: string;
  specifier: string;
}

/** The options of i18next's init that init reads: an imported value of another (`backend`, `detection`) is no loss. */
const READ_OPTIONS = new Set([
  'defaultNS',
  'ns',
  'fallbackLng',
  'supportedLngs',
  'keySeparator',
  'nsSeparator',
  'pluralSeparator',
  'contextSeparator',
  'returnEmptyString',
  'load',
  'lowerCaseLng',
  'interpolation',
]);

/** The name an expression starts from (`options` of `options.i18n.ns`), if it is a name or a property of one. */
function rootName(node: Node): string | undefined {
  const expression = node as Expression;
  if (expression.type === 'Identifier') return expression.name;
  return expression.type === 'MemberExpression' ? rootName(expression.object) : undefined;
}

/**
 * The imported names whose values a file's calls of i18next's init take and init cannot read (a
 * package's export, a module outside the project, or one computed when the app runs): the options
 * itself (`init(options)`), a spread (`{ ...i18nOptions }`) or an option's value
 * (`interpolation: interpolationOptions`). Options given so keep i18next's defaults in the config.
 */
export function unreadImports(file: string, scripts: SetupScripts): UnreadImport[] {
  const text = scripts.texts.get(file) ?? '';
  const unread = new Map<string, UnreadImport>();
  for (const { argument } of findInitCalls(text)) {
    const node = expressionAt(text, argument);
    if (!node) continue;
    const given =
      node.type === 'ObjectExpression'
        ? node.properties.flatMap((property) => {
            if (property.type === 'SpreadElement') return [property.argument];
            const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? property.key.value : '';
            return typeof key === 'string' && READ_OPTIONS.has(key) ? [property.value] : [];
          })
        : [node];
    for (const value of given) {
      const name = rootName(value);
      const binding = name === undefined || constAt(text, name) !== undefined ? undefined : importedName(text, name);
      if (name !== undefined && binding && valueOf(value, file, scripts, 0) === undefined)
        unread.set(name, { name, specifier: binding.specifier });
    }
  }
  return [...unread.values()];
}
