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

/** A notification about an open document (didOpen, didChange, didClose), as sent. */
export interface DocumentNotification {
  method: string;
  params: object;
}

/**
 * An editor's side of `l10n lsp --stdio`, for tests: starts the compiled bin in `root`, keeps the
 * last diagnostics published for each document, and waits for the ones a test expects. It turns the
 * server's trace on, whose lines say how many document notifications each check covered: once they
 * add up to those sent, every change sent has been checked and published (settled()).
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly waiters = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  private sent = 0;
  private covered = 0;
  /** The server's trace lines, one per check it ran. */
  readonly checks: string[] = [];
  /** Every diagnostics notification received, in order. */
  readonly publications: PublishDiagnosticsParams[] = [];
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
      this.publications.push(params);
      for (const wake of this.waiters) wake();
    });
    this.connection.onNotification('$/logTrace', ({ message }: { message: string }) => {
      const covered = / once for (\d+) document notifications?$/.exec(message);
      if (!covered) return;
      this.checks.push(message);
      this.covered += Number(covered[1]);
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
      trace: 'messages',
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The last diagnostics published for a project path (none yet: empty). */
  diagnostics(file: string): Diagnostic[] {
    return this.published.get(this.uri(file)) ?? [];
  }

  /** Waits until the diagnostics of `file` satisfy `ok` (or fails after `ms`). */
  async until(file: string, ok: (list: Diagnostic[]) => boolean, ms = 10_000): Promise<Diagnostic[]> {
    await this.waitFor(
      () => ok(this.diagnostics(file)),
      () => `${file}: ${JSON.stringify(this.diagnostics(file))}`,
      ms,
    );
    return this.diagnostics(file);
  }

  /** Waits until the server has checked every document notification sent so far, and published what it found. */
  async settled(ms = 10_000): Promise<void> {
    await this.waitFor(
      () => this.covered === this.sent,
      () => `checks of ${this.sent} document notifications: ${this.covered} covered`,
      ms,
    );
  }

  private async waitFor(ok: () => boolean, what: () => string, ms: number): Promise<void> {
    const started = Date.now();
    while (!ok()) {
      if (Date.now() - started > ms) throw new Error(`timed out waiting on ${what()}\n${this.stderr}`);
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
  }

  async open(file: string, text: string): Promise<void> {
    await this.send(this.opened(file, text));
  }

  /** Replaces the whole text of an open document, as an editor does for a full-sync change. */
  async change(file: string, text: string): Promise<void> {
    await this.send(this.changed(file, text));
  }

  /** Closes a document without saving it: the server reads the disk's text again. */
  async closeDocument(file: string): Promise<void> {
    await this.send(this.closed(file));
  }

  /**
   * Sends document notifications (from opened, changed and closed) in one write, as messages that
   * queued up while the server was busy: the server reads them all at once.
   */
  async burst(notifications: readonly DocumentNotification[]): Promise<void> {
    const frames = notifications.map((n) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...n }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.sent += notifications.length;
    const stdin = this.child.stdin as NodeJS.WritableStream;
    await new Promise<void>((resolve, reject) => stdin.write(Buffer.concat(frames), (error) => (error ? reject(error) : resolve())));
  }

  /** The notification that opens a document with `text`. */
  opened(file: string, text: string): DocumentNotification {
    this.versions.set(file, 1);
    const languageId = languageIds[extname(file)] ?? 'json';
    return { method: 'textDocument/didOpen', params: { textDocument: { uri: this.uri(file), languageId, version: 1, text } } };
  }

  /** The notification that replaces an open document's whole text (the next version). */
  changed(file: string, text: string): DocumentNotification {
    const version = (this.versions.get(file) ?? 1) + 1;
    this.versions.set(file, version);
    return { method: 'textDocument/didChange', params: { textDocument: { uri: this.uri(file), version }, contentChanges: [{ text }] } };
  }

  /** The notification that closes a document without saving it. */
  closed(file: string): DocumentNotification {
    return { method: 'textDocument/didClose', params: { textDocument: { uri: this.uri(file) } } };
  }

  private async send(notification: DocumentNotification): Promise<void> {
    this.sent++;
    await this.connection.sendNotification(notification.method, notification.params);
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
