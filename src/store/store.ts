// The progress store: one JSON file, read directly (the read path stays light), written whole or not
// at all (durable.ts), every read-modify-write under an inter-process lock (lock.ts).

import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';
import { emptyState, SCHEMA_VERSION, type CurrentState, type ProgressState } from '../core/state.ts';
import type { DerivedCache } from '../cache/derived.ts';
import { migrate } from './migrate.ts';
import { shapeProblem } from './shape.ts';
import { STORE_FILE } from './paths.ts';
import { readRegular, readRegularText, removeStaleTemps, writeWhole } from './durable.ts';
import { readProblem, writeProblem } from './problems.ts';
import { withLock } from './lock.ts';

export interface Store {
  readonly path: string;
  /** The current state; a fresh state when no store file exists yet. */
  load(): ProgressState;
  /**
   * The state without its history (events and notes): all that commands such as `today` read. Taken
   * from the cache while the file is unchanged, so a long history is not read on every run.
   */
  current(): CurrentState;
  /** Reads the latest state under the lock, applies `change`, writes the result when it differs. */
  update<T>(change: (state: ProgressState) => { state: ProgressState; result: T }): Promise<T>;
  /** Keeps a dated copy of the store beside it and returns its path; null when there is no store file yet. */
  backup(reason: string): string | null;
  /** The bytes of a backup beside the store, by file name (as backup() named it). Throws StoreError when it is gone. */
  readBackup(name: string): Buffer;
}

export interface LoadedDoc {
  state: ProgressState;
  /** The schemaVersion found in the file, before any migration. */
  foundVersion: number | null;
}

const RECOVER_HINT = (file: string) => (m: Messages) => m.store.recoverHint(path.basename(file));

/** Parses and checks a store file's text. Throws StoreError naming the file and what is wrong. */
export function parseStoreText(file: string, text: string): LoadedDoc {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new StoreError((m) => m.store.invalidJson(file, detail), RECOVER_HINT(file), 'invalid-json');
  }
  return checkStoreData(file, data);
}

/** Checks parsed store data (a file's, or an export's): version, migration, shape. */
export function checkStoreData(file: string, data: unknown): LoadedDoc {
  const version = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    throw new StoreError((m) => m.store.newer(file, version, SCHEMA_VERSION), (m) => m.store.newerHint, 'newer');
  }
  const migrated = typeof version === 'number' && version < SCHEMA_VERSION && version >= 1 ? migrate(data as Record<string, unknown>) : data;
  const problem = shapeProblem(migrated);
  if (problem) throw new StoreError((m) => m.store.wrongShape(file, problem), RECOVER_HINT(file), 'wrong-shape');
  const state = { ...emptyState(), ...(migrated as ProgressState) };
  return { state, foundVersion: version as number };
}

export function readStoreFile(file: string): LoadedDoc | null {
  let text: string | null;
  try {
    text = readRegularText(file);
  } catch (error) {
    throw readProblem(file, error);
  }
  return text === null ? null : parseStoreText(file, text);
}

/** Where a dated backup of a file goes: beside it, e.g. progress.json.v1-2026-03-01T10-00-00-000Z.bak. */
export function backupPath(file: string, reason: string, now: Date): string {
  return `${file}.${reason}-${now.toISOString().replace(/[:.]/g, '-')}.bak`;
}

/** Copies a file to a dated backup beside it (whole, never over another file) and returns the backup's path. */
export function backupFile(file: string, reason: string, now: Date): string {
  const target = backupPath(file, reason, now);
  let bytes: Buffer | null;
  try {
    bytes = readRegular(file);
  } catch (error) {
    throw readProblem(file, error);
  }
  try {
    writeWhole(target, bytes ?? Buffer.alloc(0), { exclusive: true });
  } catch (error) {
    throw writeProblem(target, error);
  }
  return target;
}

export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw writeProblem(path.join(dir, STORE_FILE), error);
  }
}

/** The store's text: tab-indented JSON, as conf wrote it. */
export function storeText(state: ProgressState): string {
  return JSON.stringify(state, undefined, '\t');
}

/** Writes the whole state, whole or not at all (durable.ts), file mode 0600. */
export function writeStoreFile(file: string, state: ProgressState, beforeCommit?: () => void): void {
  try {
    writeWhole(file, storeText(state), { beforeCommit });
  } catch (error) {
    throw writeProblem(file, error);
  }
}

/**
 * What identifies the version of a file that was read: a rename over it changes the inode, a write in
 * place its times (in nanoseconds). Undefined when there is no file.
 */
