// The lock decides staleness by its owner: a process on this host that is gone, or (from another
// host, whose processes cannot be seen) a time stamp far from now in either direction.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inspectLock, LOCK_STALE_MS, lockPath, withLock } from '../../src/store/lock.ts';
import { StoreError } from '../../src/errors.ts';

const HOST = 'this-host';
const NOW = Date.parse('2026-03-10T10:00:00Z');
const gone = spawnSync('true').pid!;

function setup(kind: 'file' | 'folder' | 'garbage', owner: { pid: number; host: string } | null, mtime: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-lock-'));
  const file = path.join(dir, 'progress.json');
  const lock = lockPath(file);
  if (kind === 'folder') fs.mkdirSync(lock);
  else fs.writeFileSync(lock, kind === 'garbage' ? 'not json' : JSON.stringify({ ...owner, token: 't', since: '2026-03-10T09:00:00.000Z' }));
  fs.utimesSync(lock, new Date(mtime), new Date(mtime));
  return file;
}

describe('inspectLock', () => {
  it.each([
    ['this host, process alive, stamped long ago', 'file', { pid: process.pid, host: HOST }, NOW - 86_400_000, 'held', 'alive'],
    ['this host, process alive, stamped in the future', 'file', { pid: process.pid, host: HOST }, NOW + 86_400_000, 'held', 'alive'],
    ['this host, process gone, stamped now', 'file', { pid: gone, host: HOST }, NOW, 'stale', 'gone'],
    ['this host, process gone, stamped in the future', 'file', { pid: gone, host: HOST }, NOW + 86_400_000, 'stale', 'gone'],
    ['another host, fresh', 'file', { pid: 1, host: 'other' }, NOW - 1000, 'held', 'other-host'],
    ['another host, old', 'file', { pid: 1, host: 'other' }, NOW - LOCK_STALE_MS - 1, 'stale', 'old'],
    ['another host, far in the future (a clock step)', 'file', { pid: 1, host: 'other' }, NOW + LOCK_STALE_MS + 1, 'stale', 'future'],
    ['an old lock folder, fresh', 'folder', null, NOW - 1000, 'held', 'unknown'],
    ['an old lock folder, in the future', 'folder', null, NOW + 86_400_000, 'stale', 'future'],
    ['an unreadable lock file, old', 'garbage', null, NOW - LOCK_STALE_MS - 1, 'stale', 'old'],
  ] as const)('%s: %s', (_name, kind, owner, mtime, state, reason) => {
    const info = inspectLock(setup(kind, owner, mtime), NOW, HOST);
    expect(info).toMatchObject({ state, reason });
  });

  it('no lock: free', () => {
    expect(inspectLock(path.join(os.tmpdir(), 'nothing-here', 'progress.json'))).toEqual({ state: 'free' });
  });
});

describe('withLock', () => {
  it('holds a lock naming this process while the body runs, and removes it after', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-lock-'));
    const file = path.join(dir, 'progress.json');
    const seen = await withLock(file, async (held) => {
      held.assertHeld();
      return JSON.parse(fs.readFileSync(lockPath(file), 'utf8'));
    });
    expect(seen).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('assertHeld fails (as a change to run again) when the lock was taken meanwhile; the other lock is left alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-lock-'));
    const file = path.join(dir, 'progress.json');
    const other = JSON.stringify({ pid: process.pid, host: os.hostname(), token: 'other', since: new Date().toISOString() });
    await expect(
      withLock(file, async (held) => {
        fs.writeFileSync(lockPath(file), other);
        held.assertHeld();
      }),
    ).rejects.toSatisfy((e: unknown) => e instanceof StoreError && e.problem === 'changed');
    expect(fs.readFileSync(lockPath(file), 'utf8')).toBe(other);
  });

  it('a live holder: waits, then a clear error naming it', async () => {
    const file = setup('file', { pid: process.pid, host: os.hostname() }, Date.now());
    await expect(withLock(file, async () => 1, { waitMs: 100 })).rejects.toThrow(new RegExp(`process ${process.pid}`));
  });

  it('a full disk while the owner file is written: the error at once, and no temp file left', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-lock-'));
    const write = fs.writeFileSync;
    // The file is created, then its write fails as on a full disk (an injected fault).
    const spy = vi.spyOn(fs, 'writeFileSync').mockImplementation((target, data, options) => {
      if (String(target).endsWith('.tmp')) {
        write(target, '', options as fs.WriteFileOptions);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return write(target, data, options as fs.WriteFileOptions);
    });
    try {
      await expect(withLock(path.join(dir, 'progress.json'), async () => 1)).rejects.toThrow(StoreError);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a folder that cannot be written: at once, not after waiting', async () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-lock-')), 'file');
    fs.writeFileSync(blocker, '');
    const started = Date.now();
    await expect(withLock(path.join(blocker, 'progress.json'), async () => 1)).rejects.toThrow(/is not a folder/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
