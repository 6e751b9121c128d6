// An inter-process lock around every read-modify-write of the store (proper-lockfile:
// mkdir-based, so it also works on network and synced folders; stale locks are taken over).

import path from 'node:path';
import { StoreError } from '../errors.ts';

export const LOCK_STALE_MS = 10_000;

export function lockPath(file: string): string {
  return `${file}.lock`;
}

export async function withLock<T>(dir: string, file: string, body: () => Promise<T>): Promise<T> {
  const lockfile = (await import('proper-lockfile')).default;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: lockPath(file),
      realpath: false,
      stale: LOCK_STALE_MS,
      // About five seconds of waiting in all, then a clear message rather than a hang.
      retries: { retries: 60, minTimeout: 20, maxTimeout: 150, factor: 1.3, randomize: true },
      onCompromised: () => {
        /* the write is atomic either way; nothing to do */
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new StoreError(
        `The progress store is locked by another roadmap command (${path.basename(lockPath(file))} in ${dir}).`,
        'Try again in a moment; if no roadmap command is running, the lock is taken over after 10 seconds.',
      );
    }
    throw new StoreError(`Cannot lock the progress store in ${dir}: ${(error as Error).message}.`);
  }
  try {
    return await body();
  } finally {
    await release().catch(() => {});
  }
}