function identity(file: string): { key: string; writable: boolean } | undefined {
  let stat: fs.BigIntStats;
  try {
    stat = fs.statSync(file, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw readProblem(file, error);
  }
  return { key: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`, writable: (stat.mode & 0o200n) !== 0n };
}

/** Points in a write where a fault test stops the process (ROADMAP_TEST_FAULT, read in main). */
export type FaultPoint = 'after-read' | 'before-rename';

/** How many times a write is tried again when another command changed the store meanwhile. */
const WRITE_ATTEMPTS = 3;

/** The store of a custom roadmap, beside the bundled roadmap's: progress is kept per roadmap. */
export function customStoreFile(roadmapId: string): string {
  return path.join('roadmaps', `${roadmapId}.json`);
}

/** The state without its history. */
export function currentOf(state: ProgressState): CurrentState {
  const { events: _events, notes: _notes, ...current } = state;
  return current;
}

/** The kind of cache entry that holds a store's current state (changes with the store's schema). */
const CURRENT_KIND = `state-v${SCHEMA_VERSION}`;

/** A file's status, or undefined when it does not exist (or cannot be looked at: reading reports that). */
function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

export function fileStore(dir: string, now: () => Date, name: string = STORE_FILE, cache?: DerivedCache, fault?: (point: FaultPoint) => void): Store {
  const file = path.join(dir, name);
  const fileDir = path.dirname(file);
  let cached: ProgressState | undefined;
  let current: CurrentState | undefined;
  /** Keeps the current state of the file as `stat` describes it, for current() in later runs. */
  const remember = (stat: fs.Stats | undefined, state: ProgressState) => {
    if (cache && stat) cache.write(CURRENT_KIND, file, stat, JSON.stringify(currentOf(state)));
  };
  const store: Store = {
    path: file,
    load() {
      // Read once per run (main and the command both ask); a write below refreshes it.
      if (cached === undefined) {
        const stat = cache && statOf(file);
        cached = readStoreFile(file)?.state ?? emptyState();
        remember(stat, cached);
      }
      return cached;
    },
    current() {
      if (cached !== undefined) return cached;
      if (current !== undefined) return current;
      const stat = cache && statOf(file);
      const text = stat && cache.read(CURRENT_KIND, file, stat);
      if (text !== undefined) {
        try {
          return (current = JSON.parse(text) as CurrentState);
        } catch {
          // A damaged entry: read the store itself.
        }
      }
      return store.load();
    },
    backup(reason) {
      return fs.existsSync(file) ? backupFile(file, reason, now()) : null;
    },
    readBackup(name) {
      const at = path.join(fileDir, path.basename(name));
      let bytes: Buffer | null;
      try {
        bytes = readRegular(at);
      } catch (error) {
        throw readProblem(at, error);
      }
      if (bytes === null) throw new StoreError((m) => m.store.backupMissing(at));
      return bytes;
    },
    async update(change) {
      ensureDir(fileDir);
      for (let attempt = 1; ; attempt++) {
        try {
          return await withLock(file, async (lock) => {
            removeStaleTemps(file);
            const seen = identity(file);
            if (seen && !seen.writable) throw new StoreError((m) => m.files.readOnlyFile(file), undefined, 'cannot-write');
            const loaded = readStoreFile(file);
            fault?.('after-read');
            const before = loaded?.state ?? emptyState();
            const { state, result } = change(before);
            const migrating = loaded !== null && loaded.foundVersion !== SCHEMA_VERSION;
            const next = { ...state, schemaVersion: SCHEMA_VERSION };
            if (state !== before || migrating) {
              if (migrating) backupFile(file, `v${loaded.foundVersion}`, now());
              writeStoreFile(file, next, () => {
                fault?.('before-rename');
                // Never put a file in place over a store that changed since it was read.
                lock.assertHeld();
                if (identity(file)?.key !== seen?.key) throw new StoreError((m) => m.store.changedMeanwhile(file), undefined, 'changed');
              });
            }
            cached = next;
            if (state !== before) remember(cache && statOf(file), cached);
            return result;
          });
        } catch (error) {
          if (error instanceof StoreError && error.problem === 'changed' && attempt < WRITE_ATTEMPTS) continue;
          throw error;
        }
      }
    },
  };
  return store;
}

/** An in-memory store with the same behaviour, for in-process tests. */
export function memoryStore(initial: ProgressState = emptyState()): Store & { state: ProgressState; writes: number; backups: Map<string, Buffer> } {
  const store = {
    path: '(memory)',
    state: initial,
    writes: 0,
    backups: new Map<string, Buffer>(),
    load: () => store.state,
    current: () => store.state,
    backup: (reason: string) => {
      const name = `memory.${reason}-${store.backups.size + 1}.bak`;
      store.backups.set(name, Buffer.from(storeText(store.state)));
      return name;
    },
    readBackup: (name: string) => {
      const bytes = store.backups.get(name);
      if (!bytes) throw new StoreError((m) => m.store.backupMissing(name));
      return bytes;
    },
    async update<T>(change: (state: ProgressState) => { state: ProgressState; result: T }): Promise<T> {
      const { state, result } = change(store.state);
      if (state !== store.state) {
        store.state = structuredClone(state);
        store.writes++;
      }
      return result;
    },
  };
  return store;
}
