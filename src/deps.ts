// Everything a command needs from the outside world, in one object: main builds the real one,
// tests pass fakes.

import type { ChalkInstance } from 'chalk';
import type { Lang, Roadmap } from './core/types.ts';
import type { Store } from './store/store.ts';
import type { OpenOutcome } from './ui/browser.ts';
import type { Messages } from './i18n/index.ts';

export interface Output {
  write(text: string): void;
}

export type Env = Record<string, string | undefined>;

export interface Prompts {
  /** Asks a yes/no question in the terminal. Throws CancelledError on Ctrl-C. */
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

export interface Deps {
  stdout: Output;
  stderr: Output;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Width of the terminal, or a default when stdout is not one. */
  columns: number;
  env: Env;
  platform: NodeJS.Platform;
  now: () => Date;
  store: Store;
  roadmap: Roadmap;
  lang: Lang;
  msg: Messages;
  style: ChalkInstance;
  openUrl: (url: string) => Promise<OpenOutcome>;
  prompts: Prompts;
}
