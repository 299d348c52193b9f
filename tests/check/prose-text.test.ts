import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { END_TAG, endTagStart, HIDDEN, proseMask } from '../../src/check/prose-text.js';

// The regular expressions these replace: the oracle on inputs small enough for them.
const OLD_LINK = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*|<[^<>]*>/gi;
const OLD_END_TAG = /<\/?[A-Za-z0-9][^<>]*>$/;
const oldProse = (value: string): string => (value.includes('://') || value.includes('<') ? value.replace(OLD_LINK, '') : value);
const oldEndTag = (value: string, cut: number): number => OLD_END_TAG.exec(value.slice(0, cut))?.index ?? -1;

/** The mask without what it hides: the words the old pattern left. */
const prose = (value: string): string => [...proseMask(value)].filter((unit) => unit !== HIDDEN && unit !== END_TAG).join('');

const text = fc
  .array(fc.constantFrom('a', 'Z', '1', '+', '.', '-', ':', '/', '://', ' ', '"', '<', '>', '</', '<b>', '?', 'é', 'K'), { maxLength: 16 })
  .map((parts) => parts.join(''));

describe('prose and end tags', () => {
  it('read what the regular expressions read', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(prose(value), value).toBe(oldProse(value));
        const mask = proseMask(value);
        expect(mask.length).toBe(value.length);
        for (let i = 0; i < value.length; i++) expect([value.charAt(i), HIDDEN, END_TAG]).toContain(mask.charAt(i));
        for (let cut = 0; cut <= value.length; cut++) expect(endTagStart(value, cut), `${value} @${cut}`).toBe(oldEndTag(value, cut));
      }),
      { numRuns: 3000 },
    );
  });

  it('hide end tags apart from other tags and links, unit for unit', () => {
    expect(proseMask('<b>Hi</b> http://x/?q')).toBe(`${HIDDEN.repeat(3)}Hi${END_TAG.repeat(4)} ${HIDDEN.repeat(11)}`);
  });

  it('take one pass over a long word before a link and 100,000 tags', () => {
    const word = `${'a'.repeat(200_000)} http://x.example/?q!`;
    expect(prose(`${word}<`)).toBe(`${'a'.repeat(200_000)} <`);
    const tags = '<b>'.repeat(100_000);
    let cut = tags.length;
    let peeled = 0;
    for (let at = endTagStart(tags, cut); at >= 0; at = endTagStart(tags, cut)) {
      cut = at;
      peeled++;
    }
    expect(peeled).toBe(100_000);
  });
});
