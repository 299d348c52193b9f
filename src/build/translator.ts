import i18next, { type i18n, type Resource } from 'i18next';
import { languageOf, i18nextCode } from '../locale/locale-tag.js';
import { interpolationScan, MAX_INTERPOLATION_SCAN } from '../bundles/interpolation-scan.js';
import type { InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { regexEscape } from '../text/regex-escape.js';
import { bundlePath } from '../project/load-bundles.js';
import type { Config } from '../config/schema.js';
import { atFileStart, type Diagnostic } from '../diagnostics/diagnostic.js';
import { useIcu } from './icu-plugin.js';
import { icuErrorMessage } from '../bundles/icu-message.js';

/** The UI strings of one page locale: never a raw key, never a variable's `{{` left in the text. */
export interface Translator {
  locale: string;
  /** The locales tried in order, the page locale first. */
  chain: string[];
  /**
   * The string, or '' when no locale in the chain has it. Both that and a string found only in
   * another language (English words in Spanish chrome) are recorded as warnings.
   */
  t(key: string, values?: Record<string, unknown>): string;
  /** Keys the chain could not resolve or interpolate, one warning each. */
  warnings(): Diagnostic[];
}

/** What a translator needs from the config. */
export type TranslatorConfig = Pick<
  Config,
  | 'bundles'
  | 'localesDir'
  | 'defaultNamespace'
  | 'localeNames'
  | 'keySeparator'
  | 'nsSeparator'
  | 'separatorsGiven'
  | 'pluralSeparator'
  | 'contextSeparator'
  | 'returnEmptyString'
  | 'interpolation'
  | 'messageFormat'
>;

/**
 * What of a variable's syntax a string may still hold once i18next has read it: a whole span or
 * a lone prefix or suffix. A span holds no brace, so a run of `{{` without `}}` is not rescanned
 * to its end from each.
 */
function leftovers({ prefix, suffix }: InterpolationSyntax): { any: RegExp; all: RegExp } {
  const [open, close] = [regexEscape(prefix), regexEscape(suffix)];
  return { any: new RegExp(`${open}|${close}`), all: new RegExp(`${open}[^{}]*?${close}|${open}|${close}`, 'g') };
}

/** A build warning about one UI key of a locale, at the top of the locale's bundle file. */
export function missingKeyWarning(file: string, locale: string, namespace: string, key: string, message: string): Diagnostic {
  return atFileStart(file, {
    severity: 'warning',
    ruleId: 'build-missing-key',
    source: 'build',
    message,
    locale,
    namespace,
    key,
  });
}

/**
 * One i18next instance per page locale (`createInstance`, never the shared global), with the
 * configured fallback chain, each locale under the code i18next writes for it (`resources` are
 * keyed so: es-AR for a folder es-ar). Values are not HTML-escaped here: the page is built as hast and
 * every text node is escaped once, when serialized. Dates follow the page locale in UTC.
 */
export function createTranslator(chain: readonly string[], resources: Resource, namespace: string, config: TranslatorConfig): Translator {
  const [locale, ...fallbacks] = chain as [string, ...string[]];
  const found = new Map<string, Diagnostic>();
  const note = (key: string, message: string): void => {
    if (!found.has(key)) found.set(key, missingKeyWarning(bundlePath(config, locale, namespace), locale, namespace, key, message));
  };
  let current = '';
  const syntax = config.interpolation;
  const leftover = leftovers(syntax);
  const instance: i18n = i18next.createInstance();
  const icu = config.messageFormat === 'icu';
  if (icu)
    useIcu(instance, (error, key) =>
      note(
        key,
        `${locale}: ${namespace}:${key} cannot be read or filled as an ICU message (${icuErrorMessage(error)}): left out of the page`,
      ),
    );
  instance.init({
    lng: i18nextCode(locale),
    fallbackLng: fallbacks.length > 0 ? fallbacks.map((code) => i18nextCode(code)) : false,
    supportedLngs: false,
    resources,
    ns: [namespace],
    defaultNS: namespace,
    initAsync: false,
    // As the app gives them: a separator string only where the config names one, since i18next
    // then never takes a key for natural language (see splitNamespace); false always.
    ...(config.separatorsGiven || config.keySeparator === false ? { keySeparator: config.keySeparator } : {}),
    ...(config.separatorsGiven || config.nsSeparator === false ? { nsSeparator: config.nsSeparator } : {}),
    pluralSeparator: config.pluralSeparator,
    contextSeparator: config.contextSeparator,
    returnEmptyString: config.returnEmptyString,
    returnNull: false,
    returnObjects: false,
    // Values go out unescaped (the page escapes each text node), through an identity `escape`
    // rather than `escapeValue: false`: with that, i18next first tests every string with
    // /\$t\([^)]*\{[^}]*\{\{/ for a warning it prints only in debug mode, which rescans a
    // string to its end from each `$t(` (30,000 of them took 14 s), whatever the nesting prefix.
    interpolation: {
      escapeValue: true,
      escape: (value: string) => value,
      prefix: syntax.prefix,
      suffix: syntax.suffix,
      unescapePrefix: syntax.unescapePrefix,
      unescapeSuffix: syntax.unescapeSuffix,
      formatSeparator: syntax.formatSeparator,
      nestingPrefix: syntax.nestingPrefix,
      nestingSuffix: syntax.nestingSuffix,
      nestingOptionsSeparator: syntax.nestingOptionsSeparator,
    },
    missingInterpolationHandler: (text: string) => {
      note(current, `${locale}: ${namespace}:${current} has a placeholder the page does not fill in "${text}"`);
      return '';
    },
  });
  const chainText = chain.join(' -> ');
  const ownLanguage = chain.filter((lng) => languageOf(lng) === languageOf(locale));
  const translate = (key: string, values?: Record<string, unknown>): string => {
    if (!instance.exists(key, { ...values, ns: namespace })) {
      note(key, `${locale}: ${namespace}:${key} is missing (tried ${chainText})`);
      return '';
    }
    if (
      ownLanguage.length < chain.length &&
      !instance.exists(key, { ...values, ns: namespace, lngs: ownLanguage.map((code) => i18nextCode(code)) })
    ) {
      note(
        key,
        `${locale}: ${namespace}:${key} is missing in ${ownLanguage.join(', ')}; the page shows the ${chain.filter((lng) => !ownLanguage.includes(lng)).join(' or ')} text instead`,
      );
    }
    current = key;
    // i18next-icu reads no {{variables}}: what it cannot format went to its error handler.
    if (icu) return instance.t(key, { ...values, ns: namespace });
    // The string as found, before i18next reads its placeholders: one it would rescan from each `{{` is shown without them.
    const found = instance.t(key, { ...values, ns: namespace, skipInterpolation: true });
    if (typeof found === 'string' && interpolationScan(found, syntax) > MAX_INTERPOLATION_SCAN) {
      note(
        key,
        `${locale}: ${namespace}:${key} holds "${syntax.prefix}" that no "${syntax.suffix}" closes, so many that i18next would read over ${MAX_INTERPOLATION_SCAN.toLocaleString('en')} characters looking for them: shown without its placeholders`,
      );
      return found.replace(leftover.all, '');
    }
    const text = instance.t(key, { ...values, ns: namespace, formatParams: { date: { dateStyle: 'long', timeZone: 'UTC' } } });
    if (typeof text !== 'string') {
      note(key, `${locale}: ${namespace}:${key} is not a string`);
      return '';
    }
    if (!leftover.any.test(text)) return text;
    note(key, `${locale}: ${namespace}:${key} leaves "${syntax.prefix}" or "${syntax.suffix}" in the text`);
    return text.replace(leftover.all, '');
  };
  // Most chrome strings repeat on every page with the same values: translate each once.
  const memo = new Map<string, string>();
  return {
    locale,
    chain: [...chain],
    t(key, values) {
      const memoKey = values ? `${key}\u0000${JSON.stringify(values)}` : key;
      let text = memo.get(memoKey);
      if (text === undefined) memo.set(memoKey, (text = translate(key, values)));
      return text;
    },
    warnings: () => [...found.values()],
  };
}
