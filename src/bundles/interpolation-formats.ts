import { DEFAULT_SYNTAX, type InterpolationSyntax } from './interpolation-syntax.js';
import { spansOf, unclosedName } from './message-parts.js';
import { nextSpan, spanEnd } from './variable-spans.js';

/**
 * The formatting of each variable of a message, as i18next 26 reads `{{value, number}}`,
 * `{{value, currency(USD)}}` or a chain `{{value, number, uppercase}}`: variable name -> the
 * distinct chains it is written with, each as its format names (lower case, options left out)
 * joined by ","; "" for an occurrence without formatting.
 */
export function formatsOf(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): Map<string, string[]> {
  const formats = new Map<string, string[]>();
  for (const { name, format } of spansOf(value, syntax)) {
    // A span whose braces do not pair is shown as written: it has no format (interpolation-mismatch names it).
    if (unclosedName(name)) continue;
    const chain = format === undefined ? '' : formatNames(format, syntax.formatSeparator).join(',').toLowerCase();
    const list = formats.get(name);
    if (!list) formats.set(name, [chain]);
    else if (!list.includes(chain)) list.push(chain);
  }
  return formats;
}

/**
 * The formats of a chain as written (trimmed), split at the format separator as i18next splits
 * it: a "," inside "(...)" belongs to the options.
 */
function formatParts(chain: string, separator: string): string[] {
  const parts = chain.split(separator);
  const formats: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i] as string;
    while (part.includes('(') && !part.includes(')') && i + 1 < parts.length) part = `${part}${separator}${parts[++i] as string}`;
    formats.push(part.trim());
  }
  return formats;
}

/** The format names of a chain as written (trimmed); i18next looks each up in lower case. */
function formatNames(chain: string, separator: string): string[] {
  return formatParts(chain, separator).map((part) => {
    const open = part.indexOf('(');
    return (open < 0 ? part : part.slice(0, open)).trim();
  });
}

/** The option of a formatter that says what its value is in: another one shows another thing. */
const UNIT_OPTIONS: Readonly<Record<string, string>> = { currency: 'currency', relativetime: 'range' };

/**
 * The unit each variable's formatters name, as i18next 26 parses their options: currency's
 * code (`currency(USD)`, `currency(currency: USD)`) and relativetime's range (`relativetime(quarter)`):
 * variable name -> `formatter:unit` in lower case (Intl reads `usd` as `USD`).
 */
export function formatUnits(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): Map<string, string[]> {
  const units = new Map<string, string[]>();
  for (const { name, format } of spansOf(value, syntax)) {
    if (format === undefined || unclosedName(name)) continue;
    for (const part of formatParts(format, syntax.formatSeparator)) {
      const open = part.indexOf('(');
      const formatter = (open < 0 ? part : part.slice(0, open)).trim().toLowerCase();
      const option = UNIT_OPTIONS[formatter];
      if (option === undefined || open < 0) continue;
      const options = part.slice(open + 1, part.lastIndexOf(')') < 0 ? undefined : part.lastIndexOf(')'));
      // Without a ":" the whole text is the unit; else the `option: value` pair among those split at ";".
      const unit = !options.includes(':')
        ? options
        : options
            .split(';')
            .map((pair) => pair.split(':'))
            .find(([key]) => key?.trim() === option)?.[1];
      if (unit === undefined || unit.trim() === '') continue;
      units.set(name, [...(units.get(name) ?? []), `${formatter}:${unit.trim().toLowerCase()}`]);
    }
  }
  return units;
}

/** The format names of a message as it writes them, by the lower-case name i18next looks up (the first spelling met). */
export function writtenFormatNames(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): Map<string, string> {
  const written = new Map<string, string>();
  for (const { format } of spansOf(value, syntax)) {
    if (format === undefined) continue;
    for (const name of formatNames(format, syntax.formatSeparator))
      if (!written.has(name.toLowerCase())) written.set(name.toLowerCase(), name);
  }
  return written;
}

/** Whether some variable of a message has a format (a "," inside its span): most messages have none. */
export function hasFormats(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): boolean {
  const { prefix, suffix } = syntax;
  for (let at = nextSpan(value, 0, prefix, suffix); at >= 0; at = nextSpan(value, spanEnd + suffix.length, prefix, suffix)) {
    const separator = value.indexOf(syntax.formatSeparator, at + prefix.length);
    if (separator >= 0 && separator < spanEnd) return true;
  }
  return false;
}
