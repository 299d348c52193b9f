import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver/node';
import { median } from './measure.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = lsp;

/**
 * `l10n lsp --stdio` latency: the time from a didChange of an open bundle or article to the
 * publishDiagnostics it causes. The edit toggles an extra key in a bundle, and the title field's
 * name in an article (a front-matter error), so every change changes the file's diagnostics (the
 * server publishes only changes). The server's start, first full check and the check of the
 * opened file are not timed: the server's trace line for that check (`$/logTrace`) marks their end.
 */
export async function lspLatency(bin, root, file, runs) {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio', '--root', root], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (data) => (stderr += data));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(join(root, file)).href;
  let wake;
  let opened;
  const checkedOpen = new Promise((resolve) => (opened = resolve));
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri === uri && wake) wake(performance.now());
  });
  connection.onNotification('$/logTrace', ({ message }) => {
    if (/ once for \d+ document notifications?$/.test(message)) opened();
  });
  connection.listen();
  const original = readFileSync(join(root, file), 'utf8');
  const article = /\.mdx?$/.test(file);
  const probe = article ? original.replace(/^title:/m, 'titel:') : original.replace('{', '{\n  "benchProbe": "x",');
  const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
  const latencies = [];
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
      trace: 'messages',
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: article ? 'markdown' : 'json', version: 1, text: original },
    });
    await Promise.race([checkedOpen, timeout(120_000)]);
    for (let i = 0; i < runs; i++) {
      const published = new Promise((resolve) => (wake = resolve));
      const start = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ text: i % 2 === 0 ? probe : original }],
      });
      const end = await Promise.race([published, timeout(30_000)]);
      if (end === undefined) return { error: `no diagnostics within 30 s of a change${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}` };
      latencies.push((end - start) / 1000);
    }
  } finally {
    connection.dispose();
    child.kill();
  }
  return { median: median(latencies), spread: Math.max(...latencies) - Math.min(...latencies), samples: latencies };
}
