import { braceBlock, stringEnd } from './script-text.js';
import { interpolationBlock } from './setup-options.js';

/** The names an i18next setup fills for every string, and the file that gives them. */
export interface SetupDefaultVariables {
  names: string[];
  file: string;
}

/** Where the top-level entry that starts at `at` of an object literal's text ends: its comma or the closing brace. */
function entryEnd(block: string, at: number): number {
  let depth = 0;
  for (let i = at; i < block.length; i++) {
    const c = block[i] as string;
    if (c === '"' || c === "'" || c === '`') i = stringEnd(block, i);
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0) return i;
  }
  return block.length;
}

/** The property names of an object literal's text (`{ appName: x, 'b': 1, c }`); a spread (`...rest`) names none. */
function propertyNames(block: string): string[] {
  const names: string[] = [];
  for (let at = 1; at < block.length - 1;) {
    const end = entryEnd(block, at);
    const entry = /^\s*(?:([A-Za-z_$][\w$]*)|"([^"\\]+)"|'([^'\\]+)')\s*(?::|$|\()/.exec(block.slice(at, end));
    const name = entry?.[1] ?? entry?.[2] ?? entry?.[3];
    if (name !== undefined) names.push(name);
    at = end + 1;
  }
  return names;
}

/**
 * The names an i18next setup's `interpolation.defaultVariables` gives a value for every string
 * (overleaf's `{ appName: Settings.appName }`): a translation may show such a variable where the
 * source writes the text itself. Read as text: the first setup whose `interpolation` options
 * write the object literal; undefined when none does.
 */
export function findDefaultVariables(files: readonly string[], texts: ReadonlyMap<string, string>): SetupDefaultVariables | undefined {
  for (const file of files) {
    const block = interpolationBlock(texts.get(file) ?? '');
    const opening = block === undefined ? null : /\bdefaultVariables["']?\s*:\s*\{/.exec(block);
    const object = opening && block !== undefined ? braceBlock(block, opening.index + opening[0].length - 1) : undefined;
    const names = object === undefined ? [] : propertyNames(object);
    if (names.length > 0) return { names, file };
  }
  return undefined;
}
