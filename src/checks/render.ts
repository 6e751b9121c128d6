// The human report of `roadmap check`: one aligned line per check, a hint under each one that did not pass,
// a summary, and the tasks whose checks all passed (the caller offers to mark them done). The words are the
// catalog's (msg.check.report), so that the report speaks the user's language.

import { visible } from '../core/escape.ts';
import type { Roadmap, SetupCheck } from '../core/types.ts';
import { pick } from '../i18n/lang.ts';
import type { Messages } from '../i18n/types.ts';
import type { ViewContext } from '../ui/common.ts';
import { displayWidth, padEnd, maxOf } from '../ui/width.ts';
import type { CheckResult } from './run.ts';

export interface CheckCounts {
  passed: number;
  failed: number;
  missing: number;
}

export type CheckWords = Messages['check']['report'];

export function countChecks(results: CheckResult[]): CheckCounts {
  const count = (s: CheckResult['status']) => results.filter((r) => r.status === s).length;
  return { passed: count('pass'), failed: count('fail'), missing: count('missing') };
}

/** Task ids all of whose checks passed, each once, in the order the results come (checksOf's roadmap order). */
export function passingTasks(results: CheckResult[]): string[] {
  const ids = [...new Set(results.map((r) => r.taskId))];
  return ids.filter((id) => results.every((r) => r.taskId !== id || r.status === 'pass'));
}

/** What the last column says: the version for a pass, else why it did not pass, in the reader's language. */
function outcome(r: CheckResult, words: CheckWords): string {
  if (r.status === 'pass') return r.version ?? words.ok;
  switch (r.reason) {
    case 'not-found':
      return words.notFound(visible(r.check.command[0] ?? ''));
    case 'timeout':
      return words.timedOut(String(Math.round((r.timeoutMs ?? r.ms) / 100) / 10));
    case 'too-old':
      return words.tooOld(r.version ?? '?', r.check.minVersion ?? '?');
    case 'no-match':
      return words.noMatch(r.output ?? '');
    case 'slow-pattern':
      return words.slowPattern(String((r.timeoutMs ?? r.ms) / 1000));
    case 'exit':
    case undefined:
      if (r.exitCode === undefined) return words.abnormal(visible(r.detail ?? '?', 120));
      return words.exitCode(r.exitCode, r.output ?? '');
  }
}

function hintLine(r: CheckResult, roadmap: Roadmap, ctx: ViewContext, words: CheckWords): string {
  const hint = pick(r.check.hint, ctx.lang);
  const task = roadmap.weeks.flatMap((w) => w.tasks).find((t) => t.id === r.taskId);
  const resource = r.check.resource === undefined ? undefined : task?.resources[r.check.resource - 1];
  if (!resource) return `    ${hint}`;
  const see = words.see(pick(resource.title, ctx.lang), resource.url);
  const url = resource.url;
  const colored = url ? see.replace(url, () => ctx.style.cyan(url)) : see;
  return `    ${hint}  ${ctx.style.gray('→')} ${colored}`;
}

export function renderChecks(results: CheckResult[], roadmap: Roadmap, ctx: ViewContext, words: CheckWords): string {
  const { style } = ctx;
  if (results.length === 0) return `${words.noChecks}\n`;
  const rows = results.map((r) => ({
    r,
    mark: r.status === 'pass' ? style.green('✔') : r.status === 'fail' ? style.red('✘') : style.yellow('?'),
    title: pick(r.check.title, ctx.lang),
    why: r.status === 'pass' ? outcome(r, words) : r.status === 'fail' ? style.red(outcome(r, words)) : style.yellow(outcome(r, words)),
  }));
  const titleWidth = maxOf(rows, (row) => displayWidth(row.title));
  const idWidth = maxOf(rows, (row) => displayWidth(row.r.taskId));
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.mark} ${padEnd(row.title, titleWidth)}  ${padEnd(row.r.taskId, idWidth)}  ${row.why}`.trimEnd());
    if (row.r.status !== 'pass') lines.push(hintLine(row.r, roadmap, ctx, words));
  }
  const counts = countChecks(results);
  lines.push('', words.summary(counts.passed, counts.failed, counts.missing));
  const passing = passingTasks(results);
  if (passing.length > 0) lines.push(style.green(words.passingTasks(passing.join(', '))));
  return `${lines.join('\n')}\n`;
}

/**
 * A command exactly as it will be run: each argument as a JSON string (quotes and backslashes escaped,
 * so where one argument ends is plain), and anything that could drive the terminal (control, bidi and
 * invisible characters) made a visible escape.
 */
export function commandLine(command: readonly string[]): string {
  return `[${command.map((arg) => visible(JSON.stringify(arg), Infinity)).join(', ')}]`;
}

/** What a check runs and what it expects, under its title: for `show`, and for the consent question. */
export function checkLines(check: SetupCheck, ctx: ViewContext, words: Messages['check'], indent: string): string[] {
  const expects = [
    ...(check.expect === undefined ? [] : [words.expects(visible(check.expect, Infinity))]),
    ...(check.minVersion === undefined ? [] : [words.atLeast(visible(check.minVersion))]),
  ];
  return [
    `${indent}${visible(pick(check.title, ctx.lang), Infinity)}`,
    `${indent}  ${commandLine(check.command)}${expects.length > 0 ? ctx.style.gray(`  ${expects.join(ctx.msg.listSeparator)}`) : ''}`,
  ];
}

/** Every check that will run, by task: what the user agrees to. */
export function renderCommands(targets: { taskId: string; check: SetupCheck }[], ctx: ViewContext, words: Messages['check']): string {
  const lines = targets.flatMap(({ taskId, check }) =>
    checkLines(check, ctx, words, '  ').map((l, i) => (i === 0 ? `${l}  ${ctx.style.gray(visible(taskId))}` : l)),
  );
  return `${lines.join('\n')}\n`;
}
