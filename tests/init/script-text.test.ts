import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutComments } from '../../src/init/script-text.js';

/** A piece of a script: code, a string literal (which may hold `//` or `/*`), or a comment. */
type Piece = { kind: 'code' | 'string' | 'comment'; text: string };

const inner = fc.string({ unit: fc.constantFrom('a', ' ', '/', '*', ':', '{', '\\\\', '\n'), maxLength: 8 });
const piece: fc.Arbitrary<Piece> = fc.oneof(
  fc.stringMatching(/^[a-z{}:,.() =]{0,8}$/).map((text) => ({ kind: 'code' as const, text })),
  fc
    .tuple(fc.constantFrom('"', "'", '`'), inner)
    .map(([quote, text]) => ({ kind: 'string' as const, text: `${quote}${text.replace(/[\n'"`\\]/g, '')}${quote}` })),
  inner.filter((text) => !text.includes('*/')).map((text) => ({ kind: 'comment' as const, text: `/*${text}*/` })),
  inner.map((text) => ({ kind: 'comment' as const, text: `//${text.replace(/[\n\r]/g, '')}\n` })),
);

describe('withoutComments', () => {
  it('blanks every comment, line breaks kept, and keeps code and strings as written', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        // A "/" of code right before a comment would make a token of its own: keep code and comments apart.
        const script = pieces.map((p) => (p.kind === 'code' ? `${p.text} ` : p.text)).join('');
        const expected = pieces
          .map((p) => (p.kind === 'code' ? `${p.text} ` : p.kind === 'string' ? p.text : p.text.replace(/[^\n\r]/g, ' ')))
          .join('');
        expect(withoutComments(script)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a URL in a string as no comment', () => {
    const text = "init({ loadPath: 'https://cdn.example/{{lng}}.json', fallbackLng: 'de' }) // fallbackLng: 'fr'";
    expect(withoutComments(text)).toBe(`${text.slice(0, text.indexOf(' //'))} ${' '.repeat(text.length - text.indexOf(' //') - 1)}`);
  });
});
