import type { Severity } from '../diagnostics/diagnostic.js';
import type { Config } from './schema.js';
import { ownEntry } from './own-entry.js';

/** The level the config sets for a rule (`"warning"` or `["warning", {...}]`); undefined when it sets none. */
export function ruleLevel(config: Pick<Config, 'rules'>, id: string): Severity | 'off' | undefined {
  const setting = ownEntry(config.rules, id);
  return Array.isArray(setting) ? setting[0] : setting;
}
