import { once } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';

type Descriptor = 1 | 2;

/**
 * Per descriptor, whether it is written with the system call itself rather than through Node's
 * stream: decided at the first write, and false for good once the stream exists or refused a write.
 */
const direct = new Map<Descriptor, boolean>();

/** Whether a descriptor is a character device: a terminal, or a device such as /dev/null. */
const isCharacterDevice = (fd: Descriptor): boolean => fstatSync(fd).isCharacterDevice();

const streamOf = (fd: Descriptor): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);

/** The descriptors whose Node stream exists (made by a command, a library, a test). */
const made = new Set<Descriptor>();

/** What to do with each stream as Node makes it (see whenStreamMade). */
const onMade: ((stream: NodeJS.WriteStream) => void)[] = [];

/**
 * Notes when Node makes `process.stdout` or `process.stderr`, which it does on the first read of
 * the property: from then on writeTo writes through the stream, so that what others wrote to it
 * and what this module writes come out in the order written.
 */
function noteWhenMade(fd: Descriptor): void {
  const name = fd === 1 ? 'stdout' : 'stderr';
  const property = Object.getOwnPropertyDescriptor(process, name);
  const make = property?.get;
  if (!make) return;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: property.enumerable === true,
    get() {
      const stream = make.call(process) as NodeJS.WriteStream;
      if (!made.has(fd)) {
        made.add(fd);
        direct.set(fd, false);
        for (const handler of onMade) handler(stream);
      }
      return stream;
    },
  });
}

noteWhenMade(1);
noteWhenMade(2);

/** Calls `handler` with standard output's and error's streams as Node makes them (at once for one made already). */
export function whenStreamMade(handler: (stream: NodeJS.WriteStream) => void): void {
  onMade.push(handler);
  for (const fd of made) handler(streamOf(fd));
}

/**
 * Writes to standard output or error. Node makes `process.stdout` and `process.stderr` on first use,
 * a socket stream over a pipe with the modules behind it: about a tenth of Node's own start, which
 * every small check paid for a few lines of output. So a pipe, a file or a socket is written with
 * the system call itself until something makes the stream (then through it, see noteWhenMade);
 * a terminal (or another device) keeps Node's stream, which writes to consoles as they expect,
 * as does a descriptor once it refused a write for now (EAGAIN: a pipe
 * left non-blocking by a process that shares it, and full): the stream waits for the reader, and
 * every later write goes through it, so no byte is lost or reordered. A reader that closes the
 * pipe (`l10n check | head -1`) ends the run quietly with the status set so far, as Unix tools do.
 * Any other failure of standard output is thrown, to be reported on standard error; one of
 * standard error cannot be reported, and ends the run with status 3, an internal error. Returns
 * false when the stream asks to wait for `drain`.
 */
function writeTo(fd: Descriptor, data: string | Uint8Array): boolean {
  let writeDirectly = direct.get(fd);
  if (writeDirectly === undefined) direct.set(fd, (writeDirectly = !isCharacterDevice(fd)));
  if (!writeDirectly) return streamOf(fd).write(data);
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') process.exit();
    if (code !== 'EAGAIN') {
      if (fd === 1) throw error;
      process.exitCode = 3;
      process.exit();
    }
    direct.set(fd, false);
    return streamOf(fd).write(bytes.subarray(written));
  }
}

/** Writes text or bytes to standard output (see writeTo); false when the caller should await stdoutDrained(). */
export function writeStdout(data: string | Uint8Array): boolean {
  return writeTo(1, data);
}

/** Writes text to standard error (see writeTo). */
export function writeStderr(text: string): void {
  writeTo(2, text);
}

/** Resolves once standard output's stream has room again, after writeStdout returned false. */
export async function stdoutDrained(): Promise<void> {
  await once(process.stdout, 'drain');
}

/**
 * Whether standard output is a terminal, as `process.stdout.isTTY` says; only a character device
 * can be one, so over a pipe or a file the stream is not made to ask.
 */
export function stdoutIsTerminal(): boolean {
  return isCharacterDevice(1) && process.stdout.isTTY === true;
}
