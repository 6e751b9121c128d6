// The progress store: a JSON file written through conf, read directly (the read path stays light),
// every read-modify-write under an inter-process lock.

import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';
import { emptyState, SCHEMA_VERSION, type CurrentState, type ProgressState } from '../core/state.ts';
import type { DerivedCache } from '../cache/derived.ts';
import { migrate } from './migrate.ts';
import { shapeProblem } from './shape.ts';
import { PROJECT_NAME, STORE_FILE } from './paths.ts';
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
  /** Keeps a dated copy of the store beside it; null when there is no store file yet. */
  backup(reason: string): string | null;
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
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    const detail = (error as Error).message;
    throw new StoreError((m) => m.store.unreadable(file, detail));
  }
  return parseStoreText(file, text);
}

/** Copies a file to a dated backup beside it and returns the backup's path. */
/** Where a dated backup of a file goes: beside it, e.g. progress.json.v1-2026-03-01T10-00-00-000Z.bak. */
export function backupPath(file: string, reason: string, now: Date): string {
  return `${file}.${reason}-${now.toISOString().replace(/[:.]/g, '-')}.bak`;
}

export function backupFile(file: string, reason: string, now: Date): string {
  const target = backupPath(file, reason, now);
  fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(target, 0o600);
  return target;
}

/** A folder or disk that refuses the write (permissions, read-only, full) is the user's to fix: say which file. */
function cannotWriteAs<T>(file: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR'].includes(code)) throw error;
    throw new StoreError((m) => m.store.cannotWrite(file, code), (m) => m.store.permissionsHint);
  }
}

export function ensureDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

type ConfClass = typeof import('conf').default;

/** conf is loaded only by commands that write, and before the lock is taken, to keep the locked time short. */
export async function loadConf(): Promise<ConfClass> {
  return (await import('conf')).default;
}

/** Writes the whole state atomically (conf writes a temp file and renames it), file mode 0600. */
export function writeWithConf(Conf: ConfClass, file: string, state: ProgressState): void {
  const conf = new Conf<Record<string, unknown>>({
    projectName: PROJECT_NAME,
    cwd: path.dirname(file),
    configName: path.basename(file, '.json'),
    configFileMode: 0o600,
  });
  conf.store = state as unknown as Record<string, unknown>;
}

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

export function fileStore(dir: string, now: () => Date, name: string = STORE_FILE, cache?: DerivedCache): Store {
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
    async update(change) {
      cannotWriteAs(file, () => ensureDir(fileDir));
      const Conf = await loadConf();
      return withLock(fileDir, file, async () => {
        const loaded = readStoreFile(file);
        const before = loaded?.state ?? emptyState();
        const { state, result } = change(before);
        if (state !== before || (loaded && loaded.foundVersion !== SCHEMA_VERSION)) {
          cannotWriteAs(file, () => {
            if (loaded && loaded.foundVersion !== SCHEMA_VERSION) backupFile(file, `v${loaded.foundVersion}`, now());
            writeWithConf(Conf, file, { ...state, schemaVersion: SCHEMA_VERSION });
          });
        }
        cached = { ...state, schemaVersion: SCHEMA_VERSION };
        if (state !== before) remember(cache && statOf(file), cached);
        return result;
      });
    },
  };
  return store;
}

/** An in-memory store with the same behaviour, for in-process tests. */
export function memoryStore(initial: ProgressState = emptyState()): Store & { state: ProgressState; writes: number } {
  const store = {
    path: '(memory)',
    state: initial,
    writes: 0,
    load: () => store.state,
    current: () => store.state,
    backup: () => null,
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
