import fc from 'fast-check';

/** One keystroke-sized edit of a text: something typed at a place, or a stretch deleted. */
export type KeystrokeEdit = { at: number; insert: string } | { at: number; remove: number };

/** Edits that type one of `typed` at any place, or delete up to `longest` characters there. */
export function keystrokeEdits(typed: readonly string[], longest: number): fc.Arbitrary<KeystrokeEdit> {
  return fc.oneof(
    fc.record({ at: fc.nat(), insert: fc.constantFrom(...typed) }),
    fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: longest }) }),
  );
}

/** The text after one edit; a place past the end wraps around, so every generated edit lands. */
export function applyEdit(text: string, step: KeystrokeEdit): string {
  const at = step.at % (text.length + 1);
  return 'insert' in step ? text.slice(0, at) + step.insert + text.slice(at) : text.slice(0, at) + text.slice(at + step.remove);
}
