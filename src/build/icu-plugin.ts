import type { i18n } from 'i18next';

/** i18next-icu's plugin class, loaded only for the build of a project whose strings are ICU messages. */
let Plugin: (new (options: object) => object) | undefined;

/** Loads i18next-icu; a build of an i18next-format project never pays for it. */
export async function loadIcuPlugin(): Promise<void> {
  Plugin ??= (await import('i18next-icu')).default as unknown as new (options: object) => object;
}

/**
 * Has `instance` read its strings as ICU messages, as the app's i18next-icu does (tags left to
 * the page, `other` required). A message ICU cannot parse or format goes to `failed`, and the page
 * shows '' where i18next-icu would show the message as written.
 */
export function useIcu(instance: i18n, failed: (error: Error, key: string) => void): void {
  if (!Plugin) throw new Error('i18next-icu is not loaded: loadIcuPlugin() must run first');
  instance.use(
    new Plugin({
      parseErrorHandler: (error: Error, key: string) => {
        failed(error, key);
        return '';
      },
    }) as Parameters<i18n['use']>[0],
  );
}
