// An inter-process lock around every read-modify-write of the store (proper-lockfile:
// mkdir-based, so it also works on network and synced folders).
//
// The holder refreshes the lock's mtime every second; a lock not refreshed for 5 seconds
// belongs to a process that died (kill -9, power loss) and is taken over. Waiting gives up
// after about 7 seconds, longer than that, so a dead holder never blocks anyone, while a
// live one that keeps the lock too long gets a clear message instead of a hang.

import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.ts';

export const LOCK_STALE_MS = 5_000;
const LOCK_UPDATE_MS = 1_000;
const LOCK_RETRIES = { retries: 70, minTimeout: 10, maxTimeout: 100, factor: 1.5 };

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
      update: LOCK_UPDATE_MS,
      retries: LOCK_RETRIES,
      onCompromised: () => {
        // Another process took the lock over as stale; the write is atomic either way.
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new StoreError((m) => m.store.locked(path.basename(lockPath(file)), dir), (m) => m.store.lockedHint, 'locked');
    }
    const detail = (error as Error).message;
    throw new StoreError((m) => m.store.cannotLock(dir, detail));
  }
  try {
    return await body();
  } finally {
    await release().catch(() => {});
  }
}

/** The lock's state for `roadmap doctor`, without taking it. */
export function lockState(file: string): 'free' | 'held' | 'stale' {
  try {
    const stat = fs.statSync(lockPath(file));
    return Date.now() - stat.mtimeMs > LOCK_STALE_MS ? 'stale' : 'held';
  } catch {
    return 'free';
  }
}
