// roadmap's own compile cache: the bundled CommonJS files (dist/main.cjs and the vendor bundles) are
// compiled with V8's code cache, so a run after the first skips parsing and compiling what it runs.
// Node 20 has no compile cache of its own, and compiling the bundle was the largest part of roadmap's
// start-up there (npm run bench). Node 22.8+ has module.enableCompileCache(); it is measured and not used
// (README, "The cache"; npm run bench on such a Node compares them): on Node 22.23.5 its entry of today.cjs
// held fewer of the functions the command compiled (98 KB against 138 KB made here once the command is over),
// and a warm `today` was 1.12 times as slow with it.
//
// The cache follows Node's own conventions: NODE_COMPILE_CACHE names its folder (default: a folder of
// roadmap's cache folder, src/cache/folder.ts), NODE_DISABLE_COMPILE_CACHE=1 turns it off. A missing,
// stale, damaged or rejected entry only costs a normal compile; writing one never fails a command.
//
// V8 is never given bytes that were not the ones roadmap wrote for this very source. V8 itself checks only an
// entry's version, flags and the *length* of its source (its payload checksum is a debug-build check): a
// damaged entry made V8 crash, and an entry made from other source of the same length ran that source.
//
// So an entry is used only beside its seal, a line written right after it that names
//   - the version keys (device, inode, size, mtime, ctime: folder.ts versionKey) of the entry and of the
//     source it was compiled from, as they were when it was written: any write to either file, a rename over
//     it or a copy changes them (ctime changes with any write and cannot be set back), so while both files
//     still have those keys their bytes are the ones the seal was written for (a write in the same tick of the
//     file system's clock as roadmap's own, a few milliseconds, would keep them: only another roadmap run writes
//     there, and it renames a new file, another inode, into place);
//   - the boot it was written in (Linux's boot id): an entry is written without fsync, and only a crash of
//     the machine could leave other bytes under the same keys (its data never reached the disk), which needs
//     a new boot. So a seal of another boot is not trusted: its entry is compiled and written again, once.
//     Where there is no boot id (not Linux), the entry is flushed to the disk (fsync) before its seal is
//     written, and the seal says "durable".
// Nothing is hashed: a cold start used to load node:crypto to hash the new entries (SHA-256, format 2: ~20 M
// instructions, a third of what the cache cost it), and the next start hashed them again to seal them.
// Nothing here defends against someone who can write this user's files at will (they could edit
// dist/main.cjs itself); it keeps damage, stale copies and entries of other sources from reaching V8.
//
// An entry holds the functions compiled by the run that made it: an entry made by `doctor` left `today` to
// compile its own functions at every start (3-7 ms). So the CLI bundle has an entry per command (a
// variant, start.ts), made by a run of that command; one of another command is made only by a run that
// succeeds (a mistyped command makes none).
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { bootId as currentBootId, entryFile, readWithStat, usableDir, versionKey, writeEntry } from '../cache/folder.ts';
import type { WriteOps } from '../store/durable.ts';
import { builtinModule } from '../builtin.ts';

export interface CacheOptions {
  /** The cache folder, or undefined for no cache. */
  dir: string | undefined;
  /** This boot's id, or undefined where there is none (default: folder.ts bootId; tests give others). */
  bootId?: () => string | undefined;
  /** The file system calls entries are written with (tests count the fsyncs). */
  ops?: WriteOps;
  /**
   * Called once, when the first entry is waiting to be written, with the function that writes
   * them (start() gives it to process.once('exit')). A warm run has nothing to write and registers nothing:
   * registering an 'exit' listener compiled Node's own code on first use (0.5 M instructions of a warm
   * `today`, callgrind).
   */
  whenPending?: (save: (code?: number) => void) => void;
}

interface Loaded {
  exports: unknown;
  /** Whether its compiled code came from the cache. */
  cached: boolean;
}

/** CommonJS's function wrapper (Module.wrap's), read around the source in one buffer. */
const WRAPPER = [Buffer.from('(function (exports, require, module, __filename, __dirname) { '), Buffer.from('\n});')] as const;

const MAGIC = 'roadmap-code-cache 3';
const SEAL_MAGIC = 'roadmap-code-cache-seal 3';
/** The header is one short line: a longer one is not an entry of ours. */
const MAX_HEADER_BYTES = 256;
/** Where the data starts: the header is padded to a multiple of this (V8 copies data that is not aligned). */
const DATA_ALIGN = 8;
/** What a seal says instead of a boot id when the entry was flushed to the disk before it. */
const DURABLE = 'durable';

/** An entry: its header line (padded with spaces) and V8's data. */
export function formatEntry(data: Uint8Array): Buffer {
  const line = `${MAGIC} ${process.versions.v8}`;
  return Buffer.concat([Buffer.from(`${line.padEnd(Math.ceil((line.length + 1) / DATA_ALIGN) * DATA_ALIGN - 1, ' ')}\n`, 'latin1'), data]);
}

/** V8's data in an entry of this format and this V8; undefined for anything else. */
export function parseEntry(entry: Buffer): Buffer | undefined {
  const end = entry.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (end < 0 || (end + 1) % DATA_ALIGN !== 0 || entry.toString('latin1', 0, end).trimEnd() !== `${MAGIC} ${process.versions.v8}`) return undefined;
  const data = entry.subarray(end + 1);
  return data.length === 0 ? undefined : data;
}

