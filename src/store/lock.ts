// The inter-process lock around every read-modify-write of the store.
//
// The lock is a file beside the store (progress.json.lock) that names its owner: process id, host,
// a random token and when it was taken. It is created whole in one step (the owner is written to a
// temp file first, then hard-linked into place, which fails if a lock is already there).
//
// Whether a lock is stale is decided by its owner, not by its time stamp: on this host a lock whose
// process is gone is stale at once, and one whose process runs (even stopped with Ctrl-Z, or on a
// laptop whose lid was closed) is never taken from it. Only a lock from another host (a synced or
// network folder) is judged by time, because its process cannot be looked at: it is stale when
// its time stamp is more than LOCK_STALE_MS away from now, in either direction (a clock step).
//
// Taking over a stale lock is not enough to make two writers safe on its own, so a writer checks,
// just before it puts its file in place, that the lock is still its own (assertHeld) and the store
// is still the file it read (store.ts).

import fs from 'node:fs';
import { builtin } from '../builtin.ts';
import { StoreError } from '../errors.ts';
import { processAlive, tempName, type FsError } from './durable.ts';
import { writeProblem } from './problems.ts';

/** How old a lock from another host must be to be taken over (its holder refreshes it meanwhile). */
export const LOCK_STALE_MS = 30_000;
const LOCK_REFRESH_MS = 5_000;
/** How long a command waits for a live holder before it says so: writes take milliseconds. */
export const LOCK_WAIT_MS = 5_000;

export interface LockOwner {
  pid: number;
  host: string;
  token: string;
  /** ISO instant the lock was taken. */
  since: string;
}

export interface HeldLock {
  readonly owner: LockOwner;
  /** Throws when the lock is no longer this one (taken over, removed). */
  assertHeld(): void;
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}

/** What is at the lock's path: nothing, an owner, or something without a readable owner. */
export type LockInfo =
  { state: 'free' } | { state: 'held' | 'stale'; owner?: LockOwner; mtimeMs: number; reason: 'alive' | 'gone' | 'other-host' | 'old' | 'future' | 'unknown' };

function readOwner(file: string): LockOwner | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string' && typeof data.since === 'string')
      return data as LockOwner;
  } catch {
    // Unreadable, empty or not ours: judged by its time stamp below.
  }
  return undefined;
}

/** Looks at the lock without taking it. */
export function inspectLock(file: string, now = Date.now(), host = builtin('node:os').hostname()): LockInfo {
  const lock = lockPath(file);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(lock);
  } catch {
    return { state: 'free' };
  }
  // A folder is the lock of roadmap 0.1 (proper-lockfile), which has no owner to ask.
  const owner = stat.isFile() ? readOwner(lock) : undefined;
  if (owner && owner.host === host) {
    return processAlive(owner.pid)
      ? { state: 'held', owner, mtimeMs: stat.mtimeMs, reason: 'alive' }
      : { state: 'stale', owner, mtimeMs: stat.mtimeMs, reason: 'gone' };
  }
  const age = now - stat.mtimeMs;
  if (age > LOCK_STALE_MS) return { state: 'stale', owner, mtimeMs: stat.mtimeMs, reason: 'old' };
  if (age < -LOCK_STALE_MS) return { state: 'stale', owner, mtimeMs: stat.mtimeMs, reason: 'future' };
  return { state: 'held', owner, mtimeMs: stat.mtimeMs, reason: owner ? 'other-host' : 'unknown' };
}

/** Removes a stale lock, unless it changed since it was judged (someone else took it meanwhile). */
function breakStale(file: string, seen: LockInfo): void {
  const lock = lockPath(file);
  const aside = `${lock}.${process.pid}.stale`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return;
  }
  const moved = fs.lstatSync(aside);
  const same = seen.state !== 'free' && (moved.isFile() ? readOwner(aside)?.token === seen.owner?.token && moved.mtimeMs === seen.mtimeMs : !seen.owner);
  if (same) {
    fs.rmSync(aside, { recursive: true, force: true });
    return;
  }
  // It was a fresh lock taken after we looked: put it back (unless yet another one is there now).
  try {
    if (moved.isFile()) fs.linkSync(aside, lock);
  } catch {
    // Its owner finds out before it writes (assertHeld).
  }
  fs.rmSync(aside, { recursive: true, force: true });
}

/** Tries once to create the lock; false when one is there already. */
function tryCreate(file: string, owner: LockOwner): boolean {
  const lock = lockPath(file);
  const temp = tempName(lock);
  try {
    fs.writeFileSync(temp, `${JSON.stringify(owner)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // A full disk can leave the file created but not written: it goes with the error.
    fs.rmSync(temp, { force: true });
    throw error;
  }
  try {
    fs.linkSync(temp, lock);
    return true;
  } catch (error) {
    const code = (error as FsError).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: create it exclusively and write the owner into it.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') {
      try {
        fs.writeFileSync(lock, `${JSON.stringify(owner)}\n`, { mode: 0o600, flag: 'wx' });
        return true;
      } catch (inner) {
        if ((inner as FsError).code === 'EEXIST') return false;
        throw inner;
      }
    }
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function since(info: LockInfo): string {
  if (info.state === 'free') return '';
  const at = info.owner ? new Date(info.owner.since) : new Date(info.mtimeMs);
  return Number.isNaN(at.getTime()) ? '?' : at.toLocaleString();
}

function lockedError(file: string, info: LockInfo): StoreError {
  const when = since(info);
  const owner = info.state !== 'free' ? info.owner : undefined;
  if (owner && info.state !== 'free' && info.reason === 'alive') return new StoreError((m) => m.store.lockedBy(owner.pid, when), undefined, 'locked');
  return new StoreError((m) => m.store.lockedOther(lockPath(file), owner?.host ?? '?', when), undefined, 'locked');
}

export interface LockOptions {
  /** How long to wait for a live holder; default LOCK_WAIT_MS. */
  waitMs?: number;
  host?: string;
}

/** Runs `body` holding the lock of `file`; the lock is released after, whatever happens. */
export async function withLock<T>(file: string, body: (lock: HeldLock) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const host = options.host ?? builtin('node:os').hostname();
  const owner: LockOwner = {
    pid: process.pid,
    host,
    token: `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
    since: new Date().toISOString(),
  };
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  let pause = 5;
  for (;;) {
    let created: boolean;
    try {
      created = tryCreate(file, owner);
    } catch (error) {
      // A read-only folder, a full disk, no permission: say so at once, do not wait.
      throw writeProblem(lockPath(file), error);
    }
    if (created) break;
    const info = inspectLock(file, Date.now(), host);
    if (info.state === 'stale') {
      breakStale(file, info);
      continue;
    }
    if (info.state === 'held' && Date.now() >= deadline) throw lockedError(file, info);
    await sleep(pause);
    pause = Math.min(pause * 2, 100);
  }
  const lock = lockPath(file);
  // A holder on another host is judged by the lock's time stamp: keep it fresh while working.
  const refresh = setInterval(() => {
    try {
      const t = new Date();
      fs.utimesSync(lock, t, t);
    } catch {
      // Checked before the write (assertHeld).
    }
  }, LOCK_REFRESH_MS);
  refresh.unref();
  const held: HeldLock = {
    owner,
    assertHeld() {
      if (readOwner(lock)?.token !== owner.token) throw new StoreError((m) => m.store.changedMeanwhile(file), undefined, 'changed');
    },
  };
  try {
    return await body(held);
  } finally {
    clearInterval(refresh);
    // Remove the lock only if it is still ours.
    if (readOwner(lock)?.token === owner.token) fs.rmSync(lock, { force: true });
  }
}
