import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatsOf } from '../../src/bundles/interpolation-formats.js';
import { interpolationsOf, sameSpans } from '../../src/bundles/message-parts.js';

// sameSpans is the fast path of interpolation-mismatch and format-mismatch: when it says two
// messages hold the same spans, both rules skip the pair, so the full parsers must agree.

const piece = fc.constantFrom(
  '{{',
  '}}',
  '{{v}}',
  '{{- v}}',
  '{{w, number}}',
  '{{v, currency(USD)}}',
  '{{v,number}}',
  ' ',
  'x',
  '-',
  ',',
  '{',
  '}',
);
const message = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('sameSpans', () => {
  it('says "same" only when both messages pass the same variables with the same formats', () => {
    fc.assert(
      fc.property(message, message, (value, source) => {
        const same = sameSpans(value, source);
        if (same === false) return;
        expect(interpolationsOf(value).variables).toEqual(interpolationsOf(source).variables);
        // interpolation-mismatch skips 'unescaped' too: the same variables are unescaped on both sides.
        expect(interpolationsOf(value).unescaped).toEqual(interpolationsOf(source).unescaped);
        expect(formatsOf(value)).toEqual(formatsOf(source));
        expect(interpolationsOf(value).unescaped.length > 0 || interpolationsOf(source).unescaped.length > 0).toBe(same === 'unescaped');
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for every message compared with itself, and tells a changed span apart', () => {
    fc.assert(
      fc.property(message, (value) => {
        expect(sameSpans(value, value)).not.toBe(false);
      }),
    );
    expect(sameSpans('Hola {{name}}', 'Hello {{name}}')).toBe(true);
    expect(sameSpans('Hola {{- name}}', 'Hello {{- name}}')).toBe('unescaped');
    expect(sameSpans('Hola {{nombre}}', 'Hello {{name}}')).toBe(false);
    expect(sameSpans('{{v}}', '{{v, number}}')).toBe(false);
    expect(sameSpans('Hola', 'Hello {{name}}')).toBe(false);
    expect(sameSpans('Hola', 'Hello')).toBe(true);
  });
});
