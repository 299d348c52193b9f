import i18next, { type Resource } from 'i18next';
import ICU from 'i18next-icu';
import { describe, expect, it } from 'vitest';
import type { ReaderClaim, Rule } from '../../src/check/rule.js';
import { bundleRules } from '../../src/check/rules/index.js';

// What a rule's description says readers see (l10n rules prints it) is held against i18next 26:
// every phrase that claims it belongs to one of the rule's claims, and i18next renders each claim
// as the rule says, over the rule's own example files.

/** Words that say what a reader sees; each occurrence must lie inside a claim's phrase. */
const READER_WORDS = /\b(shows?|shown|renders?|rendered|readers? (?:get|see)s?|falls? back|keeps only|treats)\b/gi;

/** i18next as an app sets it up (with i18next-icu where the config says so): the bundles as JSON.parse reads them, falling back to the source. */
function render(rule: Rule, claim: ReaderClaim): string {
  const example = rule.examples.invalid[0];
  const files = claim.files ?? example?.files ?? {};
  const resources: Resource = {};
  for (const [path, text] of Object.entries(files)) {
    const match = /^locales\/([^/]+)\/(.+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale, namespace] = match as unknown as [string, string, string];
    resources[locale] = { ...resources[locale], [namespace]: JSON.parse(text) as Resource[string][string] };
  }
  const config = claim.config ?? example?.config;
  const i18n = i18next.createInstance();
  if (config?.messageFormat === 'icu') i18n.use(ICU);
  const source = (config?.sourceLocale as string | undefined) ?? 'en';
  // The app's language is the reader's: i18next names it in what it shows for an object.
  void i18n.init({
    initAsync: false,
    lng: claim.locale,
    fallbackLng: source,
    resources,
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    returnEmptyString: config?.returnEmptyString !== false,
  });
  return String(i18n.t(claim.key, { lng: claim.locale, ...claim.options }));
}

describe.each(bundleRules.map((rule) => [rule.id, rule] as const))('%s says what readers see as i18next shows it', (_id, rule) => {
  it('every phrase of its description that says what readers see is one of its claims', () => {
    const claimed = (rule.claims ?? []).map((claim) => {
      const at = rule.description.indexOf(claim.says);
      expect(at, `"${claim.says}" is not in the description of ${rule.id}`).toBeGreaterThanOrEqual(0);
      return { start: at, end: at + claim.says.length };
    });
    for (const word of rule.description.matchAll(READER_WORDS)) {
      const inside = claimed.some((span) => word.index >= span.start && word.index < span.end);
      expect(
        inside,
        `${rule.id}: "${rule.description.slice(Math.max(0, word.index - 40), word.index + 40)}" claims what readers see without a claim`,
      ).toBe(true);
    }
  });

  it.each((rule.claims ?? []).map((claim) => [claim.says, claim] as const))('"%s" holds in i18next', (_says, claim) => {
    expect(render(rule, claim)).toBe(claim.shows);
  });
});
