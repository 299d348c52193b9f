/** The part of the `html-encoding-sniffer` package used here (it ships no types). */
declare module 'html-encoding-sniffer' {
  /** The encoding the HTML standard's prescan finds (BOM, then `<meta charset>`), else `defaultEncoding`. */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
