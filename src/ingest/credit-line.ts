import { isCredit } from './page-meta.js';

/** What a credit line says: who the picture is owed to, and the UI template around the name. */
export interface CreditLine {
  credit: string;
  /** `Foto: {{credit}}`; undefined when the line is the name alone ("EFE"). */
  template?: string;
}

const LABELLED =
  /^\(?\s*((?:fotos?|foto de|imagen|im[aá]genes|cr[eé]ditos?|fuente|photos?|image|credit|source|ilustraci[oó]n)\s*:\s*)(.+?)\s*\)?\s*$/i;

/**
 * Reads a photo credit ("Foto: Archivo", "Foto: Gentileza Municipalidad de Rosario", "Fotos:
 * Prensa Chubut", or an agency alone): the credit is article data, the label around it a UI
 * string with `{{credit}}` in its place. Undefined for any other line.
 */
export function parseCredit(text: string): CreditLine | undefined {
  if (!isCredit(text)) return undefined;
  const labelled = LABELLED.exec(text.trim());
  if (!labelled) return { credit: text.trim() };
  return { credit: labelled[2]!, template: `${labelled[1]!.trimEnd()} {{credit}}` };
}
