import type { Severity } from '../diagnostics/diagnostic.js';

const LADDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The severity a finding is reported at. A rule grades its findings at its default level (a
 * dropped `{{count}}` is a warning within the error rule interpolation-mismatch); the config's
 * level sets the rule's top severity, and a finding graded below the default stays below the
 * configured level by the same steps (error -> warning -> info), never below info: a rule that is
 * on shows every finding. So setting a rule to its default changes nothing, and `off` reports nothing.
 */
export function gradedSeverity(configured: Severity | 'off' | undefined, defaultSeverity: Severity, grade: Severity | undefined): Severity | 'off' {
  if (configured === 'off') return 'off';
  const level = configured ?? defaultSeverity;
  if (grade === undefined) return level;
  // A grade above the default would make the default not the rule's top: read it as the default.
  const steps = Math.max(0, LADDER.indexOf(grade) - LADDER.indexOf(defaultSeverity));
  return LADDER[Math.min(LADDER.length - 1, LADDER.indexOf(level) + steps)] as Severity;
}
