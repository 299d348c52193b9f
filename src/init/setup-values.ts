// The values an i18next setup gives its options, read from the text with acorn's expression parser, never run.
import { parseExpressionAt, type Expression, type Node } from 'acorn';

/** A value as a setup writes it: a string or boolean, or a list or object of such values. */
export type SetupValue = string | boolean | SetupValue[] | { [key: string]: SetupValue };

/** A value that is a list of strings only (`['en', 'de']`), as such; undefined for any other. */
export const stringList = (value: SetupValue | undefined): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

/** The setup files init read, by path, their comments blanked out. */
export interface SetupScripts {
  files: readonly string[];
  texts: ReadonlyMap<string, string>;
}

/** How many names deep a value is followed (`fallbackLng: fallbacks`, `const fallbacks = base`). */
const MAX_DEPTH = 4;

const escape = (name: string): string => name.replace(/[$]/g, '\\$&');

/**
 * The expression at `at`, up to the next top-level comma (a property's value ends there, and acorn
 * reads `value, next` as one sequence); undefined where acorn reads none (TypeScript's own syntax).
 */
function expressionAt(text: string, at: number): Expression | undefined {
  try {
    const node = parseExpressionAt(text, at, { ecmaVersion: 'latest', sourceType: 'module' });
    return node.type === 'SequenceExpression' ? node.expressions[0] : node;
  } catch {
    return undefined;
  }
}

/** Where the value of `const name = ...` starts in a text (a type annotation passed over), if it declares one. */
function constAt(text: string, name: string): number | undefined {
  const match = new RegExp(`(?:^|[^\\w$.])const\\s+${escape(name)}\\s*(?::[^=;]*)?=(?![=>])\\s*`).exec(text);
  return match ? match.index + match[0].length : undefined;
}

/**
 * The setup file that exports the const `name` a file imports (`import { supportedLanguages } from
 * '@app/i18n/languages'`): one whose name is the import's last segment (`languages.ts`, or
 * `languages/index.ts`). Paths are not resolved: aliases (`@app/`) are the bundler's.
 */
function importedFrom(file: string, name: string, scripts: SetupScripts): string | undefined {
  const text = scripts.texts.get(file) ?? '';
  const specifier = new RegExp(`\\bimport\\s*(?:type\\s+)?\\{[^}]*\\b${escape(name)}\\b[^}]*\\}\\s*from\\s*["']([^"']+)["']`).exec(
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
    new RegExp(`\\bexport\\s+const\\s+${escape(name)}\\b`).test(scripts.texts.get(other) ?? ''),
  );
  return exporting.length === 1 ? exporting[0] : undefined;
}

/** The value of the const `name` as `file` sees it: declared there, or imported from another setup file. */
function constValue(file: string, name: string, scripts: SetupScripts, depth: number): SetupValue | undefined {
  const text = scripts.texts.get(file) ?? '';
  const at = constAt(text, name);
  if (at !== undefined) {
    const node = expressionAt(text, at);
    return node && valueOf(node, file, scripts, depth + 1);
  }
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
 * first place the file names the option (`option: value` or `option = value`) whose value reads.
 */
export function optionValue(file: string, option: string, scripts: SetupScripts): SetupValue | undefined {
  const text = scripts.texts.get(file) ?? '';
  for (const match of text.matchAll(new RegExp(`\\b${escape(option)}["']?\\s*(?::|=(?![=>]))\\s*`, 'g'))) {
    const node = expressionAt(text, match.index + match[0].length);
    const value = node && valueOf(node, file, scripts, 0);
    if (value !== undefined) return value;
  }
  return undefined;
}
