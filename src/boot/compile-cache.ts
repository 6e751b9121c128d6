// roadmap's own compile cache: the bundled CommonJS files (dist/main.cjs and the vendor bundles) are
// compiled with V8's code cache, so a run after the first skips parsing and compiling what it runs.
// Node 22 does the same for every module with module.enableCompileCache(); Node 20 has no such thing,
// and compiling the bundle was the largest part of roadmap's start-up there (npm run bench).
//
// The cache follows Node's own conventions: NODE_COMPILE_CACHE names its folder (default: a folder of
// roadmap's cache folder, src/cache/folder.ts), NODE_DISABLE_COMPILE_CACHE=1 turns it off. A cache
// entry belongs to one version of one file: its path, inode, size and times, and the V8 version, are
// checked before it is used, and V8 checks the rest (its own version, flags and the source). A missing,
// stale, damaged or rejected entry only costs a normal compile; writing one never fails a command.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { entryFile, readEntry, statKey, usableDir, writeEntry } from '../cache/folder.ts';

export interface CacheOptions {
  /** The cache folder, or undefined for no cache. */
  dir: string | undefined;
}

interface Loaded {
  exports: unknown;
  /** Whether its compiled code came from the cache. */
  cached: boolean;
}

/** The header an entry starts with: what the cached code was compiled from. */
export function entryHeader(file: string, stat: fs.Stats): string {
  return `roadmap-code-cache 1 ${process.versions.v8} ${statKey(stat)} ${file}\n`;
}

/**
 * A CommonJS loader for roadmap's own bundles with a code cache. `require('./x.cjs')` from a loaded
 * bundle goes through it too (the vendor bundles); anything else goes to Node's require.
 */
export function createLoader(options: CacheOptions) {
  const loaded = new Map<string, Loaded>();
  const pending: (() => void)[] = [];
  let dir: string | undefined | null = null;
  const cacheFolder = () => (dir === null ? (dir = options.dir === undefined ? undefined : usableDir(options.dir)) : dir);

  function load(file: string): unknown {
    const known = loaded.get(file);
    if (known) return known.exports;
    const source = fs.readFileSync(file, 'utf8');
    const stat = fs.statSync(file);
    const header = entryHeader(file, stat);
    const folder = cacheFolder();
    const entry = folder === undefined ? undefined : entryFile(folder, file, 'bin');
    const cachedData = entry === undefined ? undefined : readEntry(entry, header);
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    if (entry !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
      // Made once the command has run, so it holds the functions the command compiled too.
      pending.push(() => writeEntry(entry, header, script.createCachedData()));
    }
    const module: Loaded = { exports: {}, cached: cachedData !== undefined && script.cachedDataRejected !== true };
    loaded.set(file, module);
    const nodeRequire = Module.createRequire(file);
    const here = path.dirname(file);
    const require = Object.assign((id: string) => (id.startsWith('./') && id.endsWith('.cjs') ? load(path.join(here, id)) : nodeRequire(id)), nodeRequire);
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

  /** Writes the entries that were missing or stale (call when the command is over). */
  function save(): void {
    for (const write of pending.splice(0)) write();
  }

  /** How a loaded file was compiled: from the cache, or from its source. */
  const compiledFrom = (file: string): 'cache' | 'source' | undefined => {
    const known = loaded.get(file);
    return known === undefined ? undefined : known.cached ? 'cache' : 'source';
  };

  return { load, save, compiledFrom };
}
