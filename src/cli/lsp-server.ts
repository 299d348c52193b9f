import { relative, sep, join, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SaveBursts } from '../watch/save-bursts.js';
import { CoalescedTask } from '../lsp/coalesced-task.js';
import { toLspDiagnostic } from '../lsp/lsp-diagnostic.js';
import { LspSession } from '../lsp/lsp-session.js';
import { registerFeatures } from './lsp-features.js';
import { loadProjectConfig, type ProjectOptions } from './load-project-config.js';

/** The root the editor names (rootUri, else its first workspace folder), as a path. */
function clientRoot(rootUri: string | null | undefined, folders: readonly { uri: string }[] | null | undefined): string | undefined {
  const uri = rootUri ?? folders?.[0]?.uri;
  return uri?.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/**
 * `l10n lsp --stdio`: a Language Server Protocol server on standard input and output. It checks
 * the editor's unsaved text of bundle files and articles (an overlay on the watcher's session,
 * which re-checks only what an edit can reach), picks up saves and changes made outside the
 * editor (the watcher's folder watch, and workspace/didChangeWatchedFiles), and answers hover,
 * code actions, definition and completion (see lsp-features). `--root` wins over the editor's root when given.
 *
 * Changes are checked together once the messages queued behind them are read (CoalescedTask):
 * edits typed while a check runs cost one check of the latest texts, so what is published is
 * never older than what was published before it. With the editor's trace on (`$/setTrace`),
 * each check logs the files it took and how many document notifications it covered.
 */
export function startLspServer(options: ProjectOptions): Connection {
  const connection = createConnection(process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  let session: LspSession | undefined;
  const uris = new Map<string, string>();
  const pathOf = (uri: string): string | undefined => {
    if (!session || !uri.startsWith('file:')) return undefined;
    const path = relative(session.root, fileURLToPath(uri));
    return path.startsWith('..') || isAbsolute(path) ? undefined : path.split(sep).join('/');
  };
  const uriOf = (file: string): string => uris.get(file) ?? pathToFileURL(join(session?.root ?? '', file)).href;
  const publish = (changes: Map<string, Diagnostic[]>): void => {
    for (const [file, list] of changes) {
      const uri = uriOf(file);
      // The version of the text just checked (an open document's latest: no notification is read between the check and this).
      const version = documents.get(uri)?.version;
      void connection.sendDiagnostics({ uri, version, diagnostics: list.map((d) => toLspDiagnostic(d, uriOf)) });
    }
  };
  // A re-check that fails leaves the last diagnostics up and the server running; the editor's log says why.
  const checks = new CoalescedTask((notices) => {
    const live = session;
    if (!live) return;
    const files = live.changed();
    try {
      publish(live.check());
    } catch (error) {
      connection.console.error(
        `l10n: could not check ${files.join(', ')} again: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const took = files.length === 0 ? 'nothing' : files.join(', ');
    connection.tracer.log(`l10n: checked ${took} once for ${notices} document notification${notices === 1 ? '' : 's'}`);
  });
  let bursts: SaveBursts | undefined;
  const changedOnDisk = (path: string | undefined): void => {
    if (path !== undefined) bursts?.add(path);
  };

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    try {
      const { root, config } = await loadProjectConfig({
        ...options,
        root: options.root ?? clientRoot(params.rootUri, params.workspaceFolders),
      });
      // Watched before the first read, so no change between the two is missed; a change seen
      // before the session exists is read by its first check. The folders are check --watch's (SaveBursts).
      bursts = new SaveBursts(root, config, (paths, rewatch) => {
        rewatch();
        session?.changedOnDisk(paths);
        checks.add(0);
      });
      session = new LspSession(root, config);
    } catch (error) {
      throw new ResponseError(-32002, `l10n: ${error instanceof Error ? error.message : String(error)}`);
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['(', '"', '.', ':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'l10n' },
    };
  });
  connection.onInitialized(() => {
    const live = session;
    if (!live) return;
    publish(live.initial());
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) changedOnDisk(pathOf(change.uri));
  });
  documents.onDidChangeContent(({ document }) => {
    const file = pathOf(document.uri);
    if (file === undefined || !session) return;
    uris.set(file, document.uri);
    session.edit(file, document.getText());
    checks.add();
  });
  documents.onDidClose(({ document }) => {
    const file = pathOf(document.uri);
    if (file === undefined || !session) return;
    session.close(file);
    checks.add();
  });
  connection.onShutdown(() => {
    bursts?.close();
  });
  registerFeatures(connection, documents, { session: () => session, pathOf, uriOf });
  documents.listen(connection);
  connection.listen();
  // A message read in chunks (a whole bundle's text) is still coming: a pending check waits for it.
  process.stdin.on('data', () => checks.stir());
  return connection;
}
