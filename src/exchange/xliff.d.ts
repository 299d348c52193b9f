/** The parts of the `xliff` package used here (it ships no types). */
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: unknown): Promise<string>;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<XliffDocument>;
  /** A unit: source, optional target and note. */
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
  }
  /** A group of units (our plural groups). */
  export interface XliffGroup {
    groupUnits: Record<string, XliffUnit | XliffGroup>;
  }
  /** The document as xliff2js returns it. */
  export interface XliffDocument {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources?: Record<string, Record<string, XliffUnit | XliffGroup>>;
  }
}
declare module 'xliff/xliff12ToJs' {
  import type { XliffDocument } from 'xliff/xliff2js';
  export default function xliff12ToJs(xml: string): Promise<XliffDocument>;
}
