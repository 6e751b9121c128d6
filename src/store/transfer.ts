// The export format: all progress, plan, notes and history as one versioned JSON document.

import fs from 'node:fs';
import path from 'node:path';
import type { ProgressState } from '../core/state.ts';
import { StoreError, UsageError } from '../errors.ts';
import { checkStoreData } from './store.ts';

export const EXPORT_FORMAT = 'roadmap-export';
export const EXPORT_VERSION = 1;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  /** The id of the roadmap the progress was made on. */
  roadmap: string;
  store: ProgressState;
}

export function exportDocument(state: ProgressState, roadmapId: string, now: Date): ExportDocument {
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_VERSION, exportedAt: now.toISOString(), roadmap: roadmapId, store: state };
}

/** Validates an export file's text completely before anything is changed. Throws UsageError naming the file. */
export function readExport(file: string, text: string): { doc: ExportDocument; state: ProgressState } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError((m) => m.transfer.notJson(file, detail));
  }
  const doc = data as Partial<ExportDocument>;
  if (typeof doc !== 'object' || doc === null || doc.format !== EXPORT_FORMAT)
    throw new UsageError((m) => m.transfer.notExport(file, EXPORT_FORMAT));
  if (!Number.isInteger(doc.formatVersion) || (doc.formatVersion as number) < 1)
    throw new UsageError((m) => m.transfer.noVersion(file));
  const version = doc.formatVersion as number;
  if (version > EXPORT_VERSION) throw new UsageError((m) => m.transfer.newerExport(file, version, EXPORT_VERSION));
  try {
    return { doc: doc as ExportDocument, state: checkStoreData(`${file} (store)`, doc.store).state };
  } catch (error) {
    if (error instanceof StoreError) {
      const inner: StoreError = error;
      throw new UsageError((m) => m.transfer.brokenStore(inner.text(m)));
    }
    throw error;
  }
}

/** Writes a file atomically (a temp file renamed over it), private to the user. */
export function writeFileAtomic(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}
