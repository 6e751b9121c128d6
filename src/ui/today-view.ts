// The human view of `roadmap today`.

import type { TodayPlan, TodayTask } from '../core/schedule.ts';
import { weekLabel } from '../core/roadmap.ts';
import { studyWeekdays, weekdaysMondayFirst } from '../core/pace.ts';
import { pick } from '../i18n/lang.ts';
import { addedTag, noteText, progressLine, resourceLines, statusMark, type ViewContext } from './common.ts';
import { displayWidth, padEnd, truncate, maxOf, maxWidth, wrap } from './width.ts';

/** Prose (a goal, a tip, a sentence of ours) word-wrapped to the terminal, each line styled alike. */
function prose(text: string, ctx: ViewContext, paint: (line: string) => string = (line) => line): string {
  return wrap(text, ctx.columns)
    .map((line) => paint(line))
    .join('\n');
}

/** A labelled field ("Goal: …") as prose, its label styled. */
function field(label: string, value: string, ctx: ViewContext, paintLabel: (text: string) => string): string {
  const text = ctx.msg.field(label, value);
  const wrapped = prose(text, ctx);
  return wrapped.startsWith(label) ? paintLabel(label) + wrapped.slice(label.length) : wrapped;
}

function standingLine(plan: TodayPlan, ctx: ViewContext): string {
  const { msg, style } = ctx;
  const s = plan.standing;
  if (s.kind === 'behind')
    return style.red(
      msg.day.behind(
        s.days,
        plan.tasks.some((t) => t.timing === 'overdue'),
      ),
    );
  if (s.kind === 'ahead') return style.green(msg.ahead(s.days));
  return style.green(msg.onTrack);
}

/** The plan's study days, Monday first ("Mon, Wed, Fri"), for the rest-day sentence. */
function studyDaysText(plan: TodayPlan, ctx: ViewContext): string {
  return weekdaysMondayFirst(studyWeekdays(plan.pace))
    .map((d) => ctx.msg.weekdays[d])
    .join(ctx.msg.listSeparator);
}

export interface TodayViewOptions {
  /** Lines under today's tasks (the focused task's doneWhen, the reviews due). */
  extra?: readonly string[];
  /** The current streak, shown once the day is done. */
  streak?: number;
  /** List the block's later tasks too (`today --all`). */
  all?: boolean;
  /** For the finished screen: minutes logged, and the estimates of tasks done with no time logged. */
  time?: { logged: number; estimated: number; lastDay: string };
}

/** The minutes tag of a line: the part planned today, of what is left of the task. */
function minutesTag(item: TodayTask, ctx: ViewContext): string {
  const { msg, style } = ctx;
  const estimate = item.placed.task.estimateMinutes;
  if (item.doneToday) return style.gray(msg.minutes(item.minutesLeft));
  if (item.minutesToday > 0 && item.minutesToday < item.minutesLeft) return style.yellow(msg.day.part(item.minutesToday, item.minutesLeft));
  if (item.minutesLeft < estimate) return style.gray(msg.day.left(item.minutesLeft));
  return style.gray(msg.minutes(estimate));
}

function statusTag(item: TodayTask, ctx: ViewContext): string {
  const { msg, style } = ctx;
  const entry = item.status;
  if (entry === 'in-progress' && item.stage) return style.yellow(msg.papers.stages[item.stage]);
  if (entry === 'in-progress') return style.yellow(msg.status['in-progress']);
  return '';
}

/** Numbered lines, so that `roadmap done 1` and `roadmap open 2:1` can name a line. */
function taskLines(items: readonly TodayTask[], first: number, ctx: ViewContext, withResources: boolean): string[] {
  const { msg, style, lang } = ctx;
  const out: string[] = [];
  const idWidth = maxOf(items, (t) => t.placed.task.id.length);
  const numberWidth = String(first + items.length - 1).length;
  const titles = items.map((t) => pick(t.placed.task.title, lang));
  // An added task's tag follows its title and is never cut: a long title is shortened before it.
  const added = items.map((t) => addedTag(t.placed.task, ctx));
  const titleCell = (i: number, width: number) => `${truncate(titles[i]!, width - displayWidth(added[i]!))}${added[i]}`;
  // The minutes first, then what is special about the task; the title gets the room that is left.
  const tags = items.map((item) => {
    const list = [minutesTag(item, ctx)];
    if (item.doneToday) list.push(style.green(msg.status.done));
    else if (item.covered) list.push(style.green(msg.day.partLogged));
    else if (item.spentToday > 0) list.push(style.gray(msg.day.spentToday(item.spentToday)));
    if (item.timing === 'overdue' && !item.covered) list.push(style.red(msg.timing.overdue));
    const status = item.covered ? '' : statusTag(item, ctx);
    if (status) list.push(status);
    return list.join('  ');
  });
  const tagWidth = maxWidth(tags);
  // The line: the number (padded to numberWidth + 1), mark, id and title with their spaces, then the tags.
  const room = ctx.columns - (numberWidth + 1 + 3 + idWidth + 2) - 2 - tagWidth;
  const titleWidth = Math.min(
    maxOf(titles.keys(), (i) => displayWidth(titles[i]! + added[i]!)),
    Math.max(16, room),
  );
  items.forEach((item, i) => {
    const { task } = item.placed;
    const mark = item.covered ? style.green('✔') : item.timing === 'overdue' ? style.red('!') : statusMark(item.status, style);
    out.push(
      `${style.gray(String(first + i).padStart(numberWidth + 1))} ${mark} ${style.bold(task.id.padEnd(idWidth))}  ${padEnd(titleCell(i, titleWidth), titleWidth)}  ${tags[i]}`.trimEnd(),
    );
    if (withResources && !item.covered) out.push(...resourceLines(task.resources, ctx, ' '.repeat(numberWidth + 5)));
  });
  return out;
}

