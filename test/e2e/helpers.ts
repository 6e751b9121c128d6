// Spawning the real bin/roadmap.js with ROADMAP_HOME in a fresh temporary folder.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.resolve(import.meta.dirname, '../../bin/roadmap.js');

export function tempHome(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-e2e-'));
}

/** A clean environment: no locale, no colour, no display, no browser; the store and the cache in `home`. */
export function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    ROADMAP_HOME: path.join(home, 'store'),
    ROADMAP_CACHE: path.join(home, 'cache'),
    TZ: process.env.TZ ?? 'UTC',
    ...extra,
  };
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function roadmap(home: string, args: string[], extra: Record<string, string> = {}): Ran {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    env: cleanEnv(home, extra),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function storeFile(home: string): string {
  return path.join(home, 'store', 'progress.json');
}

/**
 * The snapshot (progress.json) with the events of the log beside it (events.jsonl) as `events`, and
 * the notes of the notes file (notes.json) as `notes` when there is one.
 */
export function readStore(home: string): Record<string, any> {
  const snapshot = JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
  const notesFile = path.join(home, 'store', 'notes.json');
  const notes = fs.existsSync(notesFile) ? { notes: JSON.parse(fs.readFileSync(notesFile, 'utf8')).notes } : {};
  return { ...snapshot, events: readEvents(home), ...notes };
}

/** The events in events.jsonl (after its header line); [] when there is no log. */
export function readEvents(home: string): Record<string, any>[] {
  const log = path.join(home, 'store', 'events.jsonl');
  if (!fs.existsSync(log)) return [];
  return fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

export function writeStore(home: string, doc: unknown): void {
  fs.mkdirSync(path.join(home, 'store'), { recursive: true });
  fs.writeFileSync(storeFile(home), JSON.stringify(doc));
}

/** The local calendar date `days` from today, as the spawned process (same TZ) sees it. */
export function localDay(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
