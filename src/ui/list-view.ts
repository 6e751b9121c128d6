// The human views of `roadmap list` and `roadmap show`.

import type { Task, Week } from '../core/types.ts';
import type { Note, PaperStage, TaskProgress, TaskStatus } from '../core/state.ts';
import { noteLines } from './notes-view.ts';
import { weekLabel } from '../core/roadmap.ts';
import { localDate } from '../core/dates.ts';
import { pick } from '../i18n/lang.ts';
import { addedTag, noteText, progressLine, resourceLines, stageText, statusMark, weekHeads, wrapped, type ViewContext } from './common.ts';
import { maxOf, maxWidth, padEnd, wrap } from './width.ts';
import type { Progress } from '../core/schedule.ts';
import { checkLines } from '../checks/render.ts';

export interface WeekWithStatus {
  week: Week;
  /** `stage`: a paper's stage while it is in progress. */
  tasks: { task: Task; status: TaskStatus; stage?: PaperStage }[];
  progress: Progress;
}

export function renderList(weeks: WeekWithStatus[], ctx: ViewContext): string {
  const { msg, style, lang } = ctx;
  const heads = weekHeads(
    weeks.map((w) => w.week),
    ctx,
  );
  const headWidth = maxWidth(heads);
  const idWidth = maxOf(
    weeks.flatMap((w) => w.tasks),
    (t) => t.task.id.length,
  );
  const out: string[] = [];
  weeks.forEach((w, i) => {
    out.push(`${style.bold(padEnd(heads[i]!, headWidth))}  ${progressLine(w.progress, ctx, 12)}`);
    if (w.week.filledIn) out.push(...wrapped(msg.field(msg.filledIn, noteText(w.week.filledIn, lang)), ctx, '  ').map((l) => style.gray(l)));
    if (w.week.added) out.push(...wrapped(noteText(w.week.added, lang), ctx, '  ').map((l) => style.gray(l)));
    for (const { task, status, stage } of w.tasks) {
      const title = pick(task.title, lang);
      const staged = stageText(status, stage, msg);
      out.push(
        `  ${statusMark(status, style)} ${task.id.padEnd(idWidth)}  ${status === 'done' || status === 'skipped' ? style.gray(title) : title}${addedTag(task, ctx)}${staged ? `  ${style.yellow(staged)}` : ''}`,
      );
    }
    out.push('');
  });
  return `${out.join('\n')}`;
}

export interface ShowData {
  task: Task;
  week: Week;
  status: TaskStatus;
  progress: TaskProgress | null;
  notes: Note[];
}

/** What of the task is not in the source text (its `added` note), and how its week was filled in: grey, after the description. */
function originLines(task: Task, week: Week, ctx: ViewContext, width: number): string[] {
  const { msg, style, lang } = ctx;
  const notes: string[] = [];
  if (task.added) notes.push(noteText(task.added, lang));
  if (week.filledIn) notes.push(msg.field(msg.filledIn, noteText(week.filledIn, lang)));
  if (notes.length === 0) return [];
  return ['', ...notes.flatMap((note) => wrap(note, width).map((l) => style.gray(`  ${l}`)))];
}

/** " · writing notes" after a paper's status while it is at a stage. */
function stageOf(status: TaskStatus, progress: TaskProgress | null, ctx: ViewContext): string {
  const staged = stageText(status, progress?.stage, ctx.msg);
  return staged ? ` · ${ctx.style.yellow(staged)}` : '';
}

export function renderShow(data: ShowData, ctx: ViewContext): string {
  const { msg, style, lang } = ctx;
  const { task, week, status, progress } = data;
  // Prose is indented by two columns: it is wrapped to what is left of the terminal's width.
  const width = Math.max(20, ctx.columns - 2);
  const labels = [msg.week, msg.estimate, msg.dates].map((l) => msg.label(l));
  const labelWidth = maxWidth(labels);
  const row = (label: string, value: string) => `  ${style.gray(padEnd(label, labelWidth))} ${value}`;
  const dates: string[] = [];
  const day = (iso: string) => localDate(new Date(iso));
  if (progress?.startedAt) dates.push(`${msg.startedAt} ${day(progress.startedAt)}`);
  if (progress?.doneAt) dates.push(`${msg.doneAt} ${day(progress.doneAt)}`);
  if (progress?.skippedAt) dates.push(`${msg.skippedAt} ${day(progress.skippedAt)}`);
  const out = [
    `${statusMark(status, style)} ${style.bold(pick(task.title, lang))}${addedTag(task, ctx)}  ${style.gray(task.id)}  ${msg.status[status]}${stageOf(status, progress, ctx)}`,
    row(labels[0]!, `${weekLabel(week)} · ${pick(week.title, lang)}${addedTag(week, ctx)}`),
    row(labels[1]!, msg.minutes(task.estimateMinutes)),
    row(labels[2]!, dates.length > 0 ? dates.join(msg.listSeparator) : msg.noDates),
    '',
    ...wrap(pick(task.description, lang), width).map((l) => `  ${l}`),
    ...originLines(task, week, ctx, width),
    '',
    style.bold(msg.resources),
    ...resourceLines(task.resources, ctx, '  '),
  ];
  // What `roadmap check` would run for this task, exactly (a custom roadmap's checks are someone else's commands).
  if (task.checks && task.checks.length > 0) out.push('', style.bold(msg.check.heading), ...task.checks.flatMap((c) => checkLines(c, ctx, msg.check, '  ')));
  if (data.notes.length > 0) out.push('', style.bold(msg.notes.heading), ...noteLines(data.notes, width, '  '));
  return `${out.join('\n')}\n`;
}
