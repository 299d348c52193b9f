import {
  CodeActionKind,
  CompletionItemKind,
  MarkupKind,
  type CodeAction,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../lsp/code-actions.js';
import { keyChoices, typedNestingKey } from '../lsp/completion.js';
import { definition, nestedKeyAt } from '../lsp/definition.js';
import { findingOf } from '../lsp/lsp-diagnostic.js';
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
    const text = open.document.getText();
    const offset = open.document.offsetAt(position);
    const doc = open.session.document(open.file);
    // Inside `$t(key)`, the key it names; elsewhere the key whose name or value is under the cursor.
    const nested = doc && nestedKeyAt(open.session.project(), doc, text, offset);
    const at = nested ?? (doc && { doc, key: keyAtOffset(text, offset, open.session.config.keySeparator)?.key });
    const shown = at?.key === undefined ? undefined : hoverText(at.doc, at.key);
    return shown === undefined ? null : { contents: { kind: MarkupKind.Markdown, value: shown } };
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const open = target(textDocument.uri);
    const doc = open && open.session.document(open.file);
    if (!open || !doc) return [];
    const text = open.document.getText();
    const whole = { start: { line: 0, character: 0 }, end: open.document.positionAt(text.length) };
    const findings = context.diagnostics.map(findingOf);
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
  connection.onDefinition(({ textDocument, position }) => {
    const open = target(textDocument.uri);
    const project = open?.session.project();
    const doc = open && project && open.session.document(open.file);
    if (!open || !project || !doc) return null;
    const place = definition(project, doc, open.document.getText(), open.document.offsetAt(position));
    if (!place) return null;
    const at = { line: place.line - 1, character: place.column - 1 };
    return { uri: features.uriOf(place.file), range: { start: at, end: at } };
  });
  connection.onCompletion(({ textDocument, position }) => {
    const open = target(textDocument.uri);
    if (!open) return [];
    const lineBefore = open.document.getText({ start: { line: position.line, character: 0 }, end: position });
    const prefix = typedNestingKey(lineBefore, open.session.config.interpolation);
    const project = prefix === undefined ? undefined : open.session.project();
    const doc = project && open.session.document(open.file);
    if (prefix === undefined || !project || !doc) return [];
    const range = { start: { line: position.line, character: position.character - prefix.length }, end: position };
    return keyChoices(project, doc, prefix).map((choice) => ({
      label: choice.key,
      kind: CompletionItemKind.Reference,
      ...(choice.sourceText !== undefined && { detail: choice.sourceText }),
      textEdit: { range, newText: choice.key },
    }));
  });
}
