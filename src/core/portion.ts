// A day's portion: the work today's budget holds, in roadmap order (so overdue work comes first), a long
// task split into today's part. The portion is sized as the day began: a task finished today stays in it
// (ticked) rather than being replaced by the next one, so a day can be done. Time logged before today
// shrinks what is left of a task; time logged today counts against today's part.

import type { LocalDate } from './dates.ts';
import type { PlacedTask } from './roadmap.ts';
import type { Task, TaskCore, Week } from './types.ts';
import { spentMinutes, statusOf, type CurrentState, type PaperStage, type TaskStatus } from './state.ts';

export type Timing = 'overdue' | 'this-week' | 'ahead';

/** A part smaller than this is not started at the end of a day (unless it finishes the task). */
export const MIN_PART_MINUTES = 15;
/** How many tasks are offered as optional once the day's portion is done (or on a rest day). */
export const AHEAD_COUNT = 2;

export interface PortionItem<T extends TaskCore = Task> {
  placed: PlacedTask<T>;
  status: TaskStatus;
  /** A paper in progress: the stage it is at. */
  stage?: PaperStage;
  timing: Timing;
  /** Minutes of it planned for today. */
  minutesToday: number;
  /** Minutes left of its estimate as the day began (its estimate less the time logged before today). */
  minutesLeft: number;
  /** Minutes logged on it today. */
  spentToday: number;
  /** Done today. */
  doneToday: boolean;
  /** Today's part is done: the task was finished, or today's part of it was logged. */
  covered: boolean;
}

export interface Later<T extends TaskCore = Task> {
  /** Tasks up to the end of today's week block that today leaves for later (not in the portion, not offered ahead). */
  tasks: number;
  /** Their minutes, with what today leaves of a task split across days. */
  minutes: number;
  items: PortionItem<T>[];
  /** The block this counts to the end of: today's, or the one the portion is in when the learner is ahead. */
  week: Week<T> | undefined;
}

export interface Portion<T extends TaskCore = Task> {
  budgetMinutes: number;
  tasks: PortionItem<T>[];
  later: Later<T>;
  /** Optional work once the portion is done (or on a rest day). */
  ahead: PortionItem<T>[];
  /** Minutes worked today: time logged, and the estimate left of tasks finished today with no time logged. */
  workedToday: number;
  doneForToday: boolean;
}

export interface PortionInput<T extends TaskCore = Task> {
  /** The roadmap's tasks in order. */
  placed: readonly PlacedTask<T>[];
  state: CurrentState;
  /** Each task's day of its standing `done` (the snapshot's aggregate). */
  doneOn: Readonly<Record<string, LocalDate>>;
  date: LocalDate;
  /** The week block the schedule puts today in. */
  blockIndex: number;
  /** Today's budget in minutes; 0 on a rest day (then only `ahead` is offered, sized by `aheadBudget`). */
  budget: number;
  aheadBudget: number;
}

/** What is left of a task as the day began; a task worked on beyond its estimate still gets a last stretch. */
export function minutesLeft(estimate: number, spentBefore: number): number {
  return Math.max(estimate - spentBefore, Math.min(estimate, MIN_PART_MINUTES));
}

const finished = (status: TaskStatus) => status === 'done' || status === 'skipped';

/** Keeps items in order while the budget lasts, the last one in part; no sliver of a new task at the end. */
function fill<T extends TaskCore>(items: readonly PortionItem<T>[], budget: number, maxTasks = Infinity): PortionItem<T>[] {
  const out: PortionItem<T>[] = [];
  let left = budget;
  for (const item of items) {
    if (left <= 0 || out.length >= maxTasks) break;
    if (out.length > 0 && left < MIN_PART_MINUTES && item.minutesLeft > left) break;
    const part = Math.min(item.minutesLeft, left);
    out.push({ ...item, minutesToday: part, covered: item.doneToday || (item.spentToday > 0 && item.spentToday >= part) });
    left -= part;
  }
  return out;
}

export function dayPortion<T extends TaskCore>(input: PortionInput<T>): Portion<T> {
  const { state, date, blockIndex } = input;
  // The tasks open as the day began: not finished, or finished today (done today stays in the portion).
  const open: PortionItem<T>[] = [];
  let workedToday = 0;
  for (const p of input.placed) {
    const status = statusOf(state, p.task.id);
    const entry = state.progress[p.task.id];
    const spentToday = spentMinutes(entry, date);
    const doneToday = status === 'done' && input.doneOn[p.task.id] === date;
    const left = minutesLeft(p.task.estimateMinutes, spentMinutes(entry) - spentToday);
    workedToday += spentToday;
    if (doneToday && spentToday === 0) workedToday += left;
    if (finished(status) && !doneToday) continue;
    const timing: Timing = p.weekIndex < blockIndex ? 'overdue' : p.weekIndex === blockIndex ? 'this-week' : 'ahead';
    const item: PortionItem<T> = { placed: p, status, timing, minutesToday: 0, minutesLeft: left, spentToday, doneToday, covered: doneToday };
    if (status === 'in-progress' && entry?.stage) item.stage = entry.stage;
    open.push(item);
  }

  const tasks = fill(open, input.budget);
  const inPortion = new Set(tasks.map((t) => t.placed.task.id));
  const rest = open.filter((item) => !inPortion.has(item.placed.task.id) && !item.doneToday);
  const doneForToday = tasks.length > 0 && (tasks.every((t) => t.covered) || workedToday >= input.budget);
  // Once the day is done (or on a rest day), what comes next is offered, never required.
  const offerAhead = doneForToday || input.budget === 0;
  // What is offered next is sized by what is left now (time logged on it today counts).
  const now = rest.map((item) => ({ ...item, minutesLeft: minutesLeft(item.minutesLeft, item.spentToday) }));
  const ahead = offerAhead ? fill(now, input.aheadBudget, AHEAD_COUNT).map((item) => ({ ...item, covered: false })) : [];
  const shown = new Set(ahead.map((t) => t.placed.task.id));
  // Later: the rest of today's block, or of the block the portion is in when the learner is ahead.
  const block = Math.max(blockIndex, tasks[0]?.placed.weekIndex ?? blockIndex);
  const laterItems = rest.filter((item) => item.placed.weekIndex <= block && !shown.has(item.placed.task.id));
  const leftOver = tasks
    .filter((t) => !t.doneToday && t.placed.weekIndex <= block)
    .reduce((sum, t) => sum + Math.max(0, t.minutesLeft - Math.max(t.minutesToday, t.spentToday)), 0);
  const later: Later<T> = {
    tasks: laterItems.length,
    minutes: laterItems.reduce((sum, t) => sum + t.minutesLeft, 0) + leftOver,
    items: laterItems.map((item) => ({ ...item, minutesToday: 0 })),
    week: input.placed.find((p) => p.weekIndex === block)?.week,
  };
  return { budgetMinutes: input.budget, tasks, later, ahead, workedToday, doneForToday };
}
