import type { Severity } from '../diagnostics/diagnostic.js';

/** The tones of the human reports: one per severity, `dim` for rule ids and related places, `ok` for a clean run. */
export type Tone = Severity | 'dim' | 'ok';

const CODES: Record<Tone, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', ok: '\u001b[32m' };
const RESET = '\u001b[0m';

/** `text` in the tone's ANSI colour when `color` is on (the caller knows whether the terminal wants it), else as is. */
export function paint(color: boolean, tone: Tone, text: string): string {
  return color ? `${CODES[tone]}${text}${RESET}` : text;
}
