// "What is today": where the plan stands on a date, whether the learner is on track, and what to study.

import { daysBetween, dayNumber, localDate, type LocalDate } from './dates.ts';
import { blockAt, dateOfStudyDay, FULL_TIME, isStudyDay, paceOfPlan, scheduleRoadmap, studyDayIndex, type Pace, type Schedule } from './pace.ts';
import { dayPortion, MIN_PART_MINUTES, type Later, type PortionItem } from './portion.ts';
import { allTasks, type PlacedTask } from './roadmap.ts';
import { statusOf, type CurrentState, type TaskStatus } from './state.ts';
import type { Roadmap, RoadmapOutline, Task, TaskCore, Tip, Week } from './types.ts';

export type { Timing } from './portion.ts';

/** Far behind: more study days than a week of the plan has, and `today` proposes a re-plan. */
export const REPLAN_WEEKS = 1;

export type TodayTask<T extends TaskCore = Task> = PortionItem<T>;

export interface Progress {
  done: number;
  skipped: number;
  inProgress: number;
  total: number;
}

export type Standing = { kind: 'on-track' } | { kind: 'behind'; days: number } | { kind: 'ahead'; days: number };

export interface TodayPlan<T extends TaskCore = Task> {
  date: LocalDate;
  startDate: LocalDate;
  pace: Pace;
  /** 1-based day of the plan; 0 or less before the plan starts. */
  planDay: number;
  /** 1-based calendar week of the plan. */
  planWeek: number;
  /** 1-based day within the calendar week. */
  weekDay: number;
  /** The roadmap week block the schedule puts today in. */
  week: Week<T>;
  /** Where today falls in that block on this plan: study day `day` of `days`. */
  block: { day: number; days: number };
  /** The block of the first task shown: the title and goal follow the tasks shown (overdue, or ahead). */
  shownWeek: Week<T>;
  /** False on a day the plan keeps free. */
  studyDay: boolean;
  standing: Standing;
  /** Today's budget: --minutes, else the plan's minutes a study day, else the roadmap's own pace; 0 on a rest day. */
  budgetMinutes: number;
  budgetSource: 'option' | 'plan' | 'roadmap' | 'rest-day';
  /** Today's portion. */
  tasks: TodayTask<T>[];
  /** Optional: what comes next once the portion is done, or on a rest day. */
  ahead: TodayTask<T>[];
  /** The block's work today leaves for later. */
  later: Later<T>;
  /** Every line `today` numbers (the portion, then ahead, then later): `roadmap done 3` names the third. */
  lines: TodayTask<T>[];
  workedToday: number;
  doneForToday: boolean;
  /** Far behind: the start date that would put the plan back on track, and the finish it would give. */
  replan?: { startDate: LocalDate; finish: LocalDate };
  progress: Progress;
  /** True when every task is done or skipped. */
  complete: boolean;
  tip: Tip | undefined;
}

const finished = (status: TaskStatus) => status === 'done' || status === 'skipped';

/** The learner's pace, with the weekdays they picked. */
export function paceOf(state: CurrentState): Pace {
  return state.plan ? paceOfPlan(state.plan) : FULL_TIME;
}

export function scheduleFor(roadmap: RoadmapOutline, state: CurrentState): Schedule {
  return scheduleRoadmap(roadmap, paceOf(state), (id) => statusOf(state, id) === 'skipped');
}

