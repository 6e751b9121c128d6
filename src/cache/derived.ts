// Derived data in the cache folder: text worked out from a file (the current state of a store, the
// outline of a roadmap), used again only while that file is exactly as it was (same inode, size and
// times: any rewrite, in place or by rename, changes them).
import type fs from 'node:fs';
import path from 'node:path';
import { cacheRoot, entryFile, readEntry, statKey, usableDir, writeEntry } from './folder.ts';

export interface DerivedCache {
  /** The text kept for `source` in the version `stat` describes; undefined when there is none. */
  read(kind: string, source: string, stat: fs.Stats): string | undefined;
  /** Keeps `text` for `source` in the version `stat` describes (best effort: never throws). */
  write(kind: string, source: string, stat: fs.Stats, text: string): void;
}

/** A cache in `dir` (undefined: none). `version` is roadmap's own: a new release works things out afresh. */
export function derivedCache(dir: string | undefined, version: string): DerivedCache {
  let usable: string | undefined | null = null;
  const folder = () => (usable === null ? (usable = dir === undefined ? undefined : usableDir(dir)) : usable);
  const header = (kind: string, source: string, stat: fs.Stats) => `roadmap-${kind} ${version} ${statKey(stat)} ${source}\n`;
  return {
    read(kind, source, stat) {
      const at = folder();
      return at === undefined ? undefined : readEntry(entryFile(at, source, kind), header(kind, source, stat))?.toString('utf8');
    },
    write(kind, source, stat, text) {
      const at = folder();
      if (at !== undefined) writeEntry(entryFile(at, source, kind), header(kind, source, stat), text);
    },
  };
}

/** The data cache for an environment: ROADMAP_CACHE or the default folder (src/cache/folder.ts). */
export function dataCache(env: Record<string, string | undefined>, version: string): DerivedCache {
  return derivedCache(path.join(cacheRoot(env), 'data'), version);
}
