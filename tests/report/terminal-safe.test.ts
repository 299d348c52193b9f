import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalLines, terminalSafe } from '../../src/report/terminal-safe.js';

const UNSAFE = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]|(?!\u200D)\p{Cf}/u;
const chars = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\u001b',
      '\u0007',
      '\r',
      '\n',
      '\t',
      '\u009b',
      '\u009d',
      '\u0085',
      '\ufeff',
      '\u200b',
      '\u200d',
      '\u202e',
      '\u2066',
      '\u2028',
      '\ud800',
      '\\',
      'a',
      'ñ',
      '中',
      '👩',
      '💻',
    ),
    fc.constantFrom('x', ' '),
  ),
  maxLength: 40,
});

describe('terminalSafe', () => {
  it('leaves nothing a terminal acts on, and no line break (property)', () => {
    fc.assert(
      fc.property(chars, (text) => {
        const safe = terminalSafe(text);
        expect([...safe].filter((c) => UNSAFE.test(c) && c !== '\u200d')).toEqual([]);
        expect(safe).not.toContain('\n');
      }),
    );
  });

  it('escapes exactly what one replace over the whole text escapes, on any text (property)', () => {
    // The pattern of terminal-safe.ts, without the quick search that lets most texts through untouched.
    const whole =
      // eslint-disable-next-line no-misleading-character-class -- as in terminal-safe.ts
      /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]|(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})|(?!\u200D)\p{Cf}/gu;
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const model = (text: string): string =>
      text.replace(whole, (c) => named[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
    fc.assert(
      fc.property(fc.oneof(chars, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(terminalSafe(text)).toBe(model(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('changes no printable text, keeps an emoji sequence whole, and names each escape', () => {
    for (const text of ['La Crónica Austral', '¿Qué? ¡Sí!', '中文 עברית العربية', '👩‍💻 and 👨‍👩‍👧', 'a\\nb'])
      expect(terminalSafe(text)).toBe(text);
    expect(terminalSafe('t\u001b]0;x\u0007\r\n\t\u009b\ufeff\u200b\u202e\u2066a\u200db')).toBe(
      't\\u001b]0;x\\u0007\\r\\n\\t\\u009b\\ufeff\\u200b\\u202e\\u2066a\\u200db',
    );
  });

  it('terminalLines keeps the lines of a diff, its tabs and a CRLF line end, and escapes the rest', () => {
    expect(terminalLines('-\ta\r\n+b\u001b[2K\rc\n')).toBe('-\ta\r\n+b\\u001b[2K\\rc\n');
  });
});
