// roadmap's own compile cache: the bundled CommonJS files (dist/main.cjs and the vendor bundles) are
// compiled with V8's code cache, so a run after the first skips parsing and compiling what it runs.
// Node 22 does the same for every module with module.enableCompileCache(); Node 20 has no such thing,
// and compiling the bundle was the largest part of roadmap's start-up there (npm run bench).
//
// The cache follows Node's own conventions: NODE_COMPILE_CACHE names its folder (default: a folder of
// roadmap's cache folder, src/cache/folder.ts), NODE_DISABLE_COMPILE_CACHE=1 turns it off. A missing,
// stale, damaged or rejected entry only costs a normal compile; writing one never fails a command.
//
// V8 is never given bytes that were not verified. V8 itself checks only an entry's version, flags and
// the *length* of its source (its payload checksum is a debug-build check): a damaged entry made V8
// crash, and an entry made from other source of the same length ran that source. So an entry is
//   roadmap-code-cache 2 <V8 version> <SHA-256 of the exact source compiled> <SHA-256 of the data>\n<data>
// and is used only when both hashes match the source being loaded and the data read.
//
// Hashing costs more than it seems: not the hashing (under a millisecond for the bundle and its entry)
// but loading node:crypto, about 4-8 ms of a ~120 ms start. So a verification is remembered in a seal
// beside the entry: the version keys (device, inode, size, mtime, ctime: folder.ts versionKey) of the
// entry and of the source as they were read when they verified. While both files still have those keys
// their bytes are the ones verified (ctime changes with any write and cannot be set back), so the entry is
// used without hashing; any write to either sends it through the hashes again. A seal does not vouch for
// anything it was not computed from: a forged or copied seal names other files' keys and is ignored.
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
import { entryFile, readWithStat, syncFile, usableDir, versionKey, writeEntry, type ReadWithStat } from '../cache/folder.ts';
import { sha256Hex } from '../store/hash.ts';
import { builtinModule } from '../builtin.ts';

export interface CacheOptions {
  /** The cache folder, or undefined for no cache. */
  dir: string | undefined;
  /** SHA-256 as hex (tests count the calls). */
  sha256?: (bytes: Uint8Array | string) => string;
  /**
   * Called once, when the first entry or seal is waiting to be written, with the function that writes
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

const MAGIC = 'roadmap-code-cache 2';
const SEAL_MAGIC = 'roadmap-code-cache-seal 2';
/** The header is one short line: a longer one is not an entry of ours. */
const MAX_HEADER_BYTES = 256;
const HEX64 = /^[0-9a-f]{64}$/;

/** An entry: its header line and V8's data, for source with this hash. */
export function formatEntry(sourceSha: string, data: Uint8Array, sha256: (bytes: Uint8Array) => string = sha256Hex): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC} ${process.versions.v8} ${sourceSha} ${sha256(data)}\n`, 'latin1'), data]);
}

export interface ParsedEntry {
  sourceSha: string;
  dataSha: string;
  data: Buffer;
}

/** The parts of an entry of this format and this V8; undefined for anything else (nothing is hashed here). */
export function parseEntry(entry: Buffer): ParsedEntry | undefined {
  const end = entry.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (end < 0) return undefined;
  const [magic, version, v8, sourceSha, dataSha, ...rest] = entry.toString('latin1', 0, end).split(' ');
  if (`${magic} ${version}` !== MAGIC || v8 !== process.versions.v8 || rest.length > 0) return undefined;
  if (!HEX64.test(sourceSha ?? '') || !HEX64.test(dataSha ?? '')) return undefined;
  const data = entry.subarray(end + 1);
  return data.length === 0 ? undefined : { sourceSha: sourceSha!, dataSha: dataSha!, data };
}

/** The seal of an entry that verified against a source: both files' version keys and the two hashes. */
export function sealText(entry: ReadWithStat, source: ReadWithStat, parsed: ParsedEntry): string {
  return `${SEAL_MAGIC} ${versionKey(entry.stat)} ${versionKey(source.stat)} ${parsed.sourceSha} ${parsed.dataSha}\n`;
}

/**
 * A CommonJS loader for roadmap's own bundles with a code cache. `require('./x.cjs')` from a loaded
 * bundle goes through it too (the vendor bundles); anything else goes to Node's require.
 */
export function createLoader(options: CacheOptions) {
  const sha256 = options.sha256 ?? sha256Hex;
  const loaded = new Map<string, Loaded>();
  const pending: ((code: number | undefined) => void)[] = [];
  const later = (write: (code: number | undefined) => void) => {
    if (pending.push(write) === 1) options.whenPending?.(save);
  };
  let dir: string | undefined | null = null;
  const cacheFolder = () => (dir === null ? (dir = options.dir === undefined ? undefined : usableDir(options.dir)) : dir);

  /** The entry's data when it verifies for this source; `seal` is set when the verification took hashing. */
  function verified(entryPath: string, sealPath: string, source: ReadWithStat, sourceSha: () => string): { data: Buffer; seal?: string } | undefined {
    const entry = readWithStat(entryPath);
    const parsed = entry && parseEntry(entry.bytes);
    if (!entry || !parsed) return undefined;
    const seal = sealText(entry, source, parsed);
    if (readWithStat(sealPath, MAX_HEADER_BYTES * 2)?.bytes.toString('latin1') === seal) return { data: parsed.data };
    if (sha256(parsed.data) !== parsed.dataSha || sourceSha() !== parsed.sourceSha) return undefined;
    return { data: parsed.data, seal };
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
    let sourceSha: string | undefined;
    const hashSource = () => (sourceSha ??= sha256(wrapped));
    const folder = read === undefined ? undefined : cacheFolder();
    const entryPath = folder === undefined ? undefined : entryFile(folder, file, 'bin', variant);
    const sealPath = folder === undefined ? undefined : entryFile(folder, file, 'seal', variant);
    const found = entryPath === undefined || sealPath === undefined ? undefined : verified(entryPath, sealPath, read!, hashSource);
    const script = new vm.Script(wrapped, { filename: file, cachedData: found?.data });
    const used = found !== undefined && script.cachedDataRejected !== true;
    if (entryPath !== undefined && !used) {
      // Made once the command has run, so it holds the functions the command compiled too.
      later((code) => {
        if (variant === undefined || code === 0) writeEntry(entryPath, formatEntry(hashSource(), script.createCachedData(), sha256));
      });
    } else if (sealPath !== undefined && found?.seal !== undefined) {
      const seal = found.seal;
      // The entry was written without fsync: its bytes reach the disk before a seal vouches for them.
      later(() => {
        if (syncFile(entryPath!)) writeEntry(sealPath, Buffer.from(seal, 'latin1'));
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
   * Writes the entries that were missing, stale or rejected, and the seals of those that verified (call when
   * the command is over, with its exit code: a variant's entry is written only after a success).
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
