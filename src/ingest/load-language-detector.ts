import type { DetectScores } from './identify-language.js';

let loaded: Promise<DetectScores> | undefined;

/**
 * Loads eld's medium n-gram data once, restricted to en and es. Loaded on first use (not at
 * import) so commands that never ingest do not pay its 0.5-1 s; medium scores nearly like large on
 * our labelled set (see bench/langid-accuracy.mjs) and loads in less than half the time.
 */
export function loadLanguageDetector(): Promise<DetectScores> {
  loaded ??= import('eld/medium').then(({ eld }) => {
    eld.setLanguageSubset(['en', 'es']);
    return (text: string) => eld.detect(text).getScores() as Partial<Record<'en' | 'es', number>>;
  });
  return loaded;
}
