import { createHash } from 'node:crypto';
import { toUiMessage, type UiMessage } from './plural-message.js';
import { ownEntry } from '../config/own-entry.js';

/** One UI string of a page and the bundle entries it becomes. */
export interface UiEntry {
  text: string;
  /** The key code uses (`comments.count`); plural forms add the plural suffix to it. */
  key: string;
  message: UiMessage;
  /** Full bundle key -> value, in the order they are written. */
  values: Array<[string, string]>;
}

/** How keys are spelled and what already exists, so a string that has a key keeps it. */
export interface KeyContext {
  locale: string;
  known: Readonly<Record<string, string>>;
  /** Flat key -> string value of the current bundle. */
  existing: ReadonlyMap<string, string>;
  pluralSeparator: string;
  keySeparator: string | false;
}

const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** A readable key part from text: the first four words in lowerCamelCase, ASCII only. */
export function keyWords(text: string): string {
  const words = fold(text.replace(/\{\{count\}\}/g, ' '))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .slice(0, 4);
  const camel = words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  return /^[a-z]/.test(camel) ? camel : `text${camel[0]?.toUpperCase() ?? ''}${camel.slice(1)}`;
}

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 4);

function valuesOf(key: string, message: UiMessage, separator: string): Array<[string, string]> {
  return message.kind === 'plain'
    ? [[key, message.value]]
    : Object.entries(message.forms).map(([category, value]) => [`${key}${separator}${category}`, value]);
}

/** The key already holding exactly this message, so re-ingest and shipped bundles keep their keys. */
function existingKey(message: UiMessage, context: KeyContext): string | undefined {
  const suffix = `${context.pluralSeparator}other`;
  for (const [key, value] of context.existing) {
    if (message.kind === 'plain' && value === message.value) return key;
    if (message.kind === 'plural' && key.endsWith(suffix) && value === message.forms.other) return key.slice(0, -suffix.length);
  }
  return undefined;
}

/**
 * Keys for the UI strings of a page, in page order, one per distinct string: the configured key
 * for a known string, else the key that already holds it, else `<section>.<name>` for a template
 * that names its key, else `<section>.<firstFourWords>`
 * (with a short hash of the text when two strings would share a key). Deterministic: the same
 * strings and bundle give the same keys.
 */
export function planUiKeys(strings: ReadonlyArray<{ text: string; section: string; name?: string }>, context: KeyContext): UiEntry[] {
  const byText = new Map<string, UiEntry>();
  const taken = new Map<string, string>();
  for (const { text, section, name } of strings) {
    if (byText.has(text)) continue;
    const message = toUiMessage(text, context.locale);
    const sep = context.keySeparator === false ? '' : context.keySeparator;
    let key =
      ownEntry(context.known, text) ??
      existingKey(message, context) ??
      `${section || 'page'}${sep}${name ?? keyWords(message.kind === 'plain' ? message.value : (message.forms.other ?? text))}`;
    if (taken.has(key) && taken.get(key) !== text) key = `${key}${shortHash(text)}`;
    taken.set(key, text);
    byText.set(text, { text, key, message, values: valuesOf(key, message, context.pluralSeparator) });
  }
  return [...byText.values()];
}
