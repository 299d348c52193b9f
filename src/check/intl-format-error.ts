import type { IcuArgument } from '../bundles/icu-message.js';

// By the options' JSON: one Intl object built per distinct skeleton in a run.
const answers = new Map<string, string | undefined>();

/**
 * Why Intl refuses what an argument's skeleton asks (`::currency/EURO`: "Invalid currency code :
 * EURO"), or undefined. IntlMessageFormat builds that Intl object when it formats the message, and
 * i18next-icu then shows the message as written. Validity does not depend on the locale.
 */
export function intlFormatError(argument: IcuArgument): string | undefined {
  if (!argument.intl) return undefined;
  const id = `${argument.kind}:${JSON.stringify(argument.intl)}`;
  if (!answers.has(id)) {
    try {
      if (argument.kind === 'number') new Intl.NumberFormat(undefined, argument.intl);
      else new Intl.DateTimeFormat(undefined, argument.intl);
      answers.set(id, undefined);
    } catch (error) {
      answers.set(id, error instanceof Error ? error.message : String(error));
    }
  }
  return answers.get(id);
}
