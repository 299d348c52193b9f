import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameTags } from '../../src/bundles/same-tags.js';

// sameTags is markup-mismatch's fast path: it must say "same" exactly when the spans joined are
// equal, spans read as the rule reads them (from each `<` to the first `>` after it, overlapping
// when a `<` falls inside a span; nothing after a `<` without a `>`).

function joinedSpans(value: string): string {
  let out = '';
  for (let open = value.indexOf('<'); open !== -1; open = value.indexOf('<', open + 1)) {
    const close = value.indexOf('>', open);
    if (close === -1) break;
    out += value.slice(open, close + 1);
  }
  return out;
}

const piece = fc.constantFrom('<', '>', '<b>', '</b>', '<1>', '</1>', '<br/>', '<a href="x">', 'x', ' ', '<<', '>>', 'é');
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('sameTags', () => {
  it('says "same" exactly when the joined spans are equal', () => {
    fc.assert(
      fc.property(text, text, (value, source) => {
        expect(sameTags(value, source)).toBe(joinedSpans(value) === joinedSpans(source));
      }),
      { numRuns: 5000 },
    );
  });

  it('holds for every string beside itself, and not beside it with a tag added', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(sameTags(value, value)).toBe(true);
        expect(sameTags(value, `${value}<i>`)).toBe(false);
      }),
    );
  });
});