/** The seal of an entry written in this boot (or flushed to the disk) for a source, by the files' version keys. */
export function sealText(boot: string, entry: fs.BigIntStats, source: fs.BigIntStats): string {
  return `${SEAL_MAGIC} ${boot} ${versionKey(entry)} ${versionKey(source)}\n`;
}

/**
 * A CommonJS loader for roadmap's own bundles with a code cache. `require('./x.cjs')` from a loaded
 * bundle goes through it too (the vendor bundles); anything else goes to Node's require.
 */
export function createLoader(options: CacheOptions) {
  const loaded = new Map<string, Loaded>();
  const pending: ((code: number | undefined) => void)[] = [];
  const later = (write: (code: number | undefined) => void) => {
    if (pending.push(write) === 1) options.whenPending?.(save);
  };
  let dir: string | undefined | null = null;
  const cacheFolder = () => (dir === null ? (dir = options.dir === undefined ? undefined : usableDir(options.dir)) : dir);
  let boot: string | undefined | null = null;
  const bootId = () => (boot === null ? (boot = (options.bootId ?? currentBootId)()) : boot);

  /** The entry's data when its seal vouches for it: written for this source, in this boot or durably. */
  function sealed(entryPath: string, sealPath: string, source: fs.BigIntStats): Buffer | undefined {
    const entry = readWithStat(entryPath);
    const data = entry && parseEntry(entry.bytes);
    if (!entry || !data) return undefined;
    const seal = readWithStat(sealPath, MAX_HEADER_BYTES * 2)?.bytes.toString('latin1');
    if (seal === undefined) return undefined;
    const now = bootId();
    return (now !== undefined && seal === sealText(now, entry.stat, source)) || seal === sealText(DURABLE, entry.stat, source) ? data : undefined;
  }

  /** Writes an entry and then its seal; nothing when either cannot be written (the cache is only a copy). */
  function store(entryPath: string, sealPath: string, data: Uint8Array, source: fs.BigIntStats): void {
    const now = bootId();
    const written = writeEntry(entryPath, formatEntry(data), { durable: now === undefined, ops: options.ops });
    if (written !== undefined) writeEntry(sealPath, Buffer.from(sealText(now ?? DURABLE, written, source), 'latin1'), { durable: false, ops: options.ops });
  }

  /** Loads a bundle; `variant` names the entry's variant (the command), for the file the run starts with. */
  function load(file: string, variant?: string): unknown {
    const known = loaded.get(file);
    if (known) return known.exports;
    const read = readWithStat(file, undefined, WRAPPER);
    // A bundle that cannot be read fails as require would (ENOENT, EISDIR, …); read so, it has no cache.
    const bytes = read?.bytes ?? Buffer.concat([WRAPPER[0], fs.readFileSync(file), WRAPPER[1]]);
    // The bundles are ASCII (scripts/build.mjs): a one-byte string made by a copy, not a UTF-8 decoding.
    const wrapped = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    const folder = read === undefined ? undefined : cacheFolder();
    const entryPath = folder === undefined ? undefined : entryFile(folder, file, 'bin', variant);
    const sealPath = folder === undefined ? undefined : entryFile(folder, file, 'seal', variant);
    const found = entryPath === undefined || sealPath === undefined ? undefined : sealed(entryPath, sealPath, read!.stat);
    const script = new vm.Script(wrapped, { filename: file, cachedData: found });
    const used = found !== undefined && script.cachedDataRejected !== true;
    if (entryPath !== undefined && sealPath !== undefined && !used) {
      // Made once the command has run, so it holds the functions the command compiled too.
      later((code) => {
        if (variant === undefined || code === 0) store(entryPath, sealPath, script.createCachedData(), read!.stat);
      });
    }
    const module: Loaded = { exports: {}, cached: used };
    loaded.set(file, module);
    const here = path.dirname(file);
    // Bundles require Node's built-ins and each other (./x.cjs, through this cache); anything else
    // resolves from the bundle's folder, with node:module loaded only then.
    let nodeRequire: NodeJS.Require | undefined;
    const require = (id: string): unknown =>
      id.startsWith('./') && id.endsWith('.cjs')
        ? load(path.join(here, id))
        : id.startsWith('node:')
          ? builtinModule(id)
          : (nodeRequire ??= (builtinModule('node:module') as typeof import('node:module')).createRequire(file))(id);
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    try {
      wrapper.call(module.exports, module.exports, require, module, file, here);
    } catch (error) {
      // As Node does: a file that failed while loading is loaded again next time, not half-loaded.
      loaded.delete(file);
      throw error;
    }
    return module.exports;
  }

  /**
   * Writes the entries (and their seals) that were missing, unsealed, stale or rejected (call when the command
   * is over, with its exit code: a variant's entry is written only after a success).
   */
  function save(code?: number): void {
    for (const write of pending.splice(0)) write(code);
  }

  /** How a loaded file was compiled: from the cache, or from its source. */
  const compiledFrom = (file: string): 'cache' | 'source' | undefined => {
    const known = loaded.get(file);
    return known === undefined ? undefined : known.cached ? 'cache' : 'source';
  };

  return { load, save, compiledFrom };
}
