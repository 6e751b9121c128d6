// roadmap report [--format md|html] [--out FILE]: a shareable summary of progress, as Markdown, or as a
// self-contained HTML page with charts (src/report/html.ts, loaded only for --format html).

import { studiedText } from '../ui/stats-view.ts';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeStats } from '../core/stats.ts';
import { noteTotal } from '../core/activity.ts';
import { allTasks, weekLabel } from '../core/roadmap.ts';
import { stateAsOf, statusOf } from '../core/state.ts';
import { localDate } from '../core/dates.ts';
import type { Added } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { visible } from '../core/escape.ts';
import { pick } from '../i18n/lang.ts';
import { writeWhole, type FsError } from '../store/durable.ts';
import { writeProblem } from '../store/problems.ts';
import { whyNoBrowser, type OpenOutcome } from '../ui/browser.ts';
import { dateOption, quoteInput } from './shared.ts';
import { defineCommand } from './spec.ts';

export interface ReportOptions {
  format?: string;
  date?: string;
  out?: string;
}

/** The page's file in the store folder, written when no --out is given in a terminal. */
export const PAGE_FILE = 'progress.html';

/** Markdown table cells must not break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportCommand(options: ReportOptions, deps: Deps): string {
  if (options.format !== undefined && options.format !== 'md') throw new UsageError(deps.msg.report.badFormat(quoteInput(options.format)));
  if (options.out !== undefined) throw new UsageError(deps.msg.reportPage.outNeedsHtml);
  const date = dateOption(deps, options.date);
  const state = deps.store.snapshot();
  const stats = computeStats(deps.roadmap, state, date);
  const r = deps.msg.report;
  const lang = deps.lang;
  const out: string[] = [`# ${r.title(pick(deps.roadmap.title, lang))}`, '', r.asOf(date, state.startDate ?? date), ''];
  out.push(`- ${r.progress(stats.progress.percent, stats.progress.done, stats.progress.skipped, stats.progress.total)}`);
  out.push(`- ${r.studied(studiedText(stats, deps.msg))}`);
  out.push(`- ${r.streak(stats.streak.current, stats.streak.longest)}`);
  out.push(`- ${r.notes(noteTotal(state.noteCounts))}`, '');
  // What the source text does not contain is tagged as in the other views; a line under the report says what the tag means.
  let tagged = false;
  const tag = (item: { added?: Added }) => {
    if (!item.added) return '';
    tagged = true;
    return deps.msg.addedTag;
  };
  out.push(`## ${r.weeks}`, '', `| ${r.week} | ${r.topic} | ${r.done} |`, '|---|---|---|');
  for (const w of stats.weeks) {
    // Done is done: what was skipped is said beside it, not counted in.
    const skipped = w.progress.skipped > 0 ? ` ${r.skippedCell(w.progress.skipped)}` : '';
    out.push(`| ${weekLabel(w.week)} | ${cell(pick(w.week.title, lang))}${tag(w.week)} | ${w.progress.done}/${w.progress.total}${skipped} |`);
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

export interface PageResult {
  html: string;
  /** The file written; null when the page went to stdout. */
  file: string | null;
  /** Whether the browser opened it (only for the store folder's page). */
  outcome: OpenOutcome | null;
}

/** Where --out writes: a regular file or a new one in an existing folder; anything else is one clear line. */
function outTarget(out: string, deps: Deps): string {
  const p = deps.msg.reportPage;
  const file = path.resolve(out);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return file;
  }
  if (stat.isDirectory()) throw new UsageError(p.outIsFolder(visible(file, 300)));
  // A FIFO, a device or /dev/stdout would be replaced by the rename, not written to.
  if (!stat.isFile()) throw new UsageError(p.outNotFile(visible(file, 300)));
  return file;
}

/** Writes the page whole or not at all (durable.ts); a missing folder or no permission for --out is bad input. */
function writePage(file: string, html: string, deps: Deps, isOut: boolean): void {
  const p = deps.msg.reportPage;
  try {
    if (!isOut) fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeWhole(file, html);
  } catch (error) {
    const code = (error as FsError).code;
    const dir = visible(path.dirname(file), 300);
    if (isOut && (code === 'ENOENT' || code === 'ENOTDIR')) throw new UsageError(p.outNoFolder(dir));
    if (isOut && (code === 'EACCES' || code === 'EPERM')) throw new UsageError(p.outNoPermission(dir));
    if (isOut && code === 'EISDIR') throw new UsageError(p.outIsFolder(visible(file, 300)));
    throw writeProblem(file, error);
  }
}

/**
 * The HTML page: to --out, to stdout when it is not a terminal (or --out -), else to the store folder and
 * opened in the browser (printing the file's path, and why no browser started, when none did).
 */
export async function reportPageCommand(options: ReportOptions, deps: Deps): Promise<PageResult> {
  const date = dateOption(deps, options.date);
  const target = options.out === undefined || options.out === '-' ? undefined : outTarget(options.out, deps);
  const [{ pageInputOf, renderReportPage }, { exerciseIndex }] = await Promise.all([import('../report/html.ts'), import('../study/exercises.ts')]);
  // The page counts reviews per day, which only the history has; a past --date sees the store as it was then.
  const whole = deps.store.load();
  const state = date < localDate(deps.now()) ? stateAsOf(whole, date) : whole;
  const exercises = exerciseIndex().map((e) => e.task);
  const html = renderReportPage(pageInputOf(deps.roadmap, state, date, deps.msg, deps.lang, exercises));
  const p = deps.msg.reportPage;
  if (target !== undefined) {
    writePage(target, html, deps, true);
    deps.stdout.write(`${p.written(visible(target, 300))}\n`);
    return { html, file: target, outcome: null };
  }
  if (options.out === '-' || !deps.stdoutIsTTY) {
    deps.stdout.write(html);
    return { html, file: null, outcome: null };
  }
  const file = path.join(deps.home, PAGE_FILE);
  writePage(file, html, deps, false);
  const outcome = await deps.openUrl(pathToFileURL(file).href, 'page');
  if (outcome.opened) deps.stdout.write(`${p.opened(visible(file, 300))}\n`);
  else {
    // As `open` does when no browser starts: the address on stdout, why on stderr.
    deps.stdout.write(`${visible(file, 1000)}\n`);
    deps.stderr.write(`${deps.msg.noBrowser(whyNoBrowser(outcome, deps.browser, deps.msg))}\n`);
  }
  return { html, file, outcome };
}

export const reportSpec = defineCommand({
  name: 'report',
  help: 'report',
  options: [
    { flags: '--format <format>', help: 'format', default: 'md' },
    { flags: '--out <file>', help: 'out' },
    { flags: '--date <date>', help: 'date' },
  ],
  run: (_args, options: ReportOptions, deps) => (options.format === 'html' ? reportPageCommand(options, deps) : reportCommand(options, deps)),
});
