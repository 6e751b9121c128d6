// The only importer of inquirer: loaded lazily, never prompts without a terminal, turns Ctrl-C into CancelledError.

import type { Choice, Prompts } from '../deps.ts';
import { CancelledError, UsageError } from '../errors.ts';

/** Streams for inquirer; tests pass their own, the CLI the process's. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** The key hints' words in the interface's language ("↑↓ navigate • ⏎ select"), by inquirer's English word. */
  keys?: Record<string, string>;
  /** Bold keys and dim words in the hints, as inquirer draws them. */
  color?: boolean;
}

/** inquirer's theme for the key hints under a select, checkbox or search, its words translated. */
function keysTheme(keys: Record<string, string>, color: boolean) {
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  return {
    style: {
      keysHelpTip: (hints: [string, string][]) => hints.map(([key, action]) => `${bold(keys[key] ?? key)} ${dim(keys[action] ?? action)}`).join(dim(' • ')),
    },
  };
}

function isExitPrompt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export function terminalPrompts(stdinIsTTY: boolean, context: PromptContext = {}): Prompts {
  async function ask<T>(run: (inquirer: typeof import('@inquirer/prompts')) => Promise<T>): Promise<T> {
    if (!stdinIsTTY) throw new UsageError((m) => m.prompts.noTerminal);
    const inquirer = await import('@inquirer/prompts');
    try {
      return await run(inquirer);
    } catch (error) {
      if (isExitPrompt(error)) throw new CancelledError((m) => m.prompts.cancelled);
      throw error;
    }
  }
  const { keys, color, ...streams } = context;
  const ctx = { ...streams, clearPromptOnDone: false };
  const theme = keys ? keysTheme(keys, color ?? false) : undefined;
  return {
    confirm: (message, defaultValue) => ask((q) => q.confirm({ message, default: defaultValue }, ctx)),
    select: <T>(message: string, choices: Choice<T>[], defaultValue?: T) =>
      ask((q) => q.select<T>({ message, choices, default: defaultValue, pageSize: 12, loop: false, theme }, ctx)),
    checkbox: <T>(message: string, choices: Choice<T>[], options: { validate?: (values: T[]) => true | string } = {}) =>
      ask((q) =>
        q.checkbox<T>(
          {
            message,
            choices,
            pageSize: 12,
            loop: false,
            theme,
            validate: options.validate && ((items) => options.validate!(items.map((i) => i.value))),
          },
          ctx,
        ),
      ),
    editor: (message) => ask((q) => q.editor({ message, waitForUserInput: false }, ctx)),
    input: (message, options = {}) => ask((q) => q.input({ message, default: options.default, validate: options.validate }, ctx)),
    search: <T>(message: string, choices: Choice<T>[]) =>
      ask((q) =>
        q.search<T>(
          {
            message,
            pageSize: 12,
            theme,
            source: (term) => {
              const needle = (term ?? '').toLowerCase();
              return choices.filter((c) => `${c.name} ${c.description ?? ''} ${c.keywords ?? ''}`.toLowerCase().includes(needle));
            },
          },
          ctx,
        ),
      ),
  };
}
