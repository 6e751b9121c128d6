// Typed errors: commands throw these; main maps each to one line on stderr and an exit code.
// An error's text may be given as a function of the interface's words, so that modules below the
// commands (the store, the lock) can speak the user's language too; `message` is then the English one.

import { en } from './i18n/en.ts';
import type { Messages } from './i18n/index.ts';

export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 130 } as const;

export type Say = (m: Messages) => string;
type Text = string | Say;

const english = (text: Text) => (typeof text === 'string' ? text : text(en));

export class RoadmapError extends Error {
  readonly exitCode: number = EXIT.failure;
  /** The text in the user's language, when it was given as words. */
  readonly say?: Say;

  constructor(text: Text) {
    super(english(text));
    if (typeof text !== 'string') this.say = text;
  }

  /** The message in the language of `m`. */
  text(m: Messages): string {
    return this.say ? this.say(m) : this.message;
  }
}

/** Bad usage or input: an unknown id, a bad date, a missing argument. Exit 2. */
export class UsageError extends RoadmapError {
  override readonly exitCode: number = EXIT.usage;
}

/** Something named does not exist (e.g. an unknown task id). Exit 2: it is bad input. */
export class NotFoundError extends UsageError {}

/** 'changed': another command changed the store (or took the lock) while this one worked: safe to run again. */
export type StoreProblem = 'invalid-json' | 'wrong-shape' | 'newer' | 'unreadable' | 'locked' | 'changed' | 'cannot-write';

/** The progress store cannot be read, written or trusted. Exit 1. */
export class StoreError extends RoadmapError {
  /** `hint` tells the user how to recover (start fresh, restore a backup). */
  constructor(
    text: Text,
    private readonly hintText?: Text,
    readonly problem: StoreProblem = 'unreadable',
  ) {
    super(text);
  }

  get hint(): string | undefined {
    return this.hintText === undefined ? undefined : english(this.hintText);
  }

  hintIn(m: Messages): string | undefined {
    if (this.hintText === undefined) return undefined;
    return typeof this.hintText === 'string' ? this.hintText : this.hintText(m);
  }
}

/** The user cancelled a prompt (Ctrl-C). Exit 130. */
export class CancelledError extends RoadmapError {
  override readonly exitCode: number = EXIT.cancelled;
}
