import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestingSpans } from '../../src/bundles/nesting-syntax.js';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';
import { keepsAll, sourceReferences } from '../../src/check/lost-references.js';

// keepsAll decides that a translation keeps its source's references without running i18next's
// nesting pattern. Whenever it says so, the pattern must find exactly the source's reference
// texts in the translation, each at least once, and nothing else.

const PIECES = [
  '$t(',
  '$t(a)',
  '$t(b)',
  '$t(a, {"count": 2})',
  '$t(c, {"x": "(y)"})',
  '$t(d, {"v": "$t(a)"})',
  'a',
  ' ',
  ')',
  '(',
  '"',
  "'",
  ',',
  '{',
  '}',
  'x',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

/** The reference texts i18next's pattern finds in a string. */
function referenceTexts(value: string): string[] {
  const spans = nestingSpans(value);
  const texts: string[] = [];
  for (let i = 0; i < spans.length; i += 2) texts.push(value.slice(spans[i], spans[i + 1]));
  return texts;
}

describe('keepsAll', () => {
  it('says a translation keeps every reference only where the pattern finds just those', () => {
    let kept = 0;
    fc.assert(
      fc.property(text, text, (source, value) => {
        const { texts } = sourceReferences(source, DEFAULT_SYNTAX);
        if (texts.length === 0 || !keepsAll(value, texts, '$t(')) return;
        kept++;
        const found = referenceTexts(value);
        expect(new Set(found)).toEqual(new Set(texts));
      }),
      { numRuns: 20000, seed: 7 },
    );
    expect(kept).toBeGreaterThan(100);
  });

  it('says it for a translation that moves the references among other words', () => {
    const { texts } = sourceReferences('Add $t(a) to $t(c, {"x": "(y)"})', DEFAULT_SYNTAX);
    expect(keepsAll('$t(c, {"x": "(y)"}) reçoit $t(a) et $t(a)', texts, '$t(')).toBe(true);
    expect(keepsAll('$t(c, {"x": "(y)"}) reçoit $t(b)', texts, '$t(')).toBe(false);
    expect(keepsAll('$t(c, {"x": "(y)"}) reçoit $ T (a)', texts, '$t(')).toBe(false);
  });
});
