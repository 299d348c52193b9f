import type { Rule } from '../rule.js';
import { duplicateKey } from './duplicate-key.js';
import { emptyValue } from './empty-value.js';
import { extraKey } from './extra-key.js';
import { fallbackResolved } from './fallback-resolved.js';
import { formatMismatch } from './format-mismatch.js';
import { interpolationMismatch } from './interpolation-mismatch.js';
import { jsonSyntax } from './json-syntax.js';
import { keyCollision } from './key-collision.js';
import { localeCode } from './locale-code.js';
import { markupMismatch } from './markup-mismatch.js';
import { messageSyntax } from './message-syntax.js';
import { missingKey } from './missing-key.js';
import { nesting } from './nesting.js';
import { nestingMismatch } from './nesting-mismatch.js';
import { pluralForms } from './plural-forms.js';
import { punctuationParity } from './punctuation-parity.js';
import { scriptFallback } from './script-fallback.js';
import { typeMismatch } from './type-mismatch.js';
import { undefinedKey } from './undefined-key.js';
import { untranslated } from './untranslated.js';
import { unusedKey } from './unused-key.js';
import { whitespaceParity } from './whitespace-parity.js';

/** Every bundle rule, in the order they run. A new rule is one file and one line here. */
export const bundleRules: readonly Rule[] = [
  jsonSyntax,
  localeCode,
  duplicateKey,
  keyCollision,
  missingKey,
  fallbackResolved,
  scriptFallback,
  extraKey,
  typeMismatch,
  emptyValue,
  messageSyntax,
  pluralForms,
  interpolationMismatch,
  formatMismatch,
  nesting,
  nestingMismatch,
  markupMismatch,
  untranslated,
  whitespaceParity,
  punctuationParity,
  undefinedKey,
  unusedKey,
];