function finishedScreen(plan: TodayPlan, ctx: ViewContext, options: TodayViewOptions): string[] {
  const { msg, style } = ctx;
  const { progress } = plan;
  const out = [style.bold.green(msg.day.finishedTitle), msg.allDone];
  if (options.time) {
    out.push('', msg.day.finished(progress.done, progress.skipped, plan.startDate, options.time.lastDay));
    out.push(msg.day.finishedTime(msg.day.duration(options.time.logged), msg.day.duration(options.time.estimated)));
  }
  out.push('', ...msg.day.finishedNext);
  return out;
}

export function renderToday(plan: TodayPlan, ctx: ViewContext, options: TodayViewOptions = {}): string {
  const { msg, style, lang } = ctx;
  const extra = options.extra ?? [];
  const out: string[] = [];
  if (plan.complete) {
    out.push(...finishedScreen(plan, ctx, options), '', `${style.bold(msg.progress)}  ${progressLine(plan.progress, ctx)}`);
    if (extra.length > 0) out.push('', ...extra.map((line) => prose(line, ctx)));
    return `${out.join('\n')}\n`;
  }
  const before = plan.planDay < 1;
  // One week number in the header: the block the plan puts today in, and which of its study days today is.
  const label = weekLabel(plan.week);
  out.push(style.bold(before ? msg.day.headingBeforeStart(label, plan.startDate) : msg.day.heading(label, plan.block.day, plan.block.days)));
  // The title and goal are those of the tasks shown: an overdue week's, or the next week's once this one is done.
  const shown = plan.shownWeek;
  const title = `${pick(shown.title, lang)}${addedTag(shown, ctx)}`;
  out.push(style.bold.cyan(shown.id === plan.week.id ? title : msg.day.otherWeek(weekLabel(shown), title)));
  out.push(field(msg.goal, pick(shown.goal, lang), ctx, style.gray));
  if (shown.filledIn) out.push(prose(msg.field(msg.filledIn, noteText(shown.filledIn, lang)), ctx, style.gray));
  if (before) out.push(prose(msg.day.notStarted(plan.startDate), ctx, style.yellow));
  else out.push(standingLine(plan, ctx));
  if (plan.replan) out.push(prose(msg.day.replan(plan.replan.startDate, plan.replan.finish), ctx, style.yellow));
  out.push('');

  let n = 1;
  if (plan.tasks.length > 0) {
    out.push(style.bold(msg.day.budget(msg.day.duration(plan.budgetMinutes), plan.budgetSource)));
    out.push(...taskLines(plan.tasks, n, ctx, true));
    n += plan.tasks.length;
  } else if (plan.studyDay || plan.budgetSource === 'option') out.push(msg.nothingToday);
  if (plan.doneForToday) {
    out.push('', style.bold.green(msg.day.doneForToday(msg.day.duration(plan.workedToday))));
    if (options.streak !== undefined && options.streak > 0) out.push(style.green(msg.day.streak(options.streak)));
  }
  if (!plan.studyDay && plan.budgetSource === 'rest-day') out.push(prose(msg.restDay(studyDaysText(plan, ctx)), ctx, style.cyan));
  if (plan.ahead.length > 0) {
    // On a rest day the sentence above says what these are.
    if (plan.budgetSource !== 'rest-day') out.push('', style.bold(msg.day.aheadHeading));
    out.push(...taskLines(plan.ahead, n, ctx, true));
    n += plan.ahead.length;
  }
  if (plan.later.minutes > 0 || plan.later.tasks > 0) {
    if (options.all && plan.later.items.length > 0) {
      out.push('', style.bold(msg.day.laterHeading(weekLabel(plan.later.week ?? plan.week))));
      out.push(...taskLines(plan.later.items, n, ctx, false));
    } else out.push('', prose(msg.day.later(weekLabel(plan.later.week ?? plan.week), plan.later.tasks, msg.day.duration(plan.later.minutes)), ctx, style.gray));
  }
  // The command's lines (the focused task's doneWhen, the reviews due) are prose too.
  if (extra.length > 0) out.push('', ...extra.map((line) => prose(line, ctx)));
  out.push('');
  out.push(`${style.bold(msg.progress)}  ${progressLine(plan.progress, ctx)}`);
  if (plan.tip)
    out.push(field(msg.tip, `${pick(plan.tip.text, lang)}${msg.aside(pick(plan.tip.source, lang))}${plan.tip.added ? msg.addedTag : ''}`, ctx, style.bold));
  out.push('');
  out.push(prose(msg.day.footer, ctx, style.gray));
  return `${out.join('\n')}\n`;
}
