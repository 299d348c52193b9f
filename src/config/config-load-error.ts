import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_ENTRY, OWN_NAME } from './own-import.js';
import { ConfigError } from './parse-config.js';

/**
 * A load error of the transpiled module as the user wrote it: Node names the module in the cache
 * folder ("imported from /tmp/.../config-ab12.mjs"), a file the user never saw, so it names the
 * config instead; a missing `l10n` itself says how to provide it (not `npm install l10n`: that
 * name on the registry is another package).
 */
export function namingTheConfig(error: unknown, modulePath: string, file: string): unknown {
  if (!(error instanceof Error)) return error;
  const shown = basename(file);
  const first = (error.message.split('\n')[0] ?? '').replaceAll(pathToFileURL(modulePath).href, shown).replaceAll(modulePath, shown);
  const own = first.includes(`'${OWN_NAME}'`) || first.includes(`'${CONFIG_ENTRY}'`);
  return new ConfigError(file, [
    `cannot be loaded: ${first}${own ? `; install l10n in the project from its repository or a path (npm install --save-dev git+https://<host>/<owner>/l10n.git, or ../l10n: "${OWN_NAME}" on the npm registry is another package), or write the config as l10n.config.json` : ''}`,
  ]);
}
