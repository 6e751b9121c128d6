// roadmap today [--date YYYY-MM-DD] [--json]

import { planToday, weeksShown, withWholeTasks, type TodayPlan, type TodayTask } from '../core/schedule.ts';
import { weekLabel } from '../core/roadmap.ts';
import { timeStudied } from '../core/stats.ts';
import { streaks } from '../core/activity.ts';
import type { StateView } from '../store/store.ts';
import type { Lang, Roadmap, TaskCore } from '../core/types.ts';
import type { Deps, OutlineDeps } from '../deps.ts';
import { pick } from '../i18n/lang.ts';
import { renderToday } from '../ui/today-view.ts';
import { bundled, doneWhenOf } from '../study/content.ts';
import { dueCards, reviewMinutes } from '../core/cards.ts';
import { doneWhenLine } from '../ui/study-view.ts';
import { dateOption, ensureStartDate, minutesOption, printJson, viewContext, stateOn, resourcesJson } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface TodayOptions {
  date?: string;
  minutes?: string;
  all?: boolean;
  json?: boolean;
}

/** Today's plan for the store as it is now (records the plan's start on first use), on the roadmap as deps hold it. */
export async function currentPlan<T extends TaskCore>(deps: Deps<Roadmap<T>>, options: TodayOptions = {}): Promise<TodayPlan<T>> {
  const date = dateOption(deps, options.date);
  const minutes = options.minutes === undefined ? undefined : minutesOption(deps, options.minutes);
  const state = stateOn(deps, date);
  const startDate = await ensureStartDate(deps, state);
  return planToday(deps.roadmap, state, startDate, date, { minutes });
}

/** Planned on the roadmap's outline; the week blocks the plan shows are then read whole (deps.weeks). */
export async function todayCommand(options: TodayOptions, deps: OutlineDeps): Promise<TodayPlan> {
  const outlined = await currentPlan(deps, options);
  const plan = withWholeTasks(deps.roadmap, outlined, await deps.weeks(weeksShown(deps.roadmap, outlined)));
  // The task in focus is the first one not finished today: its doneWhen says what finishing it means.
  const focus = (plan.tasks.find((t) => !t.covered) ?? plan.ahead[0])?.placed.task;
  const doneWhen = focus && !plan.complete ? doneWhenOf(deps, focus) : undefined;
  const view = stateOn(deps, plan.date);
  // Review cards due by the end of the day planned for (the snapshot holds them: no history is read).
  const due = dueCards(view.cards, plan.date).length;
  const reviews = { due, minutes: reviewMinutes(due) };
  const streak = streaks(new Map(Object.entries(view.activity)), plan.pace, plan.date).current;
  if (options.json) {
    const focused = focus && doneWhen ? { id: focus.id, text: pick(doneWhen, deps.lang) } : null;
    printJson(deps, { ...todayJson(plan, deps.lang), streak, doneWhen: focused, reviews });
  } else {
    const { msg, style } = deps;
    const extra = focus && doneWhen ? [doneWhenLine(doneWhen, viewContext(deps), focus.id, bundled(deps))] : [];
    if (due > 0) extra.push(`${style.bold.yellow(msg.study.review.due(due, reviews.minutes))}${style.gray(msg.aside(msg.study.review.dueHint))}`);
    const time = plan.complete ? finishedTime(deps, view) : undefined;
    deps.stdout.write(renderToday(plan, viewContext(deps), { extra, streak, all: options.all, time }));
  }
  return plan;
}

/** The finished screen's time: logged, estimated, and the last day a task was done. */
function finishedTime(deps: OutlineDeps, view: StateView): { logged: number; estimated: number; lastDay: string } {
  const lastDay = Object.values(view.doneOn).reduce((max, d) => (d > max ? d : max), view.startDate ?? '');
  return { ...timeStudied(deps.roadmap, view), lastDay };
}

export const todaySpec = defineCommand({
  name: 'today',
  help: 'today',
  roadmap: 'outline',
  options: [{ flags: '--date <date>', help: 'date' }, { flags: '--minutes <n>', help: 'minutes' }, { flags: '--all', help: 'all' }, json],
  run: (_args, options: TodayOptions, deps) => todayCommand(options, deps),
});

export function todayJson(plan: TodayPlan, lang: Lang) {
  const { progress } = plan;
  return {
    date: plan.date,
    startDate: plan.startDate,
    planDay: plan.planDay,
    week: plan.planWeek,
    day: plan.weekDay,
    studyDay: plan.studyDay,
    standing: plan.standing,
    pace: plan.pace,
    weekBlock: {
      id: plan.week.id,
      label: weekLabel(plan.week),
      title: pick(plan.week.title, lang),
      goal: pick(plan.week.goal, lang),
      added: plan.week.added ? pick(plan.week.added, lang) : null,
      filledIn: plan.week.filledIn ? pick(plan.week.filledIn, lang) : null,
    },
    shownWeek: { id: plan.shownWeek.id, label: weekLabel(plan.shownWeek) },
    budgetMinutes: plan.budgetMinutes,
    budgetSource: plan.budgetSource,
    block: plan.block,
    tasks: plan.tasks.map((t, i) => taskJson(t, i + 1, lang)),
    doneForToday: plan.doneForToday,
    workedToday: plan.workedToday,
    ahead: plan.ahead.map((t, i) => taskJson(t, plan.tasks.length + i + 1, lang)),
    later: {
      tasks: plan.later.tasks,
      minutes: plan.later.minutes,
      items: plan.later.items.map((t, i) => taskJson(t, plan.tasks.length + plan.ahead.length + i + 1, lang)),
    },
    replan: plan.replan ?? null,
    progress: {
      done: progress.done,
      skipped: progress.skipped,
      inProgress: progress.inProgress,
      total: progress.total,
      percent: progress.total === 0 ? 0 : Math.round(((progress.done + progress.skipped) / progress.total) * 100),
    },
    complete: plan.complete,
    tip: plan.tip
      ? { id: plan.tip.id, text: pick(plan.tip.text, lang), source: pick(plan.tip.source, lang), added: plan.tip.added ? pick(plan.tip.added, lang) : null }
      : null,
  };
}

function taskJson(t: TodayTask, line: number, lang: Lang) {
  const { placed, status, timing } = t;
  return {
    line,
    id: placed.task.id,
    title: pick(placed.task.title, lang),
    added: placed.task.added ? pick(placed.task.added, lang) : null,
    status,
    stage: t.stage ?? null,
    timing,
    overdue: timing === 'overdue',
    week: weekLabel(placed.week),
    estimateMinutes: placed.task.estimateMinutes,
    minutesLeft: t.minutesLeft,
    minutesToday: t.minutesToday,
    spentToday: t.spentToday,
    doneToday: t.doneToday,
    covered: t.covered,
    resources: resourcesJson(placed.task.resources, lang),
  };
}
