// Checking a store's health and repairing a damaged one without ever throwing data away:
// the damaged file is renamed to a dated backup before anything new is written.

import fs from 'node:fs';
import path from 'node:path';
import { parseLocalDate } from '../core/dates.ts';
import { emptyState, SCHEMA_VERSION, type ProgressState, type StoreEvent, type TaskProgress } from '../core/state.ts';
import { StoreError, type Say, type StoreProblem } from '../errors.ts';
import { withLock } from './lock.ts';
import { backupFile, ensureDir, readStoreFile, writeStoreFile } from './store.ts';
import { readRegularText } from './durable.ts';
import { readProblem } from './problems.ts';
import { truncatedPrefix } from './truncated.ts';
import { shapeProblem } from './shape.ts';

export type StoreStatus = 'missing' | 'ok' | 'old' | StoreProblem;

export interface StoreHealth {
  path: string;
  status: StoreStatus;
  message?: string;
  /** The message in the user's language. */
  say?: Say;
  schemaVersion?: number;
  tasks?: number;
  events?: number;
  /** Backups beside the store (dated copies kept by migrations and repairs). */
  backups: string[];
}

export function listBackups(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  try {
    return fs.readdirSync(dir).filter((name) => name.startsWith(`${base}.`) && name.endsWith('.bak')).sort();
  } catch {
    return [];
  }
}

export function checkStore(file: string): StoreHealth {
  const backups = listBackups(file);
  try {
    const loaded = readStoreFile(file);
    if (!loaded) return { path: file, status: 'missing', backups };
    return {
      path: file,
      status: loaded.foundVersion === SCHEMA_VERSION ? 'ok' : 'old',
      schemaVersion: loaded.foundVersion ?? undefined,
      tasks: Object.keys(loaded.state.progress).length,
      events: loaded.state.events.length,
      backups,
    };
  } catch (error) {
    if (error instanceof StoreError) return { path: file, status: error.problem, message: error.message, say: error.say, backups };
    throw error;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Keeps every part of a damaged document that still has the right shape. A file cut short (a write
 * that was interrupted by an older roadmap on a full disk) is read up to its last complete value; an
 * event that may have been cut is not kept.
 */
export function salvage(text: string): { state: ProgressState; kept: { tasks: number; events: number } } {
  const state = emptyState();
  let data: unknown;
  let cutInEvents = false;
  try {
    data = JSON.parse(text);
  } catch {
    const prefix = truncatedPrefix(text);
    if (prefix) {
      try {
        data = JSON.parse(prefix.text);
        cutInEvents = prefix.path[0] === 'events';
      } catch {
        data = undefined;
      }
    }
  }
  if (!isObject(data)) return { state, kept: { tasks: 0, events: 0 } };
  if (typeof data.startDate === 'string' && parseLocalDate(data.startDate)) state.startDate = data.startDate;
  if (isObject(data.settings) && (data.settings.lang === 'zh' || data.settings.lang === 'en')) state.settings = { lang: data.settings.lang };
  if (isObject(data.progress)) {
    for (const [id, entry] of Object.entries(data.progress)) {
      const probe = { schemaVersion: SCHEMA_VERSION, progress: { [id]: entry }, events: [] };
      if (!shapeProblem(probe)) state.progress[id] = entry as TaskProgress;
    }
  }
  if (Array.isArray(data.events)) {
    const events = cutInEvents ? data.events.slice(0, -1) : data.events;
    for (const event of events) {
      const probe = { schemaVersion: SCHEMA_VERSION, progress: {}, events: [event] };
      if (!shapeProblem(probe)) state.events.push(event as StoreEvent);
    }
  }
  return { state, kept: { tasks: Object.keys(state.progress).length, events: state.events.length } };
}

export interface RepairResult {
  status: StoreStatus;
  repaired: boolean;
  backup?: string;
  kept?: { tasks: number; events: number };
}

/**
 * Repairs the store: a damaged file is renamed to a dated backup and what could be salvaged is
 * written in its place; an old version is migrated (after a backup). A newer version is refused.
 */
export async function repairStore(file: string, now: Date): Promise<RepairResult> {
  ensureDir(path.dirname(file));
  return withLock(file, async () => {
    const health = checkStore(file);
    if (health.status === 'newer') throw new StoreError(health.say ?? health.message!, (m) => m.store.newerHint, 'newer');
    if (health.status === 'ok' || health.status === 'missing') return { status: health.status, repaired: false };
    if (health.status !== 'old' && health.status !== 'invalid-json' && health.status !== 'wrong-shape') throw new StoreError(health.say ?? health.message!, undefined, health.status);
    if (health.status === 'old') {
      const loaded = readStoreFile(file)!;
      const backup = backupFile(file, `v${loaded.foundVersion}`, now);
      writeStoreFile(file, { ...loaded.state, schemaVersion: SCHEMA_VERSION });
      return { status: health.status, repaired: true, backup };
    }
    let text: string;
    try {
      text = readRegularText(file) ?? '';
    } catch (error) {
      throw readProblem(file, error);
    }
    const { state, kept } = salvage(text);
    // The damaged file is copied aside first; the salvaged store then replaces it in one rename.
    const backup = backupFile(file, 'damaged', now);
    writeStoreFile(file, state);
    return { status: health.status, repaired: true, backup, kept };
  });
}
