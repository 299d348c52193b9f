import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The project's own l10n (node_modules/.bin), so the editor checks with the version CI runs; or the configured one. */
function serverCommand(root: string): string | undefined {
  const configured = workspace.getConfiguration('l10n').get<string>('serverPath');
  if (configured) return configured;
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'l10n.cmd' : 'l10n');
  return existsSync(bin) ? bin : undefined;
}

/** Starts `l10n lsp --stdio` in the first workspace folder, for its JSON bundles and its markdown and MDX articles. */
export async function activate(context: ExtensionContext): Promise<void> {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return;
  const root = folder.uri.fsPath;
  const command = serverCommand(root);
  if (!command) {
    void window.showWarningMessage('l10n: no node_modules/.bin/l10n in this workspace; run npm install, or set l10n.serverPath.');
    return;
  }
  const server: ServerOptions = {
    command,
    args: ['lsp', '--stdio'],
    options: { cwd: root, shell: process.platform === 'win32' },
  };
  const options: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'jsonc' },
      { scheme: 'file', language: 'markdown' },
      // VS Code has no MDX language of its own: an MDX extension's id, or the file name without one.
      { scheme: 'file', language: 'mdx' },
      { scheme: 'file', pattern: '**/*.mdx' },
    ],
    workspaceFolder: folder,
  };
  client = new LanguageClient('l10n', 'l10n', server, options);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  await client.start();
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
