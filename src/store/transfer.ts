// The export format: all progress, plan, notes and history as one versioned JSON document.

import { jsonSyntaxProblem } from '../roadmaps/json-location.ts';
import type { ProgressState } from '../core/state.ts';
import { StoreError, UsageError } from '../errors.ts';
import { checkStoreData } from './store.ts';
import { meaningProblem } from './meaning.ts';

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

/** The largest export file imported: years of daily use make a few megabytes. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * Validates an export file's text completely (shape and meaning, the same for merge and --replace)
 * before anything is changed. Throws UsageError naming the file and the first problem's place.
 */
export function readExport(file: string, text: string): { doc: ExportDocument; state: ProgressState } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // FILE:LINE:COLUMN, as `roadmap use` gives it: an editor goes straight to the mistake.
    const problem = jsonSyntaxProblem(text, file, error);
    throw new UsageError((m) => m.transfer.notJson(problem));
  }
  const doc = data as Partial<ExportDocument>;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || doc.format !== EXPORT_FORMAT)
    throw new UsageError((m) => m.transfer.notExport(file, EXPORT_FORMAT));
  if (!Number.isInteger(doc.formatVersion) || (doc.formatVersion as number) < 1) throw new UsageError((m) => m.transfer.noVersion(file));
  const version = doc.formatVersion as number;
  if (version > EXPORT_VERSION) throw new UsageError((m) => m.transfer.newerExport(file, version, EXPORT_VERSION));
  let state: ProgressState;
  try {
    state = checkStoreData(`${file} (store)`, doc.store).state;
  } catch (error) {
    if (error instanceof StoreError) {
      const inner: StoreError = error;
      throw new UsageError((m) => m.transfer.brokenStore(inner.text(m)));
    }
    throw error;
  }
  const problem = meaningProblem(state);
  if (problem) throw new UsageError((m) => m.transfer.invalid(file, `store.${problem}`));
  return { doc: doc as ExportDocument, state };
}
