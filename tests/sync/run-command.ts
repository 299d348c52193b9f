import { Command } from 'commander';
import { vi } from 'vitest';
import { registerCheck } from '../../src/cli/commands/check.js';
import { registerExport } from '../../src/cli/commands/export.js';
import { registerImport } from '../../src/cli/commands/import.js';
import { registerMarkTranslated } from '../../src/cli/commands/mark-translated.js';
import { registerStatus } from '../../src/cli/commands/status.js';
import { registerSync } from '../../src/cli/commands/sync.js';

/**
 * Runs one translator-workflow command in this process (the bin also loads commands other
 * engineers are still writing) and returns what it printed and the exit code it set.
 */
export async function runCommand(args: string[]): Promise<{ stdout: string; exitCode: number }> {
  const program = new Command('l10n').exitOverride().version('0.0.0');
  for (const register of [registerCheck, registerSync, registerStatus, registerExport, registerImport, registerMarkTranslated])
    register(program);
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  process.exitCode = 0;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, exitCode };
}
