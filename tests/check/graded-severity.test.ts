import { expect, it } from 'vitest';
import { gradedSeverity } from '../../src/check/graded-severity.js';

it('a rule that grades a finding above its default level is refused, not quietly lowered', () => {
  expect(() => gradedSeverity(undefined, 'warning', 'error')).toThrow("a finding graded error is above its rule's default level warning");
  expect(() => gradedSeverity('info', 'warning', 'error')).toThrow();
  expect(gradedSeverity('off', 'warning', 'error')).toBe('off');
});
