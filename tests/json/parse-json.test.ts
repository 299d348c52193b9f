import fc from 'fast-check';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/json/parse-json.js';

// A broken bundle is reported at the first error jsonc-parser finds in a full parse: the checker
// stops its scan there, so the place must be the same as if it had read on.

const json = fc
  .dictionary(
    fc.constantFrom('a', 'b', 'c'),
    fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer(),
      fc.dictionary(fc.constantFrom('x', 'y'), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
    ),
    { maxKeys: 3 },
  )
  .map((data) => JSON.stringify(data, null, 2));
const broken = fc.tuple(json, fc.nat(), fc.constantFrom('', ',', '}', '"', '/', '\n', 'x', '{', '[', ':')).map(([text, at, insert]) => {
  const cut = at % (text.length + 1);
  return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 1 : 0));
});

describe('parseJson on a broken file', () => {
  it('places the error where a full jsonc-parser parse finds its first one', () => {
    fc.assert(
      fc.property(broken, (text) => {
        const parsed = parseJson(text);
        const errors: ParseError[] = [];
        parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        if (parsed.ok || text.trim() === '' || errors.length === 0) return;
        expect({ offset: parsed.offset, length: parsed.length }).toEqual({ offset: errors[0]?.offset, length: errors[0]?.length });
      }),
      { numRuns: 2000 },
    );
  });

  it('names the error in words', () => {
    expect(parseJson('{\n  "a": "x",\n}\n')).toEqual({
      ok: false,
      offset: 14,
      length: 1,
      message: 'expected a property name in double quotes (is there a trailing comma?)',
    });
  });
});
