// roadmap list [--week N] [--json] and roadmap show <id> [--json]

import { findWeek, weekLabel } from '../core/roadmap.ts';
import { progressOf } from '../core/schedule.ts';
import { statusOf } from '../core/state.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { renderList, renderShow, type WeekWithStatus } from '../ui/list-view.ts';
import { bundled, doneWhenOf } from '../study/content.ts';
import { doneWhenLine } from '../ui/study-view.ts';
import { wrapped } from '../ui/common.ts';
import { printJson, quoteInput, requireTask, viewContext, resourcesJson } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface ListOptions {
  week?: string;
  json?: boolean;
}

export function listCommand(options: ListOptions, deps: Deps): WeekWithStatus[] {
  const state = deps.store.snapshot();
  let weeks = deps.roadmap.weeks;
  if (options.week !== undefined) {
    const week = findWeek(deps.roadmap, options.week);
    if (!week) throw new UsageError(deps.msg.badWeek(quoteInput(options.week)));
    weeks = [week];
  }
  const result = weeks.map((week) => ({
    week,
    tasks: week.tasks.map((task) => ({ task, status: statusOf(state, task.id), stage: state.progress[task.id]?.stage })),
    progress: progressOf({ ...deps.roadmap, weeks: [week] }, state),
  }));
  const lang = deps.lang;
  if (options.json) {
    printJson(deps, {
      weeks: result.map((w) => ({
        id: w.week.id,
        label: weekLabel(w.week),
        title: pick(w.week.title, lang),
        goal: pick(w.week.goal, lang),
        added: w.week.added ? pick(w.week.added, lang) : null,
        filledIn: w.week.filledIn ? pick(w.week.filledIn, lang) : null,
        progress: { done: w.progress.done, skipped: w.progress.skipped, total: w.progress.total },
        tasks: w.tasks.map(({ task, status, stage }) => ({
          id: task.id,
          title: pick(task.title, lang),
          added: task.added ? pick(task.added, lang) : null,
          status,
          stage: status === 'in-progress' ? (stage ?? null) : null,
          estimateMinutes: task.estimateMinutes,
        })),
      })),
      progress: progressOf(deps.roadmap, state),
    });
  } else deps.stdout.write(renderList(result, viewContext(deps)));
  return result;
}

export const listSpec = defineCommand({
  name: 'list',
  help: 'list',
  options: [{ flags: '--week <week>', help: 'week' }, json],
  run: (_args, options: ListOptions, deps) => listCommand(options, deps),
});

export interface ShowOptions {
  json?: boolean;
}

export function showCommand(id: string, options: ShowOptions, deps: Deps) {
  const { task, week } = requireTask(deps, id);
  const state = deps.store.snapshot();
  // The notes file is read only for a task that has notes (the snapshot counts them).
  const notes = state.noteCounts[task.id] ? deps.store.notes().filter((n) => n.taskId === task.id) : [];
  const data = { task, week, status: statusOf(state, task.id), progress: state.progress[task.id] ?? null, notes };
  const lang = deps.lang;
  const doneWhen = doneWhenOf(deps, task);
  if (options.json) {
    printJson(deps, {
      id: task.id,
      title: pick(task.title, lang),
      description: pick(task.description, lang),
      added: task.added ? pick(task.added, lang) : null,
      week: weekLabel(week),
      weekAdded: week.added ? pick(week.added, lang) : null,
      filledIn: week.filledIn ? pick(week.filledIn, lang) : null,
      status: data.status,
      stage: data.status === 'in-progress' ? (data.progress?.stage ?? null) : null,
      estimateMinutes: task.estimateMinutes,
      doneWhen: doneWhen ? pick(doneWhen, lang) : null,
      startedAt: data.progress?.startedAt ?? null,
      doneAt: data.progress?.doneAt ?? null,
      skippedAt: data.progress?.skippedAt ?? null,
      resources: resourcesJson(task.resources, lang),
      setup: task.setup === true,
      checks: (task.checks ?? []).map((c) => ({
        id: c.id,
        title: pick(c.title, lang),
        command: c.command,
        expect: c.expect ?? null,
        minVersion: c.minVersion ?? null,
      })),
      notes,
    });
  } else {
    deps.stdout.write(renderShow(data, viewContext(deps)));
    if (doneWhen) deps.stdout.write(`\n${wrapped(doneWhenLine(doneWhen, viewContext(deps), undefined, bundled(deps)), deps).join('\n')}\n`);
  }
  return data;
}

export const showSpec = defineCommand({
  name: 'show',
  help: 'show',
  args: [{ name: '<id>', help: 'id' }],
  options: [json],
  run: ([id], options: ShowOptions, deps) => showCommand(id, options, deps),
});
