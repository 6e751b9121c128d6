// The human view of `roadmap plan`: settings, then each week block's dates at this pace.

import type { LocalDate } from '../core/dates.ts';
import { studyWeekdays, weekdaysMondayFirst, type Pace } from '../core/pace.ts';
import type { Lang, Week } from '../core/types.ts';
import { LANGUAGE_NAMES } from '../i18n/lang.ts';
import { weekHeads, type ViewContext } from './common.ts';
import { displayWidth, padEnd, maxOf, maxWidth } from './width.ts';

export interface PlanSummary {
  startDate: LocalDate;
  /** False while the learner never set a plan (full-time, the roadmap as written). */
  configured: boolean;
  pace: Pace;
  lang: Lang | null;
  weeks: { week: Week; skipped: number; from: LocalDate | null; to: LocalDate | null }[];
}

/** `saved`: the plan was just changed, and how many tasks that change skipped (weeks already known). */
export function renderPlan(summary: PlanSummary, ctx: ViewContext, saved?: { skipped: number }): string {
  const { msg, style } = ctx;
  const p = msg.planView;
  const days = weekdaysMondayFirst(studyWeekdays(summary.pace))
    .map((d) => msg.weekdays[d])
    .join(msg.listSeparator);
  const rows: [string, string][] = [
    [p.start, summary.startDate],
    [p.pace, p.paceText(summary.pace.daysPerWeek, days, summary.pace.minutesPerDay)],
    [p.language, summary.lang ? LANGUAGE_NAMES[summary.lang] : p.languageDefault],
  ];
  const labelWidth = maxOf(rows, ([l]) => displayWidth(l));
  const out: string[] = [];
  if (saved) out.push(style.green(saved.skipped > 0 ? p.savedSkipped(saved.skipped) : p.saved));
  else if (!summary.configured) out.push(style.gray(p.notConfigured));
  out.push(style.bold(p.heading));
  for (const [label, value] of rows) out.push(`  ${style.gray(padEnd(label, labelWidth))}  ${value}`);
  out.push('');
  out.push(style.bold(p.schedule));
  const heads = weekHeads(
    summary.weeks.map((w) => w.week),
    ctx,
  );
  const headWidth = maxWidth(heads);
  summary.weeks.forEach((w, i) => {
    const all = w.week.tasks.length;
    let when: string;
    if (w.from === null) when = style.gray(p.skippedAll);
    else if (w.to === null) when = p.from(w.from);
    else when = `${w.from} → ${w.to}`;
    const note = w.skipped > 0 && w.skipped < all ? style.gray(`  ${p.skippedSome(w.skipped, all)}`) : '';
    out.push(`  ${padEnd(heads[i]!, headWidth)}  ${when}${note}`);
  });
  out.push('');
  out.push(style.gray(p.footer));
  return `${out.join('\n')}\n`;
}
