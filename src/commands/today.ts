// roadmap today [--date YYYY-MM-DD] [--json]

import { planToday, type TodayPlan } from '../core/schedule.ts';
import { weekLabel } from '../core/roadmap.ts';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
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
  json?: boolean;
}

/** Today's plan for the store as it is now (records the plan's start on first use). */
export async function currentPlan(deps: Deps, options: TodayOptions = {}): Promise<TodayPlan> {
  const date = dateOption(deps, options.date);
  const minutes = options.minutes === undefined ? undefined : minutesOption(deps, options.minutes);
  const state = stateOn(deps, date);
  const startDate = await ensureStartDate(deps, state);
  return planToday(deps.roadmap, state, startDate, date, { minutes });
}

export async function todayCommand(options: TodayOptions, deps: Deps): Promise<TodayPlan> {
  const plan = await currentPlan(deps, options);
  // The task in focus is the first one listed: its doneWhen says what finishing it means.
  const focus = plan.tasks[0]?.placed.task;
  const doneWhen = focus && !plan.complete ? doneWhenOf(deps, focus) : undefined;
  // Review cards due by the end of the day planned for (the snapshot holds them: no history is read).
  const due = dueCards(deps.store.snapshot().cards, plan.date).length;
  const reviews = { due, minutes: reviewMinutes(due) };
  if (options.json) {
    const focused = focus && doneWhen ? { id: focus.id, text: pick(doneWhen, deps.lang) } : null;
    printJson(deps, { ...todayJson(plan, deps.lang), doneWhen: focused, reviews });
  } else {
    const { msg, style } = deps;
    const extra = focus && doneWhen ? [doneWhenLine(doneWhen, viewContext(deps), focus.id, bundled(deps))] : [];
    if (due > 0) extra.push(`${style.bold.yellow(msg.study.review.due(due, reviews.minutes))}${style.gray(msg.aside(msg.study.review.dueHint))}`);
    deps.stdout.write(renderToday(plan, viewContext(deps), extra));
  }
  return plan;
}

export const todaySpec = defineCommand({
  name: 'today',
  help: 'today',
  options: [{ flags: '--date <date>', help: 'date' }, { flags: '--minutes <n>', help: 'minutes' }, json],
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
    tasks: plan.tasks.map(({ placed, status, timing }) => ({
      id: placed.task.id,
      title: pick(placed.task.title, lang),
      added: placed.task.added ? pick(placed.task.added, lang) : null,
      status,
      timing,
      overdue: timing === 'overdue',
      week: weekLabel(placed.week),
      estimateMinutes: placed.task.estimateMinutes,
      resources: resourcesJson(placed.task.resources, lang),
    })),
    overdueMore: plan.overdueMore,
    budget: plan.budget ?? null,
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
