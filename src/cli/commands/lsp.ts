import type { Command } from 'commander';
import { UsageError } from '../../diagnostics/usage-error.js';

interface LspOptions {
  stdio?: boolean;
  root?: string;
  config?: string;
}

/** `l10n lsp --stdio`: the checker in the editor, as a Language Server Protocol server. */
export function registerLsp(program: Command): void {
  program
    .command('lsp')
    .description(
      'run a Language Server Protocol server for editors: diagnostics on unsaved bundle text, hover, quick fixes, definition and completion',
    )
    .option('--stdio', 'talk LSP over standard input and output (the only transport)')
    .option('--root <dir>', 'project root (default: the root the editor names, else the working folder)')
    .option('--config <file>', 'config file (default: l10n.config.{ts,mjs,js,json} in the root)')
    .addHelpText('after', '\nEditors start it themselves: see docs/editors.md for VS Code, Neovim, Helix and Zed.')
    .action(async (options: LspOptions) => {
      if (!options.stdio) throw new UsageError('l10n lsp talks to an editor over standard input and output: run it as l10n lsp --stdio');
      const { startLspServer } = await import('../lsp-server.js');
      startLspServer({
        ...(options.root !== undefined && { root: options.root }),
        ...(options.config !== undefined && { config: options.config }),
      });
    });
}
