import { wordsOf } from './language-cues.js';
import { parseDate } from './page-meta.js';

/** What an update line says: when (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, the page's own clock) and its UI template. */
export interface UpdateLine {
  at: string;
  template: string;
}

const LABEL = /^\s*(?:[úu]ltima\s+)?(?:actualizaci[oó]n|actualizad[oa]|modificad[oa]|last\s+updated|updated|modified)\b/i;
// es-AR writes 24-hour times, with a colon or a dot and often "hs" after them: "18:40", "18.40 hs".
const TIME = /(?<![\d/.-])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.:])(?:\s*(?:hs|h|horas)\b\.?)?/i;
const FIRST_DATE_WORD =
  /(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d/i;

/** The i18next format that prints a date, and the time when the page gave one, as es-AR does (24-hour). */
const format = (timed: boolean): string =>
  timed ? 'datetime(dateStyle: long; timeStyle: short; hourCycle: h23)' : 'datetime(dateStyle: long)';

/**
 * Reads an update line ("Última actualización: 22 de abril de 2025, 18:40", "Actualizado el
 * 10/02/2025 a las 14:30"): the moment it names and the template that prints another moment the
 * same way (`Última actualización: {{updated, datetime(...)}}`). Undefined for any other line.
 */
export function parseUpdateLine(text: string): UpdateLine | undefined {
  if (!LABEL.test(text) || wordsOf(text).length > 14) return undefined;
  const day = parseDate(text);
  if (day === undefined) return undefined;
  const start = FIRST_DATE_WORD.exec(text)?.index ?? text.length;
  const time = TIME.exec(text.slice(start));
  const end = time ? start + time.index + time[0].length : text.length;
  const at = time ? `${day}T${time[1]!.padStart(2, '0')}:${time[2]}` : day;
  return { at, template: `${text.slice(0, start)}{{updated, ${format(time !== null)}}}${text.slice(end)}`.trim() };
}

/** Whether a line stamps the article's last update rather than its publication. */
export const isUpdateLine = (text: string): boolean => parseUpdateLine(text) !== undefined;
