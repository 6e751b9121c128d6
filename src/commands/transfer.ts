// roadmap export [file|folder] and roadmap import <file> [--replace]: moving progress to a new laptop, or
// keeping a backup. An import is one step: `roadmap undo` right after it puts the store back as it was.

import fs from 'node:fs';
import path from 'node:path';
import { importedState, sameContent } from '../core/merge.ts';
import { safeJson, visible } from '../core/escape.ts';
import { appendEvent, emptyState, type ImportRecord, type ProgressState, type StoreEvent } from '../core/state.ts';
import { localDate } from '../core/dates.ts';
import type { Deps } from '../deps.ts';
import { StoreError, UsageError } from '../errors.ts';
import { readRegularText } from '../store/durable.ts';
import { readProblem, writeProblem } from '../store/problems.ts';
import { parseStoreText } from '../store/store.ts';
import { exportDocument, MAX_IMPORT_BYTES, readExport } from '../store/transfer.ts';
import { writeWhole } from '../store/durable.ts';
import { sha256Hex } from '../store/hash.ts';
import { quoteInput } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface ExportOptions {
  force?: boolean;
}

/** The file an export goes to: the path given, or a dated file inside it when it is a folder. */
function exportTarget(file: string, deps: Deps): string {
  const target = path.resolve(file);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch {
    return target;
  }
  if (stat.isDirectory()) return path.join(target, `roadmap-export-${localDate(deps.now())}.json`);
  if (!stat.isFile()) throw new UsageError(deps.msg.files.notAFile(quoteInput(file), stat.isFIFO() ? 'fifo' : 'other'));
  return target;
}

export function exportCommand(file: string | undefined, options: ExportOptions, deps: Deps): void {
  const text = `${safeJson(JSON.stringify(exportDocument(deps.store.load(), deps.roadmap.id, deps.now()), null, 2))}\n`;
  if (file === undefined || file === '-') {
    deps.stdout.write(text);
    return;
  }
  const target = exportTarget(file, deps);
  const exists = fs.existsSync(target);
  if (exists && !options.force) throw new UsageError(deps.msg.transfer.exists(quoteInput(target)));
  try {
    // Whole or not at all; without --force never over a file that appeared meanwhile.
    writeWhole(target, text, { exclusive: !exists });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(deps.msg.transfer.exists(quoteInput(target)));
    throw writeProblem(target, error);
  }
  deps.stderr.write(`${deps.msg.transfer.exported(visible(target, 300))}\n`);
}

export interface ImportOptions {
  replace?: boolean;
  json?: boolean;
}

export interface ImportOutcome {
  tasks: number;
  events: number;
  notes: number;
  /** Nothing new: the store was left as it was. */
  nothingNew: boolean;
  backup: string | null;
}

export async function importCommand(file: string, options: ImportOptions, deps: Deps): Promise<ImportOutcome> {
  let text: string | null;
  try {
    text = readRegularText(file, MAX_IMPORT_BYTES);
  } catch (error) {
    throw new UsageError(readProblem(quoteInput(file), error).text(deps.msg));
  }
  if (text === null) throw new UsageError(deps.msg.transfer.cannotRead(quoteInput(file), 'ENOENT'));
  const { state: incoming } = readExport(quoteInput(file), text);
  const mode = options.replace ? 'replace' : 'merge';
  const now = deps.now();
  const outcome = await deps.store.update(
    (current): { state: ProgressState; result: ImportOutcome } => {
      const next = importedState(current, incoming, mode);
      if (mode === 'merge' && sameContent(next, current)) return { state: current, result: { tasks: 0, events: 0, notes: 0, nothingNew: true, backup: null } };
      // Under the lock, the backup is exactly the store this import replaces: undo restores it.
      const backup = deps.store.backup('before-import', current);
      const record: ImportRecord = {
        file: path.basename(file),
        mode,
        backup: backup && path.basename(backup),
        sha256: backup ? sha256Hex(deps.store.readBackup(path.basename(backup))) : null,
        events: Math.max(0, next.events.length - (mode === 'merge' ? current.events.length : 0)),
        notes: Math.max(0, (next.notes ?? []).length - (mode === 'merge' ? (current.notes ?? []).length : 0)),
      };
      const state = appendEvent(next, { at: now.toISOString(), date: localDate(now), type: 'import', changes: [], import: record });
      const result = { tasks: Object.keys(state.progress).length, events: record.events, notes: record.notes, nothingNew: false, backup };
      return { state, result };
    },
    { history: true },
  );
  if (options.json) deps.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  else if (outcome.nothingNew) deps.stdout.write(`${deps.msg.transfer.nothingNew(quoteInput(file))}\n`);
  else {
    deps.stdout.write(`${deps.msg.transfer.imported(mode, outcome.tasks, outcome.events, outcome.notes)}\n`);
    if (outcome.backup) deps.stdout.write(`${deps.msg.transfer.backup(outcome.backup)}\n`);
  }
  return outcome;
}

/** The store as it was before an import, from the backup the import named (checked against its hash). */
export function beforeImport(target: StoreEvent, deps: Deps): ProgressState {
  const record = target.import;
  if (!record || record.backup === null) return emptyState();
  const name = record.backup;
  const bytes = deps.store.readBackup(name);
  if (sha256Hex(bytes) !== record.sha256) throw new StoreError((m) => m.store.backupChanged(name));
  return parseStoreText(name, bytes.toString('utf8')).state;
}

export const exportSpec = defineCommand({
  name: 'export',
  help: 'export',
  args: [{ name: '[file]', help: () => 'file' }],
  options: [{ flags: '--force', help: 'force' }],
  run: ([file], options: ExportOptions, deps) => exportCommand(file, options, deps),
});

export const importSpec = defineCommand({
  name: 'import',
  help: 'import',
  args: [{ name: '<file>', help: () => 'file' }],
  options: [{ flags: '--replace', help: 'replace' }, json],
  run: ([file], options: ImportOptions, deps) => importCommand(file, options, deps),
});
