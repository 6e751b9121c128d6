// roadmap's cache folder: things worked out once and kept to make later runs fast (compiled code, the
// current state of a long store, the outline of a large roadmap). Only ever a copy: each entry names
// what it was made from, is used only while that is unchanged, and losing the folder costs one slow run.
//
// Default: a folder of this user's own in the system's temp folder; ROADMAP_CACHE names another.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegular, writeWhole } from '../store/durable.ts';

/** No entry is larger: compiled code of the largest bundle is a few megabytes. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

type Env = Record<string, string | undefined>;

export function cacheRoot(env: Env, tmpdir = os.tmpdir(), uid = process.getuid?.() ?? 0): string {
  return env.ROADMAP_CACHE ? path.resolve(env.ROADMAP_CACHE) : path.join(tmpdir, `roadmap-cache-${uid}`);
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

/** The entry file for a source file, in a cache folder. */
export function entryFile(dir: string, source: string, kind: string): string {
  return path.join(dir, `${pathKey(source)}-${path.basename(source)}.${kind}`);
}

/** What identifies one version of a file: a rewrite (even in place) changes its times. */
export function statKey(stat: fs.Stats): string {
  return `${stat.ino} ${stat.size} ${stat.mtimeMs} ${stat.ctimeMs}`;
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
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      if (!safeFolder(fs.lstatSync(folder))) return undefined;
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
export function compileCacheDir(env: Env, tmpdir = os.tmpdir(), uid = process.getuid?.() ?? 0): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return undefined;
  if (env.NODE_COMPILE_CACHE) return path.resolve(env.NODE_COMPILE_CACHE, 'roadmap');
  return path.join(cacheRoot(env, tmpdir, uid), 'code');
}

/** The data of an entry, when it starts with `header`; undefined when missing, unreadable or not a match. */
export function readEntry(file: string, header: string): Buffer | undefined {
  let entry: Buffer | null;
  try {
    // A FIFO or a device put where an entry should be is refused, not read (it could block forever).
    entry = readRegular(file, MAX_ENTRY_BYTES);
  } catch {
    return undefined;
  }
  return entry === null ? undefined : entryData(entry, header);
}

export function entryData(entry: Buffer, header: string): Buffer | undefined {
  const expected = Buffer.from(header);
  if (entry.length <= expected.length || !entry.subarray(0, expected.length).equals(expected)) return undefined;
  return entry.subarray(expected.length);
}

/** Writes an entry whole or not at all (durable.ts); a failure (a full disk) leaves things as they were. */
export function writeEntry(file: string, header: string, data: Buffer | string): void {
  try {
    writeWhole(file, Buffer.concat([Buffer.from(header), typeof data === 'string' ? Buffer.from(data) : data]));
  } catch {
    // Nothing more to do: the cache is only a copy, and writeWhole left no temp file.
  }
}
