import sax from 'sax';

/**
 * The first well-formedness error of an XML text, as `line L, column C: message`, or undefined.
 * The xliff package's parser reads a file cut short without a word and keeps what it got, so an
 * import would silently drop the units after the cut: the text is checked strictly first.
 */
export function xmlSyntaxError(xml: string): string | undefined {
  const parser = sax.parser(true);
  let first: string | undefined;
  parser.onerror = (error) => {
    first ??= `line ${parser.line + 1}, column ${parser.column}: ${error.message.split('\n')[0]}`;
    // Resume, so close() runs to the end instead of throwing "cannot resume from error".
    parser.error = null as unknown as Error;
  };
  parser.write(xml).close();
  return first;
}
