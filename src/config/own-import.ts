/** The package name a config imports defineConfig from. */
export const OWN_NAME = 'l10n';

/**
 * The package subpath of defineConfig alone (lib/config/define-config.js). Importing `l10n`
 * evaluates the whole library, some 560 modules (about 0.5 s of every command); this is one.
 */
export const CONFIG_ENTRY = `${OWN_NAME}/config`;

// What sucrase leaves of `import { defineConfig, type ConfigInput } from 'l10n'`: the type is gone.
const DEFINE_CONFIG_ONLY = new RegExp(`^import\\s*\\{\\s*defineConfig(?:\\s+as\\s+[\\w$]+)?\\s*,?\\s*\\}\\s*from\\s*(["'])${OWN_NAME}\\1$`);

/**
 * Whether a config's static import statement takes defineConfig alone from `l10n`, so that
 * CONFIG_ENTRY serves it as well; any other name, a default or namespace import, keeps `l10n`.
 */
export function takesDefineConfigOnly(statement: string): boolean {
  return DEFINE_CONFIG_ONLY.test(statement);
}
