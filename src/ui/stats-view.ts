// The human view of `roadmap stats`.

import type { Stats } from '../core/stats.ts';
import type { Messages } from '../i18n/index.ts';
import { progressLine, weekHeads, type ViewContext } from './common.ts';
import { renderHeatmap } from './heatmap.ts';
import { displayWidth, padEnd, maxOf, maxWidth, wrap } from './width.ts';

/** Time studied, saying what it is made of: time logged, the estimates of tasks done with none logged, or both. */
export function studiedText(stats: Pick<Stats, 'minutesStudied' | 'minutesLogged' | 'minutesEstimated'>, msg: Messages): string {
  const s = msg.stats;
  if (stats.minutesLogged === 0) return s.studiedText(Math.floor(stats.minutesStudied / 60), stats.minutesStudied % 60);
  if (stats.minutesEstimated === 0) return s.studiedAllLogged(msg.day.duration(stats.minutesLogged));
  return s.studiedKnown(msg.day.duration(stats.minutesStudied), msg.day.duration(stats.minutesLogged), msg.day.duration(stats.minutesEstimated));
}

/** Where the learner stands, and when they would finish at the recent pace: as stats, the report and the progress page say it. */
export function standingAndFinish(stats: Pick<Stats, 'standing' | 'progress' | 'finish'>, msg: Messages): { standing: string; finish: string } {
  const s = msg.stats;
  const standing =
    stats.standing.kind === 'behind'
      ? msg.day.behind(stats.standing.days, false)
      : stats.standing.kind === 'ahead'
        ? msg.ahead(stats.standing.days)
        : msg.onTrack;
  const finish = stats.progress.remaining === 0 ? s.finished : stats.finish ? s.finish(stats.finish.date, stats.finish.minutesPerStudyDay) : s.noPace;
  return { standing, finish };
}

export function renderStats(stats: Stats, ctx: ViewContext): string {
  const { msg, style } = ctx;
  const s = msg.stats;
  const { standing, finish } = standingAndFinish(stats, msg);
  const rows: [string, string][] = [
    [s.progress, s.progressText(progressLine(stats.progress, ctx), s.remaining(stats.progress.remaining))],
    [s.studied, studiedText(stats, msg)],
    [s.streak, s.streakText(stats.streak.current, stats.streak.longest)],
    [s.plan, s.planText(standing, finish)],
  ];
  const width = maxOf(rows, ([l]) => displayWidth(l));
  // A long value (the standing and the finish estimate) is wrapped beside its label.
  const out = rows.flatMap(([label, value]) =>
    wrap(value, Math.max(20, ctx.columns - width - 2)).map((line, i) => `${i === 0 ? style.bold(padEnd(label, width)) : ' '.repeat(width)}  ${line}`),
  );
  out.push('', style.bold(s.weeks));
  const heads = weekHeads(
    stats.weeks.map((w) => w.week),
    ctx,
  );
  const headWidth = maxWidth(heads);
  stats.weeks.forEach((w, i) => out.push(`  ${padEnd(heads[i]!, headWidth)}  ${progressLine(w.progress, ctx, 12)}`));
  out.push('', style.bold(s.activity), renderHeatmap(stats.activity, style, msg));
  return `${out.join('\n')}\n`;
}
