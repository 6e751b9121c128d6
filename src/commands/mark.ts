// roadmap done <id...> | start <id> | skip <id...> | reset [<id>] | undo

import { localDate } from '../core/dates.ts';
import { visible } from '../core/escape.ts';
import { applyChange, resetAll, undoLast, type ChangeType, type PaperStage, type StoreEvent } from '../core/state.ts';
import { UsageError } from '../errors.ts';
import type { Deps } from '../deps.ts';
import { activityDay, printJson, requireTasks } from './shared.ts';
import { defineCommand, json } from './spec.ts';
import { beforeImport } from './transfer.ts';
import { questionsOf } from '../study/content.ts';

export interface MarkResult {
  type: ChangeType;
  changed: string[];
  unchanged: string[];
  /** Paper tasks that moved to a stage rather than to done. */
  stages?: Record<string, PaperStage>;
}

const wantedStatus = { done: 'done', start: 'in-progress', skip: 'skipped', reset: 'todo' } as const;

export interface MarkOptions {
  json?: boolean;
  /** Log the change on an earlier day (for the days the learner forgot). */
  date?: string;
}

export interface DoneOptions extends MarkOptions {
  /** A paper goes straight to done, every stage left finished at once. */
  allStages?: boolean;
}

export async function markCommand(type: ChangeType, ids: string[], options: DoneOptions, deps: Deps): Promise<MarkResult> {
  // Every id is checked before anything is written: one bad id changes nothing.
  const tasks = requireTasks(deps, ids);
  const { at, date } = activityDay(deps, options.date);
  // `start` on a done task would reopen it silently, its done date kept before the new start: refused, with the way to do it.
  if (type === 'start') {
    const state = deps.store.snapshot();
    const done = tasks.map((t) => t.task.id).filter((id) => state.progress[id]?.status === 'done');
    if (done.length > 0) throw new UsageError(deps.msg.startDone(done.join(', '), done[0]!));
  }
  const result = await deps.store.update((state) => {
    const staged = new Set(options.allStages ? [] : tasks.filter((t) => t.task.paper).map((t) => t.task.id));
    // A task that becomes done gets a review card for each of its questions.
    const questions = type === 'done' ? new Map(tasks.map((t) => [t.task.id, questionsOf(deps, t.task).map((q) => q.id)])) : undefined;
    const change = applyChange(state, { type, ids: tasks.map((t) => t.task.id), at, date, staged, questions });
    const stages = Object.fromEntries(change.changed.flatMap((id) => (change.state.progress[id]?.stage ? [[id, change.state.progress[id]!.stage!]] : [])));
    return { state: change.state, result: { type, changed: change.changed, unchanged: change.unchanged, stages } };
  });
  if (options.json) printJson(deps, result);
  else {
    const { msg, style } = deps;
    const staged = result.stages ?? {};
    const plain = result.changed.filter((id) => !(id in staged));
    if (plain.length > 0) deps.stdout.write(`${style.green(msg.changed[type](plain.join(', ')))}\n`);
    for (const [id, stage] of Object.entries(staged)) deps.stdout.write(`${style.green(msg.papers.moved(id, stage))}\n`);
    if (result.unchanged.length > 0) deps.stdout.write(`${msg.alreadyStatus(result.unchanged.join(', '), msg.status[wantedStatus[type]])}\n`);
  }
  return result;
}

export interface ResetOptions {
  yes?: boolean;
  json?: boolean;
}

/** Without an id: every task, after a confirmation (or --yes when there is no terminal to ask in). */
export async function resetCommand(
  id: string | undefined,
  options: ResetOptions,
  deps: Deps,
): Promise<MarkResult | { type: 'reset-all'; startDate: string } | null> {
  if (id !== undefined) return markCommand('reset', [id], options, deps);
  const { msg } = deps;
  if (!options.yes) {
    if (!deps.stdinIsTTY) throw new UsageError(msg.resetNeedsYes);
    if (!(await deps.prompts.confirm(msg.resetConfirm, false))) {
      deps.stdout.write(`${msg.resetCancelled}\n`);
      return null;
    }
  }
  const now = deps.now();
  const today = localDate(now);
  await deps.store.update((state) => ({ state: resetAll(state, now, today), result: undefined }));
  const result = { type: 'reset-all' as const, startDate: today };
  if (options.json) printJson(deps, result);
  else deps.stdout.write(`${msg.resetAllDone(today)}\n`);
  return result;
}

export interface UndoOptions {
  json?: boolean;
}

export async function undoCommand(options: UndoOptions, deps: Deps): Promise<StoreEvent | null> {
  const now = deps.now();
  const undone = await deps.store.update(
    (state) => {
      const outcome = undoLast(state, now, localDate(now), (target) => beforeImport(target, deps));
      return outcome ? { state: outcome.state, result: outcome.undone } : { state, result: null };
    },
    { history: true },
  );
  const { msg } = deps;
  if (options.json) printJson(deps, { undone: undone ? { seq: undone.seq, type: undone.type, ids: undone.changes.map((c) => c.id) } : null });
  else if (!undone) deps.stdout.write(`${msg.nothingToUndo}\n`);
  else if (undone.type === 'import' && undone.import)
    deps.stdout.write(`${msg.undoneImport(visible(undone.import.file), undone.import.events, undone.import.notes)}\n`);
  else if (undone.type === 'plan') deps.stdout.write(`${msg.undonePlan}\n`);
  else if (undone.type === 'note' && undone.note?.after) deps.stdout.write(`${msg.undoneNote(undone.note.after.taskId)}\n`);
  else if (undone.type === 'spent' && undone.minutes !== undefined) deps.stdout.write(`${msg.undoneSpent(undone.minutes, undone.changes[0]?.id ?? '')}\n`);
  else if (undone.type === 'reset' && undone.startDate) deps.stdout.write(`${msg.undoneReset}\n`);
  else {
    deps.stdout.write(
      `${msg.undone(msg.log.types[undone.type], [...undone.changes, ...(undone.type === 'review' ? (undone.cards ?? []) : [])].map((c) => c.id).join(', '))}\n`,
    );
    // A paper the undo took back to a stage says which one.
    for (const change of undone.changes)
      if (change.before?.status === 'in-progress' && change.before.stage) deps.stdout.write(`${msg.papers.backTo(change.id, change.before.stage)}\n`);
  }
  return undone;
}

// `done` is declared with the pickers (interactive.ts): without an id it asks which.
const logDate = { flags: '--date <date>', help: 'logDate' } as const;

export const startSpec = defineCommand({
  name: 'start',
  help: 'start',
  args: [{ name: '<id>', help: 'id' }],
  options: [logDate, json],
  run: ([id], options: MarkOptions, deps) => markCommand('start', [id], options, deps),
});

export const skipSpec = defineCommand({
  name: 'skip',
  help: 'skip',
  args: [{ name: '<id...>', help: 'ids' }],
  options: [logDate, json],
  run: ([ids], options: MarkOptions, deps) => markCommand('skip', ids, options, deps),
});

export const undoSpec = defineCommand({
  name: 'undo',
  help: 'undo',
  options: [json],
  run: (_args, options: UndoOptions, deps) => undoCommand(options, deps),
});

export const resetSpec = defineCommand({
  name: 'reset',
  help: 'reset',
  args: [{ name: '[id]', help: 'id' }],
  options: [{ flags: '-y, --yes', help: 'yes' }, json],
  run: ([id], options: ResetOptions, deps) => resetCommand(id, options, deps),
});
