import { writeNesting, writeVariable, type InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import type { SetupSyntax } from './setup-options.js';

/** A list of words as a sentence says it: `a`, `a and b`, `a, b and c`. */
const spoken = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * What init says of the string syntax a setup gives i18next: the options, then how the app's
 * strings write what the setup changes: a variable, an unescaped one, a nesting.
 */
export function describeSyntax({ options, file }: SetupSyntax, syntax: InterpolationSyntax): string {
  const given = Object.entries(options).map(([option, value]) => `${option} ${JSON.stringify(value)}`);
  const reads: string[] = [];
  const unescape = options.unescapePrefix !== undefined || options.unescapeSuffix !== undefined;
  if (options.prefix !== undefined || options.suffix !== undefined || options.formatSeparator !== undefined || unescape)
    reads.push(
      `variables read ${writeVariable(options.formatSeparator === undefined ? 'name' : `name${syntax.formatSeparator} number`, syntax)}`,
    );
  if (unescape) reads.push(`unescaped ones ${writeVariable('name', syntax, true)}`);
  if (options.nestingPrefix !== undefined || options.nestingSuffix !== undefined || options.nestingOptionsSeparator !== undefined)
    reads.push(`nestings read ${writeNesting(`key${syntax.nestingOptionsSeparator} {"count": 2}`, syntax)}`);
  return `interpolation: ${file} gives i18next the ${spoken(given)}, so ${spoken(reads)}`;
}
