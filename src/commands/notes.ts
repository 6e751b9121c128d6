// roadmap note <id> [text...] [--date D] and roadmap notes [--task id] [--json]:
// where a learner keeps what a paper or a course taught them.

import { addNote } from '../core/activity.ts';
import type { Note } from '../core/state.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { findTask } from '../core/roadmap.ts';
import { noteLines } from '../ui/notes-view.ts';
import { activityDay, printJson, requireTask } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface NoteOptions {
  date?: string;
  json?: boolean;
}

/** The note added; null when the editor was left empty (as git does with an empty message: nothing saved). */
export async function noteCommand(id: string, words: string[], options: NoteOptions, deps: Deps): Promise<Note | null> {
  const { task } = requireTask(deps, id);
  const { at, date } = activityDay(deps, options.date);
  let text = words.join(' ');
  const edited = words.length === 0;
  if (edited) {
    if (!deps.stdinIsTTY) throw new UsageError(deps.msg.sentences(deps.msg.missingArgument('text'), deps.msg.seeCommandHelp('note')));
    text = await deps.prompts.editor(deps.msg.notes.editorPrompt(task.id));
  }
  text = text.replace(/\r\n/g, '\n').trim();
  if (text === '' && edited) {
    // Leaving the editor empty is how one changes one's mind: a cancel, not a mistake.
    deps.stdout.write(`${deps.msg.notes.emptyEdit}\n`);
    return null;
  }
  if (text === '') throw new UsageError(deps.msg.notes.empty);
  if (text.length > 20_000) throw new UsageError(deps.msg.notes.tooLong);
  const note = await deps.store.update(
    (state) => {
      const added = addNote(state, task.id, text, at, date);
      return { state: added.state, result: added.note };
    },
    { notes: true },
  );
  if (options.json) printJson(deps, note);
  else deps.stdout.write(`${deps.msg.notes.added(task.id, note.date)}\n`);
  return note;
}

export interface NotesOptions {
  task?: string;
  json?: boolean;
}

export function notesCommand(options: NotesOptions, deps: Deps): Note[] {
  const taskId = options.task === undefined ? undefined : requireTask(deps, options.task).task.id;
  const notes = deps.store.notes().filter((n) => taskId === undefined || n.taskId === taskId);
  if (options.json) {
    printJson(deps, { notes });
    return notes;
  }
  if (notes.length === 0) {
    deps.stdout.write(`${deps.msg.notes.none}\n`);
    return notes;
  }
  const byTask = new Map<string, Note[]>();
  for (const n of notes) byTask.set(n.taskId, [...(byTask.get(n.taskId) ?? []), n]);
  const out: string[] = [];
  for (const [id, list] of byTask) {
    const task = findTask(deps.roadmap, id)?.task;
    out.push(deps.style.bold(`${id}${task ? `  ${pick(task.title, deps.lang)}` : ''}`));
    out.push(...noteLines(list, deps.columns, '  '), '');
  }
  deps.stdout.write(out.join('\n'));
  return notes;
}

export const noteSpec = defineCommand({
  name: 'note',
  help: 'note',
  args: [
    { name: '<id>', help: 'id' },
    { name: '[text...]', help: 'note' },
  ],
  options: [{ flags: '--date <date>', help: 'logDate' }, json],
  run: ([id, text], options: NoteOptions, deps) => noteCommand(id, text, options, deps),
});

export const notesSpec = defineCommand({
  name: 'notes',
  help: 'notes',
  options: [{ flags: '--task <id>', help: 'taskOpt' }, json],
  run: (_args, options: NotesOptions, deps) => notesCommand(options, deps),
});
