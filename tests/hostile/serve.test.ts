import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';
import { makeSandbox, type Sandbox } from './sandbox.js';

/** One raw request over loopback: the path goes out exactly as written (`//en`, 5,000 characters). */
function get(port: number, path: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((done, fail) => {
    const sent = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => done({ status: response.statusCode ?? 0, location: response.headers.location }));
    });
    sent.on('error', fail);
    sent.end();
  });
}

describe('l10n serve under hostile requests (127.0.0.1 only)', () => {
  let box: Sandbox;
  let child: ChildProcess;
  let port = 0;
  let stderr = '';

  beforeAll(async () => {
    box = makeSandbox();
    mkdirSync(join(box.root, 'dist/en'), { recursive: true });
    writeFileSync(join(box.root, 'dist/index.html'), '<!doctype html><title>root</title>');
    writeFileSync(join(box.root, 'dist/en/index.html'), '<!doctype html><title>en</title>');
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: box.root,
      env: { ...process.env, NO_COLOR: '1', TMPDIR: join(box.dir, 'tmp') },
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    port = await new Promise<number>((done, fail) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (found) done(Number(found[1]));
      });
      child.once('exit', (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
    });
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill();
    rmSync(box.dir, { recursive: true, force: true });
  });

  it('answers a path below a file (ENOTDIR) with 404 and keeps serving', async () => {
    expect((await get(port, '/index.html/x')).status).toBe(404);
    expect((await get(port, '/en/index.html/x/y')).status).toBe(404);
    expect((await get(port, '/')).status).toBe(200);
  });

  it('answers a 5,000-character path (ENAMETOOLONG) with 414 and keeps serving', async () => {
    expect((await get(port, `/${'a'.repeat(5000)}`)).status).toBe(414);
    expect((await get(port, `/en/${'%41'.repeat(3000)}`)).status).toBe(414);
    expect((await get(port, '/en/')).status).toBe(200);
  });

  it('redirects a folder to a same-origin path only: //en is never Location: //en/', async () => {
    expect(await get(port, '//en')).toEqual({ status: 301, location: '/en/' });
    expect(await get(port, '///en?x=1')).toEqual({ status: 301, location: '/en/' });
    expect(await get(port, '/en')).toEqual({ status: 301, location: '/en/' });
    expect((await get(port, '/%2F%2Fen')).location ?? '/').toMatch(/^\/(?!\/)/);
  });

  it('is still running, without a word on stderr', () => {
    expect(child.exitCode).toBeNull();
    expect(stderr).toBe('');
  });
});
