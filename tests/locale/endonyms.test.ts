import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENDONYMS } from '../../src/locale/endonym-table.js';
import { isEndonym } from '../../src/locale/endonyms.js';
import { endonymTableSource, icuEndonyms } from '../../src/locale/icu-endonyms.js';

const tableFile = new URL('../../src/locale/endonym-table.ts', import.meta.url);

describe('the names languages give themselves', () => {
  it('are what the running ICU says, in the file the script writes (else: npm run data:endonyms)', () => {
    const fromIcu = icuEndonyms();
    expect(ENDONYMS).toEqual(fromIcu);
    expect(readFileSync(tableFile, 'utf8')).toBe(endonymTableSource(fromIcu));
  });

  it("tells a language's own name, in any case and with white space at its edges", () => {
    const tags = ['de', 'ja', 'ar', 'pt-BR', 'zh-Hant', 'fr', 'tr', 'ka', 'he', 'vi', 'en'];
    fc.assert(
      fc.property(fc.constantFrom(...tags), fc.boolean(), fc.constantFrom('', ' ', '\n', '\t '), (tag, upper, edge) => {
        const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) as string;
        expect(isEndonym(`${edge}${upper ? name.toUpperCase() : name}${edge}`), name).toBe(true);
      }),
    );
  });

  it('is no word of a UI, nor a language named in another language', () => {
    for (const text of ['Save', 'Settings', 'Italian', 'Allemand', 'Deutsch lernen', 'Japanese (日本語)', ''])
      expect(isEndonym(text), text).toBe(false);
  });
});
