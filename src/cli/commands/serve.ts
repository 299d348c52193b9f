import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { UsageError } from '../../diagnostics/usage-error.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { startStaticServer } from '../static-server.js';
import { terminalSafe } from '../../report/terminal-safe.js';

interface ServeOptions extends ProjectOptions {
  port: number;
  dir?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}

/** `l10n serve`: preview the built site on localhost (127.0.0.1 only) until interrupted. */
export function registerServe(program: Command): void {
  withProjectOptions(program.command('serve').description('preview the built site on http://127.0.0.1 (run l10n build first)'))
    .option('--dir <dir>', 'folder to serve (default: build.outDir of the config)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .action(async (options: ServeOptions) => {
      const { root, config } = await loadProjectConfig(options);
      const dir = options.dir ? resolve(options.dir) : resolve(root, config.build.outDir);
      if (!existsSync(dir)) throw new UsageError(`${dir} does not exist: run "l10n build" first`);
      const { url } = await startStaticServer(dir, options.port).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE')
          throw new UsageError(`port ${options.port} is in use: choose another with --port (0 picks a free one)`);
        if (error.code === 'EACCES')
          throw new UsageError(`port ${options.port} needs privileges this user does not have: choose one above 1023 with --port`);
        throw error;
      });
      process.stdout.write(`Serving ${terminalSafe(dir)} at ${url} (Ctrl+C to stop)\n`);
    });
}
