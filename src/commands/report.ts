// roadmap report [--format md]: a shareable Markdown summary of progress.

import { computeStats } from '../core/stats.ts';
import { allTasks, weekLabel } from '../core/roadmap.ts';
import { statusOf } from '../core/state.ts';
import { localDate } from '../core/dates.ts';
import type { Added } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { dateOption, quoteInput } from './shared.ts';
import { defineCommand } from './spec.ts';

export interface ReportOptions {
  format?: string;
  date?: string;
}

/** Markdown table cells must not break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportCommand(options: ReportOptions, deps: Deps): string {
  if (options.format !== undefined && options.format !== 'md') throw new UsageError(deps.msg.report.badFormat(quoteInput(options.format)));
  const date = dateOption(deps, options.date);
  const state = deps.store.snapshot();
  const stats = computeStats(deps.roadmap, state, date);
  const r = deps.msg.report;
  const lang = deps.lang;
  const out: string[] = [`# ${r.title(pick(deps.roadmap.title, lang))}`, '', r.asOf(date, state.startDate ?? date), ''];
  out.push(`- ${r.progress(stats.progress.percent, stats.progress.done, stats.progress.skipped, stats.progress.total)}`);
  out.push(`- ${r.studied(Math.round(stats.minutesStudied / 60))}`);
  out.push(`- ${r.streak(stats.streak.current, stats.streak.longest)}`);
  out.push(`- ${r.notes((state.notes ?? []).length)}`, '');
  // What the source text does not contain is tagged as in the other views; a line under the report says what the tag means.
  let tagged = false;
  const tag = (item: { added?: Added }) => {
    if (!item.added) return '';
    tagged = true;
    return deps.msg.addedTag;
  };
  out.push(`## ${r.weeks}`, '', `| ${r.week} | ${r.topic} | ${r.done} |`, '|---|---|---|');
  for (const w of stats.weeks) {
    const finished = w.progress.done + w.progress.skipped;
    out.push(`| ${weekLabel(w.week)} | ${cell(pick(w.week.title, lang))}${tag(w.week)} | ${finished}/${w.progress.total} |`);
  }
  const done = allTasks(deps.roadmap).filter((p) => statusOf(state, p.task.id) === 'done');
  out.push('', `## ${r.doneTasks}`, '');
  if (done.length === 0) out.push(r.noneDone);
  for (const p of done) {
    const at = state.progress[p.task.id]?.doneAt;
    out.push(`- ${r.doneTask(`${cell(pick(p.task.title, lang))}${tag(p.task)}`, p.task.id, at ? localDate(new Date(at)) : '')}`);
  }
  if (tagged) out.push('', r.addedNote);
  const text = `${out.join('\n')}\n`;
  deps.stdout.write(text);
  return text;
}

export const reportSpec = defineCommand({
  name: 'report',
  help: 'report',
  options: [
    { flags: '--format <format>', help: 'format', default: 'md' },
    { flags: '--date <date>', help: 'date' },
  ],
  run: (_args, options: ReportOptions, deps) => reportCommand(options, deps),
});
