// The only importer of inquirer: loaded lazily, never prompts without a terminal, turns Ctrl-C into CancelledError.

import type { Prompts } from '../deps.ts';
import { CancelledError, UsageError } from '../errors.ts';

function isExitPrompt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export function terminalPrompts(stdinIsTTY: boolean): Prompts {
  return {
    async confirm(message, defaultValue) {
      if (!stdinIsTTY) throw new UsageError('No terminal to ask in (stdin is not a TTY).');
      const { confirm } = await import('@inquirer/prompts');
      try {
        return await confirm({ message, default: defaultValue });
      } catch (error) {
        if (isExitPrompt(error)) throw new CancelledError('Cancelled.');
        throw error;
      }
    },
  };
}
