import { CodeActionKind, MarkupKind, type CodeAction, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../lsp/code-actions.js';
import { documentNamespace } from '../lsp/document-namespace.js';
import type { FindingData } from '../lsp/lsp-diagnostic.js';
import { hoverText } from '../lsp/hover-text.js';
import { keyAtOffset } from '../lsp/key-at-position.js';
import type { LspSession } from '../lsp/lsp-session.js';

/** What each request needs: the live session, and the document and project path a URI names. */
export interface FeatureContext {
  session(): LspSession | undefined;
  pathOf(uri: string): string | undefined;
  uriOf(file: string): string;
}

/**
 * The requests beside diagnostics: hover, code actions, definition and completion, each answered
 * by a pure function of the session's project and the document's text.
 */
export function registerFeatures(connection: Connection, documents: TextDocuments<TextDocument>, features: FeatureContext): void {
  /** The open document of a request, its project path and the live session; undefined for another file. */
  const target = (uri: string): { document: TextDocument; file: string; session: LspSession } | undefined => {
    const document = documents.get(uri);
    const file = features.pathOf(uri);
    const session = features.session();
    return document && file !== undefined && session ? { document, file, session } : undefined;
  };
  connection.onHover(({ textDocument, position }) => {
    const open = target(textDocument.uri);
    if (!open) return null;
    const at = keyAtOffset(open.document.getText(), open.document.offsetAt(position), open.session.config.keySeparator);
    const doc = at && documentNamespace(open.session.project(), open.file);
    const text = doc && at && hoverText(doc, at.key);
    return text === undefined || text === null ? null : { contents: { kind: MarkupKind.Markdown, value: text } };
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const open = target(textDocument.uri);
    const doc = open && documentNamespace(open.session.project(), open.file);
    if (!open || !doc) return [];
    const text = open.document.getText();
    const whole = { start: { line: 0, character: 0 }, end: open.document.positionAt(text.length) };
    const findings = context.diagnostics.map((d) => (d.source === 'l10n' ? (d.data as FindingData | undefined) : undefined));
    const wanted = context.only;
    return codeActions(doc, text, findings)
      .filter((action) => !wanted || wanted.some((kind) => action.kind === kind || action.kind.startsWith(`${kind}.`)))
      .map((action): CodeAction => ({
        title: action.title,
        kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.SourceFixAll,
        ...(action.finding !== undefined && { diagnostics: [context.diagnostics[action.finding]!] }),
        ...(action.preferred && { isPreferred: true }),
        edit: { changes: { [textDocument.uri]: [{ range: whole, newText: action.text }] } },
      }));
  });
}
