// roadmap plan: start date, pace (which weekdays, how long), weeks already known, language. A wizard in a
// terminal, flags in scripts; with neither it shows the plan. Changing the plan never touches progress (it is
// one undoable event). The global --lang only sets this run's language; --save-lang (or the wizard's question)
// saves one.

import { localDate, type LocalDate } from '../core/dates.ts';
import { allTasks, closest, findTask, findWeek, weekLabel } from '../core/roadmap.ts';
import { dateOfStudyDay, FULL_TIME, MONDAY_FIRST, nominalWeeks, paceOfPlan, paceWithWeekdays, parseWeekdays, studyWeekdays, type Pace } from '../core/pace.ts';
import { scheduleFor } from '../core/schedule.ts';
import { applyPlanChange, statusOf, type PlanChange, type CurrentState } from '../core/state.ts';
import type { Lang } from '../core/types.ts';
import { LANGUAGE_NAMES } from '../i18n/lang.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { renderPlan, type PlanSummary } from '../ui/plan-view.ts';
import { dateOption, intOption, minutesOption, printJson, quoteInput, viewContext } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface PlanOptions {
  start?: string;
  daysPerWeek?: string;
  /** The weekdays themselves: "sat,sun", "mon-fri", "1,3,5" (core/pace.ts parseWeekdays). */
  days?: string;
  minutes?: string;
  skip?: string[];
  /** The global --lang: this run's language; saved only with saveLang. */
  lang?: Lang;
  /** Save the interface language of this run as the setting. */
  saveLang?: boolean;
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
    const number = /^w?(\d{1,4})$/i.exec(value);
    // An open-ended block ("week 9 onward") takes the numbers of the weeks it is planned as, not every number after it.
    if (week && number && week.to === null && Number(number[1]) > week.from + nominalWeeks(week) - 1 && weekLabel(week) !== number[1])
      throw new NotFoundError(deps.msg.noWeek(Number(number[1]), weekSpan(deps)));
    if (!week && !task && number) throw new NotFoundError(deps.msg.noWeek(Number(number[1]), weekSpan(deps)));
    if (week) ids.push(...week.tasks.map((t) => t.id));
    else if (task) ids.push(task.task.id);
    else {
      const names = [...deps.roadmap.weeks.map((w) => w.id), ...deps.roadmap.weeks.flatMap((w) => w.tasks.map((t) => t.id))];
      const near = closest(value, names);
      throw new NotFoundError(
        deps.msg.sentences(deps.msg.unknownSkip(quoteInput(value)), near.length > 0 ? deps.msg.didYouMean(near.join(', ')) : deps.msg.seeList),
      );
    }
  }
  return ids;
}

/** The roadmap's week labels for a message: "1 to 9+". */
function weekSpan(deps: Deps): string {
  const weeks = deps.roadmap.weeks;
  return weeks.length === 0 ? '' : deps.msg.weekSpan(weekLabel(weeks[0]!), weekLabel(weeks.at(-1)!));
}

/** The --days option: the weekdays, else a usage error showing how to write them. */
export function weekdaysOption(deps: Deps, text: string): number[] {
  const days = parseWeekdays(text);
  if (!days) throw new UsageError(deps.msg.badDays(quoteInput(text)));
  return days;
}

function changeFromFlags(options: PlanOptions, state: CurrentState, deps: Deps): PlanChange {
  // Without a plan the pace in effect is full time (7 days a week): a flag changes only what it names.
  const current: Pace = paceOfPlan(state.plan ?? FULL_TIME);
  const change: PlanChange = {};
  if (options.start !== undefined) change.startDate = dateOption(deps, options.start);
  if (options.days !== undefined && options.daysPerWeek !== undefined) throw new UsageError(deps.msg.daysTwice);
  if (options.days !== undefined || options.daysPerWeek !== undefined || options.minutes !== undefined || !state.plan) {
    const minutesPerDay =
      options.minutes === undefined ? current.minutesPerDay : options.minutes.trim() === 'auto' ? null : minutesOption(deps, options.minutes);
    if (options.days !== undefined) change.plan = paceWithWeekdays(weekdaysOption(deps, options.days), minutesPerDay);
    else if (options.daysPerWeek !== undefined) change.plan = { daysPerWeek: intOption(deps, '--days-per-week', options.daysPerWeek, 1, 7), minutesPerDay };
    else change.plan = { ...current, minutesPerDay };
  }
  if (options.skip) change.skip = skipTargets(deps, options.skip);
  if (options.saveLang) change.settings = { ...state.settings, lang: deps.lang };
  if (!state.startDate && change.startDate === undefined) change.startDate = localDate(deps.now());
  return change;
}

