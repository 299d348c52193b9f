import type { RegisteredBundle } from './registered-codes.js';
import type { Unsupported } from './supported-locales.js';

/**
 * The found locales none of whose files the setup registers, where one setup imports and
 * registers the files of every other locale, the source's among them (thorium-reader's
 * `resources` names 29 of its 30 files, not `pl.json`): with its strings given in `resources`,
 * i18next never reads a file the setup leaves out, and a reader who picks that locale gets the
 * fallbacks. Undefined when registrations come from more than one setup, leave out the source,
 * leave out as many locales as they name, or the setup sets `partialBundledLanguages`: the app
 * may load the rest elsewhere.
 */
export function outsideRegistered(
  files: readonly { path: string; locale: string }[],
  registered: readonly RegisteredBundle[],
  source: string,
  texts: ReadonlyMap<string, string>,
): Unsupported | undefined {
  const setups = new Set(registered.map((bundle) => bundle.setup));
  const [setup] = setups;
  // With partialBundledLanguages, a backend loads what resources leave out.
  if (setup === undefined || setups.size > 1 || /\bpartialBundledLanguages\b/.test(texts.get(setup) ?? '')) return undefined;
  const paths = new Set(registered.map((bundle) => bundle.file));
  const read = new Set(files.filter((file) => paths.has(file.path)).map((file) => file.locale));
  const left = [...new Set(files.map((file) => file.locale))].filter((locale) => !read.has(locale));
  if (!read.has(source) || left.length === 0 || left.length >= read.size) return undefined;
  return { file: setup, setting: 'resources', left };
}
