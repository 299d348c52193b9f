/** One `<segment>` or `<ignorable>` of a unit, as read. */
export interface UnitPart {
  ignorable: boolean;
  source: string;
  /** Undefined when the part has no `<target>`. */
  target: string | undefined;
  /** The target's `order` attribute: the place (from 1) its text takes in the unit's target. */
  order: number | undefined;
}

/** What a unit's target comes to: its text, untranslated (no target at all), or a reason to skip it. */
export type UnitText = { kind: 'text'; text: string } | { kind: 'untranslated' } | { kind: 'skipped'; reason: string };

/**
 * The target text of a unit: the targets of its segments and ignorables joined in order (an
 * ignorable without a target keeps its source, the whitespace between sentences), placed by
 * their `order` where a CAT tool reordered them. A unit whose segments are translated only in
 * part is skipped, never written half: the untranslated sentences would be lost.
 */
export function unitText(parts: readonly UnitPart[]): UnitText {
  const segments = parts.filter((p) => !p.ignorable);
  const translated = segments.filter((p) => p.target !== undefined && (p.target !== '' || p.source === ''));
  if (translated.length === 0 || segments.every((p) => p.target === undefined || p.target === '')) return { kind: 'untranslated' };
  if (translated.length < segments.length) {
    const missing = segments.findIndex((p) => !translated.includes(p));
    return {
      kind: 'skipped',
      reason: `segment ${missing + 1} of ${segments.length} has no translation: a unit translated in part is not imported`,
    };
  }
  const placed: (string | undefined)[] = Array.from({ length: parts.length });
  for (const [i, part] of parts.entries()) {
    const at = part.order === undefined ? i : part.order - 1;
    if (at < 0 || at >= parts.length || placed[at] !== undefined)
      return {
        kind: 'skipped',
        reason: `a target's order="${part.order}" is not a free place among the unit's ${parts.length} segments and ignorables`,
      };
    placed[at] = part.target ?? part.source;
  }
  return { kind: 'text', text: placed.join('') };
}
