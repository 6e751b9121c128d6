// Numbers for `roadmap stats`: per-week progress, time studied, streaks, standing, a finish estimate.

import { addDays, daysBetween, type LocalDate } from './dates.ts';
import { activityWindow, streaks, type Aggregates, type Streak } from './activity.ts';
import { dateOfStudyDay, studyDayIndex } from './pace.ts';
import { allTasks } from './roadmap.ts';
import { paceOf, planToday, progressOf, type Progress, type Standing } from './schedule.ts';
import { spentMinutes, statusOf, type CurrentState } from './state.ts';
import type { RoadmapOutline, TaskCore, Week } from './types.ts';

/** The window the finish estimate's pace is measured over. */
export const RECENT_DAYS = 28;
export const HEATMAP_WEEKS = 26;

export interface Stats {
  date: LocalDate;
  progress: Progress & { remaining: number; percent: number };
  /** Each week block (its own fields: stats needs none of its tasks'), with its progress. */
  weeks: { week: Week<TaskCore>; progress: Progress }[];
  /** Minutes studied: the time logged, and the estimates of tasks done with no time logged. */
  minutesStudied: number;
  minutesLogged: number;
  minutesEstimated: number;
  streak: Streak;
  standing: Standing;
  /** At the pace of the last RECENT_DAYS days; null without recent activity or when finished. */
  finish: { date: LocalDate; minutesPerStudyDay: number } | null;
  activity: { date: LocalDate; count: number }[];
}

/** Time studied: minutes logged where they are known, and the estimates of tasks done with no time logged. */
export function timeStudied(roadmap: RoadmapOutline, state: CurrentState): { logged: number; estimated: number } {
  let logged = 0;
  let estimated = 0;
  for (const { task } of allTasks(roadmap)) {
    const spent = spentMinutes(state.progress[task.id]);
    logged += spent;
    if (spent === 0 && statusOf(state, task.id) === 'done') estimated += task.estimateMinutes;
  }
  return { logged, estimated };
}

/** Stats need the state and the aggregates of its history (kept in the store's snapshot), not the history. */
export function computeStats(roadmap: RoadmapOutline, state: CurrentState & Aggregates, date: LocalDate): Stats {
  const startDate = state.startDate ?? date;
  const pace = paceOf(state);
  const progress = progressOf(roadmap, state);
  const placed = allTasks(roadmap);
  const estimates = new Map(placed.map((p) => [p.task.id, p.task.estimateMinutes]));
  const { logged: minutesLogged, estimated: minutesEstimated } = timeStudied(roadmap, state);
  const minutesStudied = minutesLogged + minutesEstimated;
  const remainingMinutes = placed.filter((p) => !['done', 'skipped'].includes(statusOf(state, p.task.id))).reduce((s, p) => s + p.task.estimateMinutes, 0);

  // Recent pace: estimate minutes finished in the window, per study day of the window.
  const windowStart = addDays(date, -(RECENT_DAYS - 1));
  // From the plan's start, or the window's if it started earlier; before the start, the window itself (work
  // done before a plan starts is still a pace).
  const from = daysBetween(startDate, windowStart) > 0 || date < startDate ? windowStart : startDate;
  let recentMinutes = 0;
  for (const [id, day] of Object.entries(state.doneOn)) if (day >= from && day <= date) recentMinutes += estimates.get(id) ?? 0;
  const studyDays = studyDayIndex(from, addDays(date, 1), pace);
  let finish: Stats['finish'] = null;
  if (recentMinutes > 0 && studyDays > 0 && remainingMinutes > 0) {
    const perDay = recentMinutes / studyDays;
    const needed = Math.ceil(remainingMinutes / perDay);
    finish = { date: dateOfStudyDay(addDays(date, 1), needed - 1, pace), minutesPerStudyDay: Math.round(perDay) };
  }

  const active = new Map(Object.entries(state.activity));
  return {
    date,
    progress: {
      ...progress,
      remaining: progress.total - progress.done - progress.skipped,
      percent: progress.total === 0 ? 0 : Math.round(((progress.done + progress.skipped) / progress.total) * 100),
    },
    weeks: roadmap.weeks.map((week) => ({ week, progress: progressOf({ ...roadmap, weeks: [week] }, state) })),
    minutesStudied,
    minutesLogged,
    minutesEstimated,
    streak: streaks(active, pace, date),
    standing: planToday(roadmap, state, startDate, date).standing,
    finish,
    activity: activityWindow(active, date, HEATMAP_WEEKS),
  };
}
