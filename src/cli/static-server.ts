import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** A running preview server and how to stop it. */
export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The file a URL path maps to inside `dir`, or undefined for anything outside it or hidden. */
export function resolveRequestPath(dir: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.'))) return undefined;
  const root = resolve(dir);
  const full = resolve(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  return path.endsWith('/') ? join(full, 'index.html') : full;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 only (a preview, never exposed to the network).
 * Port 0 picks a free port. Folders redirect to their trailing-slash form, as on a real host.
 */
export function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = resolveRequestPath(dir, request.url ?? '/');
    const stat = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (file && stat?.isDirectory()) {
      response.writeHead(301, { location: `${(request.url ?? '/').split('?')[0]}/` }).end();
      return;
    }
    if (!file || !stat?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': stat.size, 'x-content-type-options': 'nosniff' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolvePromise({ url: `http://127.0.0.1:${bound}/`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
