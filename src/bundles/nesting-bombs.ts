import { fallbackChain } from '../project/fallback-chain.js';
import { indexPositions, type PositionIndex } from './index-positions.js';
import { LineIndex } from '../text/line-index.js';
import { chainValues, expansionMessage, MAX_NESTED_LOOKUPS, nestedValueIndex, nestingCounter, parsedOnce } from './nesting-cost.js';
import type { Config } from '../config/schema.js';
import type { Diagnostic, DiagnosticSource } from '../diagnostics/diagnostic.js';

/**
 * A parsed bundle as this test needs it: its file, its `$t()` messages by flat key, and its text
 * (or a way to read it again: only a file with a finding needs it, for the positions).
 */
export interface NestingBundle {
  file: string;
  locale: string;
  namespace: string;
  text: string | (() => string);
  nestings: readonly (readonly [string, string])[];
}

/**
 * The messages whose `$t()` references expand past MAX_NESTED_LOOKUPS, one error each at its
 * key: i18next would render them (it has no limit), doubling the page at every level, so the
 * build refuses them before any page is rendered. References are followed across namespaces
 * too, as the build's i18next resolves them; check reports the same messages within a namespace.
 */
export function nestingBombs(
  bundles: readonly NestingBundle[],
  config: Pick<
    Config,
    | 'fallbacks'
    | 'sourceLocale'
    | 'keySeparator'
    | 'nsSeparator'
    | 'separatorsGiven'
    | 'pluralSeparator'
    | 'contextSeparator'
    | 'interpolation'
  >,
  source: DiagnosticSource = 'build',
): Diagnostic[] {
  const withNesting = bundles.filter((b) => b.nestings.length > 0);
  if (withNesting.length === 0) return [];
  const byLocale = new Map<string, NestingBundle[]>();
  for (const bundle of withNesting) byLocale.set(bundle.locale, [...(byLocale.get(bundle.locale) ?? []), bundle]);
  const found: Diagnostic[] = [];
  // Each bundle is indexed once, though every locale's chain holds the source's bundles.
  const indexes = new Map<NestingBundle, Map<string, string[]>>();
  const indexOf = (bundle: NestingBundle): Map<string, string[]> => {
    let index = indexes.get(bundle);
    if (!index)
      indexes.set(
        bundle,
        (index = nestedValueIndex(bundle.nestings, [config.pluralSeparator, config.contextSeparator], config.interpolation.nestingPrefix)),
      );
    return index;
  };
  for (const [locale, own] of byLocale) {
    const chain = fallbackChain(locale, config).flatMap((l) => byLocale.get(l) ?? []);
    const values = new Map<string, (key: string) => readonly string[]>();
    for (const namespace of new Set(chain.map((b) => b.namespace)))
      values.set(namespace, chainValues(chain.filter((b) => b.namespace === namespace).map(indexOf)));
    const count = nestingCounter((namespace, key) => values.get(namespace)?.(key) ?? [], config, parsedOnce(config.interpolation));
    for (const bundle of own) {
      // Positions are indexed once per file, and only for a file with a finding.
      let positions: { keys: PositionIndex['keys']; lines: LineIndex } | undefined;
      for (const [key, message] of bundle.nestings) {
        if (count(bundle.namespace, message) <= MAX_NESTED_LOOKUPS) continue;
        const text = typeof bundle.text === 'string' ? bundle.text : bundle.text();
        positions ??= { keys: indexPositions(text, config.keySeparator).keys, lines: new LineIndex(text) };
        const { line, column } = positions.lines.position(positions.keys.get(key)?.keyStart ?? 0);
        found.push({
          file: bundle.file,
          line,
          column,
          endLine: line,
          endColumn: column,
          severity: 'error',
          ruleId: 'nesting',
          source,
          message: expansionMessage(key, config.interpolation),
          locale: bundle.locale,
          namespace: bundle.namespace,
          key,
        });
      }
    }
  }
  return found;
}
