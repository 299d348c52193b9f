import { argumentNames, parseIcu, type IcuArgument, type IcuMessage } from '../bundles/icu-message.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import { sourceMemo } from '../project/source-memo.js';

const parsed = sourceMemo<IcuMessage>();

/**
 * A string of a namespace read as an ICU message, parsed once per run whichever rule asks first
 * (message-syntax, interpolation-mismatch, format-mismatch and plural-forms all read it).
 */
export function icuOf(context: NamespaceContext, value: string): IcuMessage {
  // A message without "{" is read at once, and not kept.
  if (!value.includes('{')) return parseIcu(value);
  const memo = parsed(context);
  let message = memo.get(value);
  if (!message) memo.set(value, (message = parseIcu(value)));
  return message;
}

/** An argument as `value` writes it, shortened for one with cases: `{n, number}`, `{count, plural, ...}`. */
export function writtenArgument(value: string, argument: IcuArgument): string {
  return argument.options.length > 0 || argument.kind === 'plural' || argument.kind === 'selectordinal'
    ? `{${argument.name}, ${argument.kind}, ...}`
    : value.slice(argument.start, argument.end);
}

/**
 * The arguments of a translation that an elision's apostrophe hides (fr `l'{action}`: ICU shows the
 * text "{action}"), by the apostrophe's offset: those the source passes and the translation
 * otherwise drops. message-syntax reports them at the apostrophe; interpolation-mismatch leaves them to it.
 */
export function quotedArguments(context: NamespaceContext, value: string, sourceValue: string): Map<number, string> {
  const hidden = new Map<number, string>();
  const ours = icuOf(context, value);
  if (ours.quotes.length === 0 || ours.error) return hidden;
  const theirs = icuOf(context, sourceValue);
  if (theirs.error) return hidden;
  const shown = argumentNames(ours);
  for (const name of argumentNames(theirs)) {
    if (shown.includes(name)) continue;
    const at = ours.quotes.find(
      (quote) => value.startsWith(`{${name}`, quote + 1) && /^\s*[,}]/.test(value.slice(quote + 2 + name.length)),
    );
    if (at !== undefined) hidden.set(at, name);
  }
  return hidden;
}
