// roadmap export [file] and roadmap import <file> [--replace]: moving progress to a new laptop, or keeping a backup.

import fs from 'node:fs';
import path from 'node:path';
import { mergeStates } from '../core/merge.ts';
import type { Deps } from '../deps.ts';
import { RoadmapError, UsageError } from '../errors.ts';
import { exportDocument, readExport, writeFileAtomic } from '../store/transfer.ts';
import { quoteInput } from './shared.ts';

export interface ExportOptions {
  force?: boolean;
}

export function exportCommand(file: string | undefined, options: ExportOptions, deps: Deps): void {
  const text = `${JSON.stringify(exportDocument(deps.store.load(), deps.roadmap.id, deps.now()), null, 2)}\n`;
  if (file === undefined || file === '-') {
    deps.stdout.write(text);
    return;
  }
  const target = path.resolve(file);
  if (fs.existsSync(target) && !options.force) throw new UsageError(deps.msg.transfer.exists(quoteInput(file)));
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    throw new RoadmapError(deps.msg.transfer.cannotWrite(quoteInput(file), (error as Error).message));
  }
  deps.stderr.write(`${deps.msg.transfer.exported(target)}\n`);
}

export interface ImportOptions {
  replace?: boolean;
  json?: boolean;
}

export async function importCommand(file: string, options: ImportOptions, deps: Deps): Promise<{ tasks: number; events: number; notes: number }> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(deps.msg.transfer.cannotRead(quoteInput(file), (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  const { state: incoming } = readExport(quoteInput(file), text);
  const backup = deps.store.backup('before-import');
  const after = await deps.store.update((current) => {
    const next = options.replace ? incoming : mergeStates(current, incoming);
    return { state: next, result: next };
  });
  const counts = { tasks: Object.keys(after.progress).length, events: after.events.length, notes: (after.notes ?? []).length };
  if (options.json) deps.stdout.write(`${JSON.stringify({ ...counts, backup }, null, 2)}\n`);
  else {
    deps.stdout.write(`${deps.msg.transfer.imported(options.replace ? 'replace' : 'merge', counts.tasks, counts.events, counts.notes)}\n`);
    if (backup) deps.stdout.write(`${deps.msg.transfer.backup(backup)}\n`);
  }
  return counts;
}
