import type { Severity } from '../diagnostics/diagnostic.js';

const LADDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The severity a finding is reported at. A rule grades its findings at its default level (a
 * dropped `{{count}}` is a warning within the error rule interpolation-mismatch); the config's
 * level sets the rule's top severity, and a finding graded below the default stays below the
 * configured level by the same steps (error -> warning -> info), never below info: a rule that is
 * on shows every finding. So setting a rule to its default changes nothing, and `off` reports nothing.
 */
export function gradedSeverity(
  configured: Severity | 'off' | undefined,
  defaultSeverity: Severity,
  grade: Severity | undefined,
): Severity | 'off' {
  if (configured === 'off') return 'off';
  const level = configured ?? defaultSeverity;
  if (grade === undefined) return level;
  const steps = LADDER.indexOf(grade) - LADDER.indexOf(defaultSeverity);
  // The default is the rule's top: a grade above it is a rule's bug, which no config could reach.
  if (steps < 0)
    throw new Error(`a finding graded ${grade} is above its rule's default level ${defaultSeverity}: raise the rule's default instead`);
  return LADDER[Math.min(LADDER.length - 1, LADDER.indexOf(level) + steps)] as Severity;
}
