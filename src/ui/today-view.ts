// The human view of `roadmap today`.

import type { TodayPlan } from '../core/schedule.ts';
import { weekLabel } from '../core/roadmap.ts';
import { studyWeekdays, weekdaysMondayFirst } from '../core/pace.ts';
import { pick } from '../i18n/lang.ts';
import { addedTag, noteText, progressLine, resourceLines, statusMark, type ViewContext } from './common.ts';
import { displayWidth, padEnd, truncate, maxOf, maxWidth } from './width.ts';

function standingLine(plan: TodayPlan, ctx: ViewContext): string {
  const { msg, style } = ctx;
  const s = plan.standing;
  if (s.kind === 'behind') return style.red(msg.behind(s.days));
  if (s.kind === 'ahead') return style.green(msg.ahead(s.days));
  return style.green(msg.onTrack);
}

/** The plan's study days, Monday first ("Mon, Wed, Fri"), for the rest-day sentence. */
function studyDaysText(plan: TodayPlan, ctx: ViewContext): string {
  return weekdaysMondayFirst(studyWeekdays(plan.pace))
    .map((d) => ctx.msg.weekdays[d])
    .join(ctx.msg.listSeparator);
}

/** `extra`: lines the command adds under today's tasks (the focused task's doneWhen, the reviews due). */
export function renderToday(plan: TodayPlan, ctx: ViewContext, extra: readonly string[] = []): string {
  const { msg, style, lang } = ctx;
  const out: string[] = [];
  if (plan.planDay < 1) out.push(style.yellow(msg.notStarted(plan.startDate)));
  out.push(style.bold(msg.weekHeading(plan.planWeek, weekLabel(plan.week), plan.weekDay, Math.max(1, plan.planDay))));
  out.push(`${style.bold.cyan(pick(plan.week.title, lang))}${addedTag(plan.week, ctx)}`);
  out.push(msg.field(style.gray(msg.goal), pick(plan.week.goal, lang)));
  if (plan.week.filledIn) out.push(style.gray(msg.field(msg.filledIn, noteText(plan.week.filledIn, lang))));
  if (!plan.complete) out.push(standingLine(plan, ctx));
  out.push('');
  if (!plan.studyDay && !plan.complete) out.push(style.cyan(msg.restDay(studyDaysText(plan, ctx))));
  if (plan.budget) out.push(style.gray(msg.budget(plan.budget.minutes, plan.budget.planned)));

  if (plan.complete) out.push(style.green(msg.allDone));
  else if (plan.tasks.length === 0) out.push(msg.nothingToday);
  else {
    out.push(style.bold(msg.today));
    const idWidth = maxOf(plan.tasks, (t) => t.placed.task.id.length);
    const titles = plan.tasks.map((t) => pick(t.placed.task.title, lang));
    // An added task's tag follows its title and is never cut: a long title is shortened before it.
    const added = plan.tasks.map((t) => addedTag(t.placed.task, ctx));
    const titleCell = (i: number, width: number) => `${truncate(titles[i]!, width - displayWidth(added[i]!))}${added[i]}`;
    // The estimate first, then what is special about the task; the title gets the room that is left.
    const tags = plan.tasks.map((item) => {
      const list = [style.gray(msg.minutes(item.placed.task.estimateMinutes))];
      if (item.partialMinutes !== undefined) list.push(style.yellow(msg.partial(item.partialMinutes)));
      if (item.timing === 'overdue') list.push(style.red(msg.timing.overdue));
      if (item.timing === 'ahead') list.push(style.cyan(msg.timing.ahead));
      if (item.status === 'in-progress') list.push(style.yellow(msg.status['in-progress']));
      return list.join('  ');
    });
    const tagWidth = maxWidth(tags);
    const room = ctx.columns - (4 + idWidth + 2) - 2 - tagWidth;
    const titleWidth = Math.min(
      maxOf(titles.keys(), (i) => displayWidth(titles[i]! + added[i]!)),
      Math.max(16, room),
    );
    plan.tasks.forEach((item, i) => {
      const { task } = item.placed;
      const mark = item.timing === 'overdue' ? style.red('!') : statusMark(item.status, style);
      // Numbered, so that `roadmap done 1` and `roadmap open 2:1` can name a line.
      out.push(
        `${style.gray(String(i + 1).padStart(2))} ${mark} ${style.bold(task.id.padEnd(idWidth))}  ${padEnd(titleCell(i, titleWidth), titleWidth)}  ${tags[i]}`,
      );
      out.push(...resourceLines(task.resources, ctx, '      '));
    });
    if (plan.overdueMore > 0) out.push(style.red(`  ${msg.overdueMore(plan.overdueMore)}`));
  }
  if (extra.length > 0) out.push('', ...extra);
  out.push('');
  out.push(`${style.bold(msg.progress)}  ${progressLine(plan.progress, ctx)}`);
  if (plan.tip)
    out.push(msg.field(style.bold(msg.tip), `${pick(plan.tip.text, lang)}${style.gray(msg.aside(pick(plan.tip.source, lang)))}${addedTag(plan.tip, ctx)}`));
  out.push('');
  out.push(style.gray(msg.todayFooter));
  return `${out.join('\n')}\n`;
}
