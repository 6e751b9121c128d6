// roadmap plan: start date, pace, weeks already known, language. A wizard in a terminal, flags in scripts;
// with neither it shows the plan. Changing the plan never touches progress (it is one undoable event).

import { localDate, type LocalDate } from '../core/dates.ts';
import { closest, findTask, findWeek, weekLabel } from '../core/roadmap.ts';
import { dateOfStudyDay, STUDY_WEEKDAYS } from '../core/pace.ts';
import { paceOf, scheduleFor } from '../core/schedule.ts';
import { applyPlanChange, statusOf, type PlanChange, type CurrentState } from '../core/state.ts';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { renderPlan, type PlanSummary } from '../ui/plan-view.ts';
import { dateOption, intOption, minutesOption, printJson, quoteInput, viewContext } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface PlanOptions {
  start?: string;
  daysPerWeek?: string;
  minutes?: string;
  skip?: string[];
  /** The global --lang, saved as the setting when given to `plan`. */
  lang?: Lang;
  json?: boolean;
}

const DEFAULT_DAYS_PER_WEEK = 5;

/** Task ids for a --skip value: a week ("w1", "1", "4-5") or a task id, comma-separated. */
export function skipTargets(deps: Deps, values: string[]): string[] {
  const ids: string[] = [];
  for (const value of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const week = findWeek(deps.roadmap, value);
    const task = findTask(deps.roadmap, value);
    if (week) ids.push(...week.tasks.map((t) => t.id));
    else if (task) ids.push(task.task.id);
    else {
      const names = [...deps.roadmap.weeks.map((w) => w.id), ...deps.roadmap.weeks.flatMap((w) => w.tasks.map((t) => t.id))];
      const near = closest(value, names);
      throw new NotFoundError(`${deps.msg.unknownSkip(quoteInput(value))} ${near.length > 0 ? deps.msg.didYouMean(near.join(', ')) : deps.msg.seeList}`);
    }
  }
  return ids;
}

function changeFromFlags(options: PlanOptions, state: CurrentState, deps: Deps): PlanChange {
  const current = state.plan ?? { daysPerWeek: DEFAULT_DAYS_PER_WEEK, minutesPerDay: null };
  const change: PlanChange = {};
  if (options.start !== undefined) change.startDate = dateOption(deps, options.start);
  if (options.daysPerWeek !== undefined || options.minutes !== undefined || !state.plan) {
    change.plan = {
      daysPerWeek: options.daysPerWeek !== undefined ? intOption(deps, '--days-per-week', options.daysPerWeek, 1, 7) : current.daysPerWeek,
      minutesPerDay: options.minutes === undefined ? current.minutesPerDay : options.minutes.trim() === 'auto' ? null : minutesOption(deps, options.minutes),
    };
  }
  if (options.skip) change.skip = skipTargets(deps, options.skip);
  if (options.lang) change.settings = { ...state.settings, lang: options.lang };
  if (!state.startDate && change.startDate === undefined) change.startDate = localDate(deps.now());
  return change;
}

