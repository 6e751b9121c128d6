// The human report of `roadmap check`: one aligned line per check, a hint under each one that did not pass,
// a summary, and the tasks whose checks all passed (the caller offers to mark them done). All words come
// through CheckWords so that the caller can take them from the i18n catalogs; enCheckWords and zhCheckWords
// are the defaults.

import type { Roadmap } from '../core/types.ts';
import { pick } from '../i18n/lang.ts';
import type { ViewContext } from '../ui/common.ts';
import { displayWidth, padEnd, maxOf } from '../ui/width.ts';
import type { CheckResult } from './run.ts';

export interface CheckCounts {
  passed: number;
  failed: number;
  missing: number;
}

export interface CheckWords {
  /** Shown for a pass whose check reads no version. */
  ok: string;
  notFound: (program: string) => string;
  exitCode: (code: number) => string;
  /** Killed by a signal or could not be started; `detail` is the runner's English detail. */
  abnormal: (detail: string) => string;
  /** `output` is a printable excerpt, '' when nothing came back. */
  noMatch: (output: string) => string;
  tooOld: (version: string, minVersion: string) => string;
  timedOut: (seconds: string) => string;
  /** The resource that explains the fix; `url` is absent when none is known. */
  see: (title: string, url?: string) => string;
  summary: (counts: CheckCounts) => string;
  passingTasks: (ids: string[]) => string;
  noChecks: string;
}

export const enCheckWords: CheckWords = {
  ok: 'ok',
  notFound: (program) => `not found: ${program}`,
  exitCode: (code) => `exit code ${code}`,
  abnormal: (detail) => `did not finish normally (${detail})`,
  noMatch: (output) => (output ? `unexpected output: "${output}"` : 'no output'),
  tooOld: (version, min) => `${version} is older than ${min}`,
  timedOut: (s) => `timed out after ${s} s`,
  see: (title, url) => (url ? `see: ${title} ${url}` : `see: ${title}`),
  summary: (c) => `${c.passed} passed, ${c.failed} failed, ${c.missing} missing`,
  passingTasks: (ids) => `Passing tasks: ${ids.join(', ')}`,
  noChecks: 'No setup checks to run.',
};

export const zhCheckWords: CheckWords = {
  ok: '正常',
  notFound: (program) => `找不到命令 ${program}`,
  exitCode: (code) => `退出码 ${code}`,
  abnormal: (detail) => `未能正常结束（${detail}）`,
  noMatch: (output) => (output ? `输出与预期不符：“${output}”` : '没有任何输出'),
  tooOld: (version, min) => `版本 ${version} 低于要求的 ${min}`,
  timedOut: (s) => `超过 ${s} 秒仍未结束，已终止`,
  see: (title, url) => (url ? `参见：${title} ${url}` : `参见：${title}`),
  summary: (c) => `通过 ${c.passed} 项，失败 ${c.failed} 项，未安装 ${c.missing} 项`,
  passingTasks: (ids) => `检查全部通过的任务：${ids.join(', ')}`,
  noChecks: '没有需要运行的环境检查。',
};

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
      return words.notFound(r.check.command[0] ?? '');
    case 'timeout':
      return words.timedOut(String(Math.round((r.timeoutMs ?? r.ms) / 100) / 10));
    case 'too-old':
      return words.tooOld(r.version ?? '?', r.check.minVersion ?? '?');
    case 'no-match':
      return words.noMatch(r.output ?? '');
    case 'exit':
    case undefined:
      if (r.exitCode === undefined) return words.abnormal(r.detail ?? '?');
      return r.output ? `${words.exitCode(r.exitCode)}: ${r.output}` : words.exitCode(r.exitCode);
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
  lines.push('', words.summary(countChecks(results)));
  const passing = passingTasks(results);
  if (passing.length > 0) lines.push(style.green(words.passingTasks(passing)));
  return `${lines.join('\n')}\n`;
}
