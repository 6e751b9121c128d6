// Typed errors: commands throw these; main maps each to one line on stderr and an exit code.

export const EXIT = { ok: 0, failure: 1, usage: 2, cancelled: 130 } as const;

export class RoadmapError extends Error {
  readonly exitCode: number = EXIT.failure;
}

/** Bad usage or input: an unknown id, a bad date, a missing argument. Exit 2. */
export class UsageError extends RoadmapError {
  override readonly exitCode: number = EXIT.usage;
}

/** Something named does not exist (e.g. an unknown task id). Exit 2: it is bad input. */
export class NotFoundError extends UsageError {}

export type StoreProblem = 'invalid-json' | 'wrong-shape' | 'newer' | 'unreadable' | 'locked';

/** The progress store cannot be read, written or trusted. Exit 1. */
export class StoreError extends RoadmapError {
  /** `hint` tells the user how to recover (start fresh, restore a backup). */
  constructor(
    message: string,
    readonly hint?: string,
    readonly problem: StoreProblem = 'unreadable',
  ) {
    super(message);
  }
}

/** The user cancelled a prompt (Ctrl-C). Exit 130. */
export class CancelledError extends RoadmapError {
  override readonly exitCode: number = EXIT.cancelled;
}
