import type { BundleProject } from '../../src/project/bundle-project.js';
import { parseConfig } from '../../src/config/parse-config.js';

/** A one-namespace project held in memory: locale -> file text. */
export function memoryProject(files: Record<string, string>, config: Record<string, unknown> = {}): BundleProject {
  const parsed = parseConfig({ locales: Object.keys(files), ...config });
  return {
    config: parsed,
    locales: parsed.locales ?? [],
    namespaces: ['ui'],
    read: () =>
      Object.entries(files).map(([locale, text]) => ({
        file: `locales/${locale}/ui.json`,
        locale,
        namespace: 'ui',
        bytes: Buffer.from(text),
      })),
  };
}