export function progressOf(roadmap: RoadmapOutline, state: CurrentState): Progress {
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

/**
 * The tip for a date and the week studied: one a day, stepping through the tips about that week and
 * those about any week (a tip about week 6's papers is not shown on day 1 of Python).
 */
export function tipFor(roadmap: Pick<Roadmap, 'tips'>, date: LocalDate, week?: Pick<Week, 'id'>): Tip | undefined {
  const fitting = roadmap.tips.filter((t) => !t.weeks || (week !== undefined && t.weeks.includes(week.id)));
  if (fitting.length === 0) return undefined;
  return fitting[dayNumber(date) % fitting.length];
}

function standingOf(placed: readonly PlacedTask<TaskCore>[], state: CurrentState, schedule: Schedule, studyDay: number): Standing {
  const next = placed.find((p) => !finished(statusOf(state, p.task.id)));
  const slot = next && schedule.tasks.get(next.task.id);
  if (!slot) return { kind: 'on-track' };
  if (slot.end < studyDay) return { kind: 'behind', days: studyDay - slot.end };
  if (slot.start > studyDay) return { kind: 'ahead', days: slot.start - studyDay };
  return { kind: 'on-track' };
}

/**
 * The standing, where skipping what you know never makes you behind. The schedule leaves skipped tasks
 * out, so a skip moves the tasks after it earlier, and could make a learner who was on track behind.
 * So when that schedule says behind, the standing is measured again with the tasks skipped since the
 * plan started keeping their time (those skipped before it, weeks known already, stay out: they give
 * no spare time), and the better of the two is taken, never better than on track.
 */
function standingWithSkips(
  roadmap: RoadmapOutline,
  placed: readonly PlacedTask<TaskCore>[],
  state: CurrentState,
  schedule: Schedule,
  startDate: LocalDate,
  studyDay: number,
): Standing {
  const standing = standingOf(placed, state, schedule, studyDay);
  if (standing.kind !== 'behind') return standing;
  const skippedBeforeStart = (id: string) => {
    const entry = state.progress[id];
    return entry?.status === 'skipped' && entry.skippedAt !== undefined && localDate(new Date(entry.skippedAt)) <= startDate;
  };
  const kept = standingOf(placed, state, scheduleRoadmap(roadmap, paceOf(state), skippedBeforeStart), studyDay);
  if (kept.kind !== 'behind') return { kind: 'on-track' };
  return kept.days < standing.days ? kept : standing;
}

export interface PlanTodayOptions {
  /** Today's budget in minutes, instead of the plan's (`today --minutes`). */
  minutes?: number;
}

/** Minutes a study day at the roadmap's own pace in a block: its open work over the study days it takes. */
function blockPace(roadmap: RoadmapOutline, state: CurrentState, schedule: Schedule, index: number): number {
  const slot = schedule.blocks[index];
  const week = roadmap.weeks[index];
  if (!slot || !week || slot.end < slot.start) return 60;
  const open = week.tasks.filter((t) => statusOf(state, t.id) !== 'skipped').reduce((sum, t) => sum + t.estimateMinutes, 0);
  // Whole five minutes read better than 137.
  return Math.max(MIN_PART_MINUTES, Math.round(open / (slot.end - slot.start + 1) / 5) * 5);
}

export function planToday<T extends TaskCore>(
  roadmap: Roadmap<T>,
  state: CurrentState & { doneOn?: Readonly<Record<string, LocalDate>> },
  startDate: LocalDate,
  date: LocalDate,
  options: PlanTodayOptions = {},
): TodayPlan<T> {
  const pace = paceOf(state);
  const schedule = scheduleFor(roadmap, state);
  const planDay = daysBetween(startDate, date) + 1;
  const dayIndex = Math.max(0, planDay - 1);
  const studyDay = studyDayIndex(startDate, date, pace);
  const index = blockAt(schedule, studyDay);
  const placed = allTasks(roadmap);
  const studying = isStudyDay(date, pace) || planDay < 1;
  const dayBudget = pace.minutesPerDay ?? blockPace(roadmap, state, schedule, index);
  const budgetMinutes = options.minutes ?? (studying ? dayBudget : 0);
  const budgetSource = options.minutes !== undefined ? 'option' : !studying ? 'rest-day' : pace.minutesPerDay ? 'plan' : 'roadmap';
  const portion = dayPortion({
    placed,
    state,
    doneOn: state.doneOn ?? {},
    date,
    blockIndex: index,
    budget: budgetMinutes,
    aheadBudget: dayBudget,
  });
  const shown = portion.tasks[0] ?? portion.ahead[0];
  const slot = schedule.blocks[index]!;
  const days = Math.max(1, slot.end - slot.start + 1);
  // Before the plan starts there is nothing to be ahead of or behind.
  const standing: Standing = planDay < 1 ? { kind: 'on-track' } : standingWithSkips(roadmap, placed, state, schedule, startDate, studyDay);
  const progress = progressOf(roadmap, state);
  const complete = progress.done + progress.skipped === progress.total;
  let replan: TodayPlan['replan'];
  if (!complete && standing.kind === 'behind' && standing.days > REPLAN_WEEKS * pace.daysPerWeek) {
    const newStart = dateOfStudyDay(startDate, standing.days, pace);
    replan = { startDate: newStart, finish: dateOfStudyDay(newStart, Math.max(0, schedule.totalDays - 1), pace) };
  }
  return {
    date,
    startDate,
    pace,
    planDay,
    planWeek: Math.floor(dayIndex / 7) + 1,
    weekDay: (dayIndex % 7) + 1,
    week: roadmap.weeks[index]!,
    block: { day: Math.min(days, Math.max(1, studyDay - slot.start + 1)), days },
    shownWeek: shown ? shown.placed.week : roadmap.weeks[index]!,
    studyDay: isStudyDay(date, pace),
    standing,
    budgetMinutes,
    budgetSource,
    tasks: portion.tasks,
    ahead: portion.ahead,
    later: portion.later,
    lines: [...portion.tasks, ...portion.ahead, ...portion.later.items],
    workedToday: portion.workedToday,
    doneForToday: portion.doneForToday,
    replan,
    progress,
    complete,
    tip: tipFor(roadmap, date, shown ? shown.placed.week : roadmap.weeks[index]),
  };
}

/** The week blocks a plan shows, by index: today's block, the shown one, and those of its lines. */
export function weeksShown(roadmap: RoadmapOutline, plan: TodayPlan<TaskCore>): number[] {
  const shown = new Set([roadmap.weeks.indexOf(plan.week), roadmap.weeks.indexOf(plan.shownWeek), ...plan.lines.map((t) => t.placed.weekIndex)]);
  if (plan.later.week) shown.add(roadmap.weeks.indexOf(plan.later.week));
  return [...shown].filter((i) => i >= 0).sort((a, b) => a - b);
}

/**
 * A plan made on a roadmap's outline, with its tasks and week blocks whole: `weeks` holds the blocks
 * weeksShown names (the views show titles, resources and papers; planning needs none of them).
 */
export function withWholeTasks(roadmap: RoadmapOutline, plan: TodayPlan<TaskCore>, weeks: ReadonlyMap<number, Week>): TodayPlan {
  const whole = (week: Week<TaskCore>): Week => {
    const found = weeks.get(roadmap.weeks.indexOf(week));
    if (!found) throw new Error(`week block ${week.id} was not read`);
    return found;
  };
  const item = (t: TodayTask<TaskCore>): TodayTask => {
    const week = whole(t.placed.week);
    const task = week.tasks.find((candidate) => candidate.id === t.placed.task.id);
    if (!task) throw new Error(`task ${t.placed.task.id} is not in week block ${week.id}`);
    return { ...t, placed: { task, week, weekIndex: t.placed.weekIndex } };
  };
  const tasks = plan.tasks.map(item);
  const ahead = plan.ahead.map(item);
  const later = { ...plan.later, items: plan.later.items.map(item), week: plan.later.week && whole(plan.later.week) };
  return { ...plan, week: whole(plan.week), shownWeek: whole(plan.shownWeek), tasks, ahead, later, lines: [...tasks, ...ahead, ...later.items] };
}
