import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.xml', 'application/xml; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.jpg', 'image/jpeg'],
  ['.webp', 'image/webp'],
]);

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
 * Where a folder redirects to: its path inside `dir` with a trailing slash, always one leading `/`
 * and every segment percent-encoded, so `GET //evil.example` can never answer with a
 * protocol-relative `Location: //evil.example/` (an open redirect).
 */
export function folderLocation(dir: string, folder: string): string {
  const inside = relative(resolve(dir), folder)
    .split(sep)
    .filter((part) => part !== '');
  return `/${inside.map(encodeURIComponent).join('/')}${inside.length > 0 ? '/' : ''}`;
}

/** What stat says of a requested path; a path the file system refuses (ENOTDIR, ENAMETOOLONG) is not there. */
function statOf(file: string): { stat?: Stats; tooLong?: boolean } {
  try {
    return { stat: statSync(file, { throwIfNoEntry: false }) };
  } catch (error) {
    return { tooLong: (error as NodeJS.ErrnoException).code === 'ENAMETOOLONG' };
  }
}

const plain = { 'content-type': 'text/plain; charset=utf-8' };

function answer(dir: string, request: IncomingMessage, response: ServerResponse): void {
  const file = resolveRequestPath(dir, request.url ?? '/');
  const { stat, tooLong } = file ? statOf(file) : {};
  if (tooLong) {
    response.writeHead(414, plain).end('URI too long\n');
    return;
  }
  if (file && stat?.isDirectory()) {
    response.writeHead(301, { location: folderLocation(dir, file) }).end();
    return;
  }
  if (!file || !stat?.isFile()) {
    response.writeHead(404, plain).end('not found\n');
    return;
  }
  const stream = createReadStream(file);
  // A file that goes or cannot be read between stat and read ends this response, not the server.
  stream.once('error', () => (response.headersSent ? response.destroy() : response.writeHead(404, plain).end('not found\n')));
  stream.once('open', () => {
    response.writeHead(200, {
      'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream',
      'content-length': stat.size,
      'x-content-type-options': 'nosniff',
    });
    stream.pipe(response);
  });
}

/**
 * Serves a built site from `dir` on 127.0.0.1 only (a preview, never exposed to the network).
 * Port 0 picks a free port. Folders redirect to their trailing-slash form, as on a real host.
 * No request can stop it: what cannot be served is a 404 (or 414), anything unforeseen a 500.
 */
export function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const server = createServer((request, response) => {
    try {
      answer(dir, request, response);
    } catch {
      if (!response.headersSent) response.writeHead(500, plain).end('internal error\n');
      else response.destroy();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolvePromise({ url: `http://127.0.0.1:${bound}/`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
