import type { DocumentNamespace } from './document-namespace.js';
import type { FindingData } from './lsp-diagnostic.js';
import { restoreTags, restoreVariables } from './message-fixes.js';
import { addAllMissing, addMissing, removeExtra, renameKey, type TextFix } from './sync-fixes.js';

/** A fix for the editor: the new text of the file, and whether it fixes one finding or all the file's. */
export interface FileAction extends TextFix {
  kind: 'quickfix' | 'source.fixAll';
  /** Which of the request's findings it fixes; undefined for fix-all. */
  finding?: number;
  preferred?: boolean;
}

const MISTYPED = /; it looks like "(.*)" mistyped \(/;

/** The quick fixes of one finding (none for a rule without a safe fix). */
function fixesOf(doc: DocumentNamespace, text: string, finding: FindingData): TextFix[] {
  const key = finding.key;
  if (key === undefined || finding.locale !== doc.locale || finding.namespace !== doc.namespace) return [];
  const fixes: (TextFix | undefined)[] = [];
  switch (finding.ruleId) {
    case 'missing-key':
    case 'plural-forms':
      fixes.push(addMissing(doc, text, key));
      break;
    case 'extra-key': {
      // The rule names the key the locale lacks that this one mistypes: renaming keeps the translation.
      const meant = MISTYPED.exec(finding.message)?.[1];
      if (meant !== undefined) fixes.push(renameKey(doc, text, key, meant));
      fixes.push(removeExtra(doc, text, key));
      break;
    }
    case 'interpolation-mismatch':
      fixes.push(restoreVariables(doc, text, key));
      break;
    case 'markup-mismatch':
      fixes.push(restoreTags(doc, text, key));
      break;
  }
  return fixes.filter((fix): fix is TextFix => fix !== undefined);
}

/**
 * The code actions for the findings an editor asks about (their `data`, see toLspDiagnostic): a
 * quick fix per finding that has one, the first of each preferred, and "fix all in this file"
 * (every missing key and plural form, as `l10n sync` adds them) when the file lacks any.
 */
export function codeActions(doc: DocumentNamespace, text: string, findings: readonly (FindingData | undefined)[]): FileAction[] {
  const actions: FileAction[] = [];
  findings.forEach((finding, index) => {
    if (!finding) return;
    fixesOf(doc, text, finding).forEach((fix, n) => actions.push({ ...fix, kind: 'quickfix', finding: index, preferred: n === 0 }));
  });
  const all = addAllMissing(doc, text);
  if (all) actions.push({ ...all, kind: 'source.fixAll' });
  return actions;
}
