// "What is today": where the plan stands on a date and which tasks to study.

import { daysBetween, dayNumber, type LocalDate } from './dates.ts';
import { allTasks, type PlacedTask } from './roadmap.ts';
import { statusOf, type ProgressState, type TaskStatus } from './state.ts';
import type { Roadmap, Tip, Week } from './types.ts';

/** How many of the next week's tasks are offered once the current week is done. */
export const AHEAD_COUNT = 2;

export type Timing = 'overdue' | 'this-week' | 'ahead';

export interface TodayTask {
  placed: PlacedTask;
  status: TaskStatus;
  timing: Timing;
}

export interface Progress {
  done: number;
  skipped: number;
  inProgress: number;
  total: number;
}

export interface TodayPlan {
  date: LocalDate;
  startDate: LocalDate;
  /** 1-based day of the plan; 0 or less before the plan starts. */
  planDay: number;
  /** 1-based calendar week of the plan. */
  planWeek: number;
  /** 1-based day within the calendar week. */
  weekDay: number;
  week: Week;
  tasks: TodayTask[];
  progress: Progress;
  /** True when every task is done or skipped. */
  complete: boolean;
  tip: Tip | undefined;
}

const finished = (status: TaskStatus) => status === 'done' || status === 'skipped';

/** The week block a 1-based calendar week falls in (the last block when past every block). */
export function weekForPlanWeek(roadmap: Roadmap, planWeek: number): { week: Week; index: number } {
  const index = roadmap.weeks.findIndex((w) => planWeek >= w.from && (w.to === null || planWeek <= w.to));
  if (index >= 0) return { week: roadmap.weeks[index]!, index };
  if (planWeek < (roadmap.weeks[0]?.from ?? 1)) return { week: roadmap.weeks[0]!, index: 0 };
  const last = roadmap.weeks.length - 1;
  return { week: roadmap.weeks[last]!, index: last };
}

export function progressOf(roadmap: Roadmap, state: ProgressState): Progress {
  const counts: Progress = { done: 0, skipped: 0, inProgress: 0, total: 0 };
  for (const { task } of allTasks(roadmap)) {
    counts.total++;
    const status = statusOf(state, task.id);
    if (status === 'done') counts.done++;
    else if (status === 'skipped') counts.skipped++;
    else if (status === 'in-progress') counts.inProgress++;
  }
  return counts;
}

/** The tip for a date: steps through the tips one a day. */
export function tipFor(roadmap: Roadmap, date: LocalDate): Tip | undefined {
  if (roadmap.tips.length === 0) return undefined;
  return roadmap.tips[dayNumber(date) % roadmap.tips.length];
}

export function planToday(roadmap: Roadmap, state: ProgressState, startDate: LocalDate, date: LocalDate): TodayPlan {
  const planDay = daysBetween(startDate, date) + 1;
  const dayIndex = Math.max(0, planDay - 1);
  const planWeek = Math.floor(dayIndex / 7) + 1;
  const { week, index } = weekForPlanWeek(roadmap, planWeek);

  const tasks: TodayTask[] = [];
  const placed = allTasks(roadmap);
  for (const p of placed) {
    const status = statusOf(state, p.task.id);
    if (finished(status) || p.weekIndex > index) continue;
    tasks.push({ placed: p, status, timing: p.weekIndex < index ? 'overdue' : 'this-week' });
  }
  if (tasks.length === 0) {
    const ahead = placed.filter((p) => p.weekIndex > index && !finished(statusOf(state, p.task.id)));
    const firstWeek = ahead[0]?.weekIndex;
    for (const p of ahead.filter((a) => a.weekIndex === firstWeek).slice(0, AHEAD_COUNT)) {
      tasks.push({ placed: p, status: statusOf(state, p.task.id), timing: 'ahead' });
    }
  }
  const progress = progressOf(roadmap, state);
  return {
    date,
    startDate,
    planDay,
    planWeek,
    weekDay: (dayIndex % 7) + 1,
    week,
    tasks,
    progress,
    complete: progress.done + progress.skipped === progress.total,
    tip: tipFor(roadmap, date),
  };
}
