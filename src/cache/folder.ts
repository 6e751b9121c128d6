// roadmap's cache folder: V8's compiled code for roadmap's bundles, kept to make later runs fast
// (src/boot/compile-cache.ts). Only ever a copy: each entry names what it was made from, is used only
// while that is unchanged, and losing the folder costs one slow run.
//
// Default: a folder of this user's own in the system's temp folder; ROADMAP_CACHE names another.
import fs from 'node:fs';
import path from 'node:path';
import { tmpDir } from '../builtin.ts';
import { realOps, writeWhole, type WriteOps } from '../store/durable.ts';

const BOOT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** No entry is larger: compiled code of the largest bundle is a few megabytes. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

type Env = Record<string, string | undefined>;

export function cacheRoot(env: Env, tmpdir?: string, uid = process.getuid?.() ?? 0): string {
  return env.ROADMAP_CACHE ? path.resolve(env.ROADMAP_CACHE) : path.join(tmpdir ?? tmpDir(env), `roadmap-cache-${uid}`);
}

/** A short, stable name for a file path (FNV-1a): one entry per file. */
export function pathKey(file: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) {
    h ^= file.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The entry file for a source file, in a cache folder; a variant (the command a run executes) has entries of its own. */
export function entryFile(dir: string, source: string, kind: string, variant?: string): string {
  return path.join(dir, `${pathKey(variant === undefined ? source : `${source}\0${variant}`)}-${path.basename(source)}.${kind}`);
}

/** Whether a folder is safe to keep entries in: a real folder that this user owns and no one else can write to. */
function safeFolder(st: fs.Stats): boolean {
  const uid = process.getuid?.();
  return st.isDirectory() && (uid === undefined || st.uid === uid) && (process.platform === 'win32' || (st.mode & 0o022) === 0);
}

/**
 * The folder, when it is safe to use: it and the folder it is in (the cache folder itself) are made if
 * missing (mode 0700), and both are safe (safeFolder: the default one is in a shared temp folder).
 * Nothing is made inside a folder that is not. Else undefined.
 */
export function usableDir(dir: string): string | undefined {
  try {
    for (const folder of [path.dirname(dir), dir]) {
      // Made only when missing: at most starts both are there, and a look is cheaper than a mkdir.
      let st = fs.lstatSync(folder, { throwIfNoEntry: false });
      if (st === undefined) {
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
        st = fs.lstatSync(folder);
      }
      if (!safeFolder(st)) return undefined;
    }
    return dir;
  } catch {
    return undefined;
  }
}

export interface FolderHealth {
  dir: string;
  state: 'missing' | 'ok' | 'unusable';
  /** Entries in it and in its subfolders (one level down). */
  entries: number;
}

/** What `roadmap doctor` says about a cache folder (nothing is created). */
export function folderHealth(dir: string): FolderHealth {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(dir);
  } catch {
    return { dir, state: 'missing', entries: 0 };
  }
  if (!safeFolder(st)) return { dir, state: 'unusable', entries: 0 };
  let entries = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    entries += item.isDirectory() ? fs.readdirSync(path.join(dir, item.name)).length : 1;
  }
  return { dir, state: 'ok', entries };
}

/** Where compiled code is kept (src/boot/compile-cache.ts): Node's own variables, then the cache folder. */
export function compileCacheDir(env: Env, tmpdir?: string, uid = process.getuid?.() ?? 0): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return undefined;
  if (env.NODE_COMPILE_CACHE) return path.resolve(env.NODE_COMPILE_CACHE, 'roadmap');
  return path.join(cacheRoot(env, tmpdir, uid), 'code');
}

const EMPTY = new Uint8Array(0);

/** A file read whole (between the frame's two parts, when one is given), with the status of the very file read (fstat of the descriptor that read it). */
export interface ReadWithStat {
  bytes: Buffer;
  stat: fs.BigIntStats;
}

/**
 * Reads a regular file whole, up to `limit` bytes, into one buffer with `frame`'s bytes before and after it
 * (the loader's function wrapper: no copy of the source to wrap it); undefined when it is missing, is not a regular file
 * (a FIFO or a device put where an entry should be would block or never end), is larger, or cannot be read.
 */
export function readWithStat(file: string, limit = MAX_ENTRY_BYTES, frame?: readonly [Uint8Array, Uint8Array]): ReadWithStat | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    if (!stat.isFile() || stat.size > BigInt(limit)) return undefined;
    const size = Number(stat.size);
    const [before, after] = frame ?? [EMPTY, EMPTY];
    const bytes = Buffer.allocUnsafe(before.length + size + after.length);
    bytes.set(before, 0);
    bytes.set(after, before.length + size);
    let got = 0;
    while (got < size) {
      const n = fs.readSync(fd, bytes, before.length + got, size - got, got);
      if (n === 0) return undefined; // cut short while being read: not the file fstat described
      got += n;
    }
    return { bytes, stat };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * What identifies one version of a file's bytes: any write to it, or a rename over it, changes its
 * change time (ctime), which no program can set back (utimes sets only the access and modification times).
 */
export function versionKey(stat: fs.BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/**
 * This boot's id (Linux: a random id the kernel makes at every boot), or undefined where there is none: what a
 * seal of the compile cache names, so that an entry a crash may have damaged is not trusted after it.
 */
export function bootId(file = '/proc/sys/kernel/random/boot_id'): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    // Read to its end, not by the size fstat gives (0 for the files of /proc).
    const id = fs.readFileSync(file, 'latin1').trim();
    return BOOT_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a file of the cache whole or not at all (durable.ts), by default without fsync: an entry that a crash
 * left short, empty or with holes is not trusted after it (compile-cache.ts), while an fsync of each cost a
 * cold start milliseconds. Returns the status of the file written (its version key is what a seal names), or
 * undefined when it was not written (a full disk: things are left as they were) or was replaced at once by
 * another run's (the same entry, written by two runs at a time).
 */
export function writeEntry(file: string, data: Uint8Array, options: { durable?: boolean; ops?: WriteOps } = {}): fs.BigIntStats | undefined {
  let written: bigint | undefined;
  const ops = options.ops ?? realOps;
  try {
    writeWhole(file, data, {
      durable: options.durable ?? false,
      // The inode of the file written: the one that must be at the path once it is renamed there.
      ops: { ...ops, fstatSync: (fd) => ((written = fs.fstatSync(fd, { bigint: true }).ino), ops.fstatSync(fd)) },
    });
    const stat = fs.statSync(file, { bigint: true });
    return stat.ino === written ? stat : undefined;
  } catch {
    // Nothing more to do: the cache is only a copy, and writeWhole left no temp file.
    return undefined;
  }
}
