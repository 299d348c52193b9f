import type { Shape } from './segment-shape.js';
import type { DetectedSegment } from './segment.js';

/**
 * Whether a line the language identifier could not place ("Unirme", "Mendoza") has the shape of
 * a UI word: one to three words, capitalised, letters only, no sentence. Such a line is decided by
 * where it sits (a button, a menu, the lines around it), not by its letters.
 */
export const looksLikeUiWord = (segment: DetectedSegment, shape: Shape): boolean =>
  shape.words >= 1 && shape.words <= 3 && !shape.terminal && /^\p{Lu}[\p{L}' .-]*$/u.test(segment.text) && /\p{Ll}/u.test(segment.text);
