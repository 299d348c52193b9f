import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsTemplate, keyTemplate } from '../../src/check/key-template.js';

/** The regular expression the nesting rule used to build: the oracle on inputs small enough for it. */
function fitsByRegex(template: string, key: string): boolean {
  const escaped = template.split(/\{\{[^{}]*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.+')}$`, 's').test(key);
}

const text = (chars: string[], maxLength: number) => fc.array(fc.constantFrom(...chars), { maxLength }).map((list) => list.join(''));

describe('key templates', () => {
  it('fit exactly the keys the regular expression matched', () => {
    const template = text(['a', 'b', '{', '}', '{{x}}', '{{', '}}', '.'], 12);
    const key = text(['a', 'b', '{', '}', '.', 'ab'], 14);
    fc.assert(
      fc.property(template, key, (t, k) => {
        expect(fitsTemplate(keyTemplate(t), k), `${t} ~ ${k}`).toBe(fitsByRegex(t, k));
      }),
      { numRuns: 5000 },
    );
  });

  it('split at each variable and need a character for each', () => {
    expect(keyTemplate('item_{{kind}}_{{size}}').parts).toEqual(['item_', '_', '']);
    expect(keyTemplate('{{{a}}').parts).toEqual(['{', '']);
    expect(fitsTemplate(keyTemplate('item_{{kind}}'), 'item_')).toBe(false);
    expect(fitsTemplate(keyTemplate('item_{{kind}}'), 'item_x')).toBe(true);
  });

  it('decide a 40-character key against twelve variables and a letter at once, which the regex never did', () => {
    const template = keyTemplate(
      `${'abcdefghijkl'
        .split('')
        .map((c) => `{{${c}}}`)
        .join('')}Q{{z}}`,
    );
    expect(fitsTemplate(template, 'x'.repeat(40))).toBe(false);
    expect(fitsTemplate(template, `${'x'.repeat(12)}Qz`)).toBe(true);
  });

  it('take 100,000 variables, a template no regular expression could compile', () => {
    const template = keyTemplate(`${Array.from({ length: 100_000 }, (_, i) => `{{v${i}}}`).join('')}Q`);
    expect(template.parts).toHaveLength(100_001);
    expect(fitsTemplate(template, `${'x'.repeat(100_000)}Q`)).toBe(true);
    expect(fitsTemplate(template, `${'x'.repeat(99_999)}Q`)).toBe(false);
  });
});
