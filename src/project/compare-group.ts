import { PLURAL_CATEGORIES, type PluralCategory } from '../bundles/plural-rules.js';
import { hasOwn, type Walk } from './compare-walk.js';
import { isFound, lookupPath } from './lookup-path.js';
import { fullKey as full } from './pair.js';
import type { ObjectGroup } from './source-groups.js';

/**
 * Compares a source plural group with a target object: the forms the target's locale needs and
 * lacks beside forms it has (missingForms), or the whole group absent when it has none and no
 * other spelling of the key resolves (absent). A target's bare key stands for the whole group.
 */
export function compareGroup(w: Walk, group: ObjectGroup, target: Record<string, unknown> | undefined, prefix: string): void {
  if (target && hasOwn.call(target, group.base)) return;
  const { family, indices } = group.ordinal ? w.ordinal : w.cardinal;
  let missing: PluralCategory[] | undefined;
  if (target) {
    for (let i = 0; i < indices.length; i++) {
      const index = indices[i] as number;
      if (!hasOwn.call(target, group.names[index] as string)) (missing ??= []).push(PLURAL_CATEGORIES[index] as PluralCategory);
    }
    if (!missing) return;
  }
  let anchor: string | undefined;
  if (target) {
    for (const name of group.names) {
      if (hasOwn.call(target, name)) {
        anchor = name;
        break;
      }
    }
  }
  const base = full(prefix, group.base, w.join);
  if (anchor === undefined || !missing) {
    if (isFound(lookupPath(w.targetRoot, base, w.sep, w.holdsSeparator))) return;
    const first = group.forms.values().next().value as string;
    w.result.absent.push({
      key: base,
      sourceKey: full(prefix, first, w.join),
      missedInTarget: false,
      formsMissedInTarget: false,
      group: { ordinal: group.ordinal, categories: family.categories },
    });
    return;
  }
  for (const category of missing) {
    w.result.missingForms.push({
      key: full(prefix, group.names[PLURAL_CATEGORIES.indexOf(category)] as string, w.join),
      base,
      category,
      ordinal: group.ordinal,
      anchorKey: full(prefix, anchor, w.join),
    });
  }
}
