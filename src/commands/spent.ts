// roadmap spent <id> [time] [--date D]: logs time worked on a task. Time is what a learner knows after
// the fact ("about 45 minutes"), so it is logged then, not measured by a timer that has to be stopped;
// without a time, today's part of the task (as `today` planned it) is logged.

import { localDate } from '../core/dates.ts';
import { planToday } from '../core/schedule.ts';
import { logSpent, MAX_SPENT_MINUTES, spentMinutes, statusOf } from '../core/state.ts';
import { minutesLeft } from '../core/portion.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { activityDay, minutesOption, printJson, requireTask } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface SpentOptions {
  date?: string;
  json?: boolean;
}

export interface SpentResult {
  id: string;
  date: string;
  minutes: number;
  /** Minutes logged on the task in all, and on that day. */
  total: number;
  onDay: number;
  /** What is left of its estimate. */
  left: number;
  status: string;
}

export async function spentCommand(idText: string, timeText: string | undefined, options: SpentOptions, deps: Deps): Promise<SpentResult> {
  const placed = requireTask(deps, idText);
  const { task } = placed;
  const { at, date } = activityDay(deps, options.date);
  let minutes: number;
  if (timeText !== undefined) minutes = minutesOption(deps, timeText, deps.msg.spent.timeName, 1);
  else {
    // Today's part of the task, as `roadmap today` shows it.
    const state = deps.store.snapshot();
    const today = localDate(deps.now());
    const line = planToday(deps.roadmap, state, state.startDate ?? today, today).lines.find((t) => t.placed.task.id === task.id);
    if (date !== today || !line || line.minutesToday <= 0) throw new UsageError(deps.msg.spent.needTime(task.id));
    minutes = line.minutesToday;
  }
  const result = await deps.store.update((state) => {
    const onDay = spentMinutes(state.progress[task.id], date);
    if (onDay + minutes > MAX_SPENT_MINUTES) throw new UsageError(deps.msg.spent.tooMuch(task.id, date, onDay));
    const next = logSpent(state, task.id, minutes, at, date, task.paper !== undefined);
    const entry = next.progress[task.id];
    const total = spentMinutes(entry);
    return {
      state: next,
      result: {
        id: task.id,
        date,
        minutes,
        total,
        onDay: spentMinutes(entry, date),
        left: Math.max(0, task.estimateMinutes - total),
        status: statusOf(next, task.id),
      },
    };
  });
  if (options.json) printJson(deps, result);
  else {
    const { msg, style } = deps;
    deps.stdout.write(`${style.green(msg.spent.logged(result.minutes, result.id, result.date))}\n`);
    const shown = result.left > 0 ? result.left : minutesLeft(task.estimateMinutes, result.total);
    deps.stdout.write(`${msg.spent.standing(result.total, task.estimateMinutes, result.left > 0 ? shown : 0)}\n`);
  }
  return result;
}

export const spentSpec = defineCommand({
  name: 'spent',
  help: 'spent',
  args: [
    { name: '<id>', help: 'id' },
    { name: '[time]', help: 'spentTime' },
  ],
  options: [{ flags: '--date <date>', help: 'logDate' }, json],
  run: ([id, time], options: SpentOptions, deps) => spentCommand(id, time, options, deps),
});
