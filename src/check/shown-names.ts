import { argumentNames, parseIcu } from '../bundles/icu-message.js';
import { writeVariable } from '../bundles/interpolation-syntax.js';
import { interpolationsOf } from '../bundles/message-parts.js';
import type { Config } from '../config/schema.js';

/**
 * The variable names a message passes, as the app's i18next reads them: ICU arguments with
 * `messageFormat: 'icu'` (none when ICU cannot read it), else the variables of its interpolation syntax.
 */
export function variableNames(value: string, config: Pick<Config, 'messageFormat' | 'interpolation'>): string[] {
  if (config.messageFormat !== 'icu') return interpolationsOf(value, config.interpolation).variables;
  const message = parseIcu(value);
  return message.error ? [] : argumentNames(message);
}

/** A variable as the project writes it: `{name}` in an ICU message, else in its interpolation syntax. */
export function writtenName(name: string, config: Pick<Config, 'messageFormat' | 'interpolation'>): string {
  return config.messageFormat === 'icu' ? `{${name}}` : writeVariable(name, config.interpolation);
}
