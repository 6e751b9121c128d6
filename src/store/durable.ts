// Files that are whole or absent. Every file roadmap writes (the store, its backups, exports, cache
// entries) goes through writeWhole: a temp file beside the target, written in a loop until every byte
// is down (one write(2) may write less than asked, as on a nearly full disk), fsynced, checked for
// its size, then renamed over the target. Any failure removes the temp file and leaves the target as
// it was. Reads go through readRegular, which refuses at once what is not a regular file (a FIFO
// would block, a device would never end) or is far larger than any file roadmap writes.

import fs from 'node:fs';
import path from 'node:path';

/** The fs calls writeWhole makes: tests inject short writes and failures here. */
export interface WriteOps {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  fstatSync: (fd: number) => { size: number };
  renameSync: typeof fs.renameSync;
  linkSync: typeof fs.linkSync;
  unlinkSync: typeof fs.unlinkSync;
}

/** The real calls (tests wrap them to inject faults). */
export const realOps: WriteOps = {
  openSync: fs.openSync,
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  fstatSync: (fd) => fs.fstatSync(fd),
  renameSync: fs.renameSync,
  linkSync: fs.linkSync,
  unlinkSync: fs.unlinkSync,
};

export interface WriteOptions {
  /** File mode of a new file; default 0600 (progress is private). */
  mode?: number;
  /** Never replace an existing file (backups): fails with EEXIST instead. */
  exclusive?: boolean;
  /**
   * false: neither the file nor its folder is flushed to the disk (the compile cache's entries, which are
   * trusted only in the boot that wrote them: cache/folder.ts writeEntry). The write is still whole or absent.
   */
  durable?: boolean;
  /** The last check before the file is put in place (the lock is still ours, the file is the one read). */
  beforeCommit?: () => void;
  ops?: WriteOps;
}

/** An error from the file system, with its code (ENOSPC, EROFS, …). */
export type FsError = NodeJS.ErrnoException;

let counter = 0;

/** A temp file's name beside `file`: hidden, and naming the process that owns it (see removeStaleTemps). */
export function tempName(file: string): string {
  counter++;
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}.tmp`);
}

const TEMP = /^\.(.+)\.(\d+)-\d+-[a-z0-9]*\.tmp$/;

function fail(code: string, message: string): FsError {
  const error: FsError = new Error(message);
  error.code = code;
  return error;
}

/** Writes `data` to `file` whole, or not at all. Throws the file system's error (with its code). */
export function writeWhole(file: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const ops = options.ops ?? realOps;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempName(file);
  let fd: number | undefined = ops.openSync(temp, 'wx', options.mode ?? 0o600);
  let placed = false;
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const written = ops.writeSync(fd, bytes, offset, bytes.length - offset);
      // write(2) returning 0 for a non-empty buffer means no room is left.
      if (written <= 0) throw fail('ENOSPC', `no space left to write ${file}`);
      offset += written;
    }
    if (options.durable !== false) ops.fsyncSync(fd);
    const size = ops.fstatSync(fd).size;
    if (size !== bytes.length) throw fail('EIO', `${file}: wrote ${size} of ${bytes.length} bytes`);
    ops.closeSync(fd);
    fd = undefined;
    options.beforeCommit?.();
    if (options.exclusive) {
      ops.linkSync(temp, file);
      ops.unlinkSync(temp);
    } else {
      ops.renameSync(temp, file);
    }
    placed = true;
  } finally {
    if (fd !== undefined) {
      try {
        ops.closeSync(fd);
      } catch {
        // Closing is only tidying up here: the error that brought us here is the one to report.
      }
    }
    if (!placed) {
      try {
        ops.unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
  }
  if (options.durable !== false) syncFolder(path.dirname(file));
}

/** Makes a rename durable: fsync the folder that holds the file (not possible everywhere). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some systems cannot fsync a folder; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as FsError).code === 'EPERM';
  }
}

/** Removes temp files of `file`, and of files named after it (its backups, lock, .next), left by processes that are gone (killed mid-write). */
export function removeStaleTemps(file: string): void {
  const dir = path.dirname(file);
  const base = path.basename(file);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP.exec(name);
    if (!match || !(match[1] === base || match[1]!.startsWith(`${base}.`)) || processAlive(Number(match[2]))) continue;
    try {
      fs.unlinkSync(path.join(dir, name));
    } catch {
      // Someone else tidied it first.
    }
  }
}

/** What is at a path when it is not a regular file. */
export type NotRegular = 'directory' | 'fifo' | 'socket' | 'device' | 'other';

function kindOf(stat: fs.Stats): NotRegular {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'other';
}

/** A read refused before any byte was read: not a regular file, or too large. */
export class ReadRefused extends Error {
  constructor(
    readonly file: string,
    readonly reason: NotRegular | 'too-large',
    readonly limit?: number,
  ) {
    super(reason === 'too-large' ? `${file} is larger than ${limit} bytes` : `${file} is a ${reason}, not a regular file`);
  }
}

/** The largest file roadmap reads unless told otherwise: far above any store or roadmap it writes. */
export const MAX_READ_BYTES = 256 * 1024 * 1024;

/**
 * Reads a regular file whole; null when it does not exist. A FIFO, a device or a folder is refused
 * without blocking (opened non-blocking, checked with fstat), and so is a file over `limit` bytes.
 */
export function readRegular(file: string, limit = MAX_READ_BYTES): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as FsError).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ReadRefused(file, kindOf(stat));
    if (stat.size > limit) throw new ReadRefused(file, 'too-large', limit);
    // Read to the end even if the file grew since fstat, but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    let buffer = Buffer.allocUnsafe(Math.max(stat.size, 1) + 1);
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > limit) throw new ReadRefused(file, 'too-large', limit);
      buffer = Buffer.allocUnsafe(64 * 1024);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** readRegular as UTF-8 text. */
export function readRegularText(file: string, limit = MAX_READ_BYTES): string | null {
  return readRegular(file, limit)?.toString('utf8') ?? null;
}
