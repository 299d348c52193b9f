import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { afterEach } from 'vitest';
import { BIN } from './run-cli.js';
import { tempProject } from './temp-project.js';

/** The language id an editor gives a file (VS Code's ids): markdown and mdx for articles, json for bundles. */
const languageIds: Record<string, string> = { '.md': 'markdown', '.mdx': 'mdx' };

/**
 * An editor's side of `l10n lsp --stdio`, for tests: starts the compiled bin in `root`, keeps the
 * last diagnostics published for each document, and waits for the ones a test expects.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly waiters = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  stderr = '';

  constructor(readonly root: string) {
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(this.child.stdin as NodeJS.WritableStream),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params.diagnostics);
      for (const wake of this.waiters) wake();
    });
    this.connection.listen();
  }

  /** The URI of a project path. */
  uri(file: string): string {
    return pathToFileURL(join(this.root, file)).href;
  }

  /** Whether the server process is still running. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      capabilities: { workspace: { applyEdit: true } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The last diagnostics published for a project path (none yet: empty). */
  diagnostics(file: string): Diagnostic[] {
    return this.published.get(this.uri(file)) ?? [];
  }

  /** Waits until the diagnostics of `file` satisfy `ok` (or fails after `ms`). */
  async until(file: string, ok: (list: Diagnostic[]) => boolean, ms = 10_000): Promise<Diagnostic[]> {
    const started = Date.now();
    while (!ok(this.diagnostics(file))) {
      if (Date.now() - started > ms)
        throw new Error(`timed out waiting on ${file}: ${JSON.stringify(this.diagnostics(file))}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, 50);
        this.waiters.add(wake);
      });
    }
    return this.diagnostics(file);
  }

  async open(file: string, text: string): Promise<void> {
    this.versions.set(file, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri(file), languageId: languageIds[extname(file)] ?? 'json', version: 1, text },
    });
  }

  /** Replaces the whole text of an open document, as an editor does for a full-sync change. */
  async change(file: string, text: string): Promise<void> {
    const version = (this.versions.get(file) ?? 1) + 1;
    this.versions.set(file, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri(file), version },
      contentChanges: [{ text }],
    });
  }

  /** Closes a document without saving it: the server reads the disk's text again. */
  async closeDocument(file: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(file) } });
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone (a test that stopped it): nothing to shut down.
    }
    this.connection.dispose();
    if (this.running) this.child.kill();
  }
}

/** Starts the server in `root` and initializes it, as an editor does on opening the folder. */
export async function startLspClient(root: string): Promise<LspClient> {
  const client = new LspClient(root);
  await client.initialize();
  return client;
}

/**
 * A `start(files)` for one test file: each call writes a temporary project (as tempProject) and
 * starts an initialized server in it; after each test the servers are shut down and the projects removed.
 */
export function lspClientsPerTest(): (files: Record<string, string>) => Promise<LspClient> {
  const started: LspClient[] = [];
  afterEach(async () => {
    for (const client of started.splice(0)) {
      await client.close();
      rmSync(client.root, { recursive: true, force: true });
    }
  });
  return async (files) => {
    const client = new LspClient(tempProject(files));
    started.push(client);
    await client.initialize();
    return client;
  };
}