async function changeFromWizard(state: CurrentState, deps: Deps): Promise<PlanChange> {
  const { prompts, msg } = deps;
  const w = msg.wizard;
  const today = localDate(deps.now());
  const current = state.plan ?? { daysPerWeek: DEFAULT_DAYS_PER_WEEK, minutesPerDay: null };
  const start = await prompts.input(w.start, {
    default: state.startDate ?? today,
    validate: validator(deps, (value) => dateOption(deps, value)),
  });
  const daysPerWeek = await prompts.select(
    w.daysPerWeek,
    [1, 2, 3, 4, 5, 6, 7].map((n) => ({ name: w.daysChoice(n, STUDY_WEEKDAYS[n]!.map((d) => msg.weekdays[d]).join(' ')), value: n })),
    current.daysPerWeek,
  );
  const minutesText = await prompts.input(w.minutes, {
    default: current.minutesPerDay ? String(current.minutesPerDay) : '',
    validate: validator(deps, (value) => value.trim() === '' || minutesOption(deps, value)),
  });
  const canProgram = await prompts.confirm(w.canProgram, false);
  const known = await prompts.checkbox(
    w.skipWeeks,
    deps.roadmap.weeks.map((week, i) => ({
      name: `${deps.msg.weekTitle(weekLabel(week))}  ${week.title[deps.lang]}`,
      value: week.id,
      checked: (canProgram && i === 0) || week.tasks.every((t) => statusOf(state, t.id) === 'skipped'),
    })),
  );
  const lang = await prompts.select<Lang>(
    w.lang,
    [
      { name: '中文', value: 'zh' },
      { name: 'English', value: 'en' },
    ],
    state.settings.lang ?? deps.lang,
  );
  return {
    startDate: start.trim(),
    plan: { daysPerWeek, minutesPerDay: minutesText.trim() === '' ? null : minutesOption(deps, minutesText) },
    skip: skipTargets(deps, known),
    settings: { ...state.settings, lang },
  };
}

/** A prompt's validator from a flag's parser: the parser's usage error is the prompt's answer to a bad value. */
function validator(deps: Deps, parse: (value: string) => unknown): (value: string) => true | string {
  return (value) => {
    try {
      parse(value);
      return true;
    } catch (error) {
      if (error instanceof UsageError) return error.text(deps.msg);
      throw error;
    }
  };
}

export function planSummary(state: CurrentState, deps: Deps): PlanSummary {
  const start: LocalDate = state.startDate ?? localDate(deps.now());
  const pace = paceOf(state);
  const schedule = scheduleFor(deps.roadmap, state);
  return {
    startDate: start,
    configured: Boolean(state.plan),
    pace,
    lang: state.settings.lang ?? null,
    weeks: deps.roadmap.weeks.map((week, i) => {
      const slot = schedule.blocks[i]!;
      const empty = slot.end < slot.start;
      return {
        week,
        skipped: week.tasks.filter((t) => statusOf(state, t.id) === 'skipped').length,
        from: empty ? null : dateOfStudyDay(start, slot.start, pace),
        to: empty || week.to === null ? null : dateOfStudyDay(start, slot.end, pace),
      };
    }),
  };
}

const hasFlags = (o: PlanOptions) => [o.start, o.daysPerWeek, o.minutes, o.skip, o.lang].some((v) => v !== undefined);

export async function planCommand(options: PlanOptions, deps: Deps): Promise<PlanSummary> {
  const state = deps.store.snapshot();
  let change: PlanChange | undefined;
  if (hasFlags(options)) change = changeFromFlags(options, state, deps);
  else if (deps.stdinIsTTY && !options.json) change = await changeFromWizard(state, deps);
  let after: CurrentState = state;
  if (change) {
    const now = deps.now();
    const planChange = change;
    after = await deps.store.update((s) => {
      const next = applyPlanChange(s, planChange, now, localDate(now));
      return { state: next, result: next };
    });
  }
  const summary = planSummary(after, deps);
  if (options.json)
    printJson(deps, { ...summary, weeks: summary.weeks.map((w) => ({ id: w.week.id, label: weekLabel(w.week), skipped: w.skipped, from: w.from, to: w.to })) });
  else deps.stdout.write(renderPlan(summary, viewContext(deps), Boolean(change)));
  return summary;
}

export const planSpec = defineCommand({
  name: 'plan',
  help: 'plan',
  options: [
    { flags: '--start <date>', help: 'startDate' },
    { flags: '--days-per-week <n>', help: 'daysPerWeek' },
    { flags: '--minutes <n>', help: 'minutesPerDay' },
    { flags: '--skip <weeks>', help: 'skipOpt', repeatable: true },
    // Given after `plan`, the global --lang is saved as the setting; before it, it only sets this run's language.
    json,
  ],
  run: (_args, options: PlanOptions, deps) => planCommand(options, deps),
});
