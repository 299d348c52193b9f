import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { interpolationOptions } from '../config/schema.js';
import type { SyntaxOption } from './setup-options.js';

/**
 * The syntax a setup's options make, settled by the config's own schema (an unescape suffix
 * replaces the prefix), so init reads keys and describes variables as check will; i18next's
 * own where the options are none the config would take.
 */
export function settledSyntax(options: Partial<Record<SyntaxOption, string>>): InterpolationSyntax {
  const parsed = interpolationOptions.safeParse(options);
  return parsed.success ? parsed.data : DEFAULT_SYNTAX;
}