async function changeFromWizard(state: CurrentState, deps: Deps, saveLang: boolean): Promise<PlanChange> {
  const { prompts, msg } = deps;
  const w = msg.wizard;
  const today = localDate(deps.now());
  const current: Pace = paceOfPlan(state.plan ?? { daysPerWeek: DEFAULT_DAYS_PER_WEEK, minutesPerDay: null });
  const start = await prompts.input(w.start, {
    default: state.startDate ?? today,
    validate: validator(deps, (value) => dateOption(deps, value)),
  });
  const chosen = studyWeekdays(current);
  const weekdays = await prompts.checkbox(
    w.weekdays,
    MONDAY_FIRST.map((d) => ({ name: msg.weekdayNames[d]!, value: d, checked: chosen.includes(d) })),
    { validate: (days) => days.length > 0 || w.noWeekday },
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
  // The language is saved only when asked: --save-lang saves this run's, the question keeps the setting by default.
  let lang: Lang | undefined = saveLang ? deps.lang : state.settings.lang;
  if (!saveLang) {
    const languages: { name: string; value: Lang | 'system' }[] = [
      { name: LANGUAGE_NAMES.zh, value: 'zh' },
      { name: LANGUAGE_NAMES.en, value: 'en' },
    ];
    if (!state.settings.lang) languages.unshift({ name: w.langKeep, value: 'system' });
    const answer = await prompts.select(w.lang, languages, state.settings.lang ?? 'system');
    lang = answer === 'system' ? undefined : answer;
  }
  return {
    startDate: start.trim(),
    plan: paceWithWeekdays(weekdays, minutesText.trim() === '' ? null : minutesOption(deps, minutesText)),
    skip: skipTargets(deps, known),
    settings: lang === undefined ? { ...state.settings } : { ...state.settings, lang },
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
  const pace = paceOfPlan(state.plan);
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

const hasFlags = (o: PlanOptions) => [o.start, o.daysPerWeek, o.days, o.minutes, o.skip].some((v) => v !== undefined);

export async function planCommand(options: PlanOptions, deps: Deps): Promise<PlanSummary> {
  const state = deps.store.snapshot();
  let change: PlanChange | undefined;
  if (hasFlags(options) || (options.saveLang && (!deps.stdinIsTTY || options.json))) change = changeFromFlags(options, state, deps);
  else if (deps.stdinIsTTY && !options.json) change = await changeFromWizard(state, deps, Boolean(options.saveLang));
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
  else {
    const skippedNow = change
      ? allTasks(deps.roadmap).filter((p) => statusOf(after, p.task.id) === 'skipped' && statusOf(state, p.task.id) !== 'skipped').length
      : 0;
    deps.stdout.write(renderPlan(summary, viewContext(deps), change ? { skipped: skippedNow } : undefined));
  }
  return summary;
}

export const planSpec = defineCommand({
  name: 'plan',
  help: 'plan',
  options: [
    { flags: '--start <date>', help: 'startDate' },
    { flags: '--days <weekdays>', help: 'days' },
    { flags: '--days-per-week <n>', help: 'daysPerWeek' },
    { flags: '--minutes <n>', help: 'minutesPerDay' },
    { flags: '--skip <weeks>', help: 'skipOpt', repeatable: true },
    { flags: '--save-lang', help: 'saveLang' },
    json,
  ],
  run: (_args, options: PlanOptions, deps) => planCommand(options, deps),
});
