// The engine of `roadmap check`: runs a task's setup checks (e.g. `python3 --version`) and judges each one
// pass / fail / missing. Checks are data (custom roadmaps bring their own), so a command is always run as an
// argument array without a shell: nothing in the data can be interpreted as shell syntax.
//
// Judgement of one check:
// - 'missing' the program is not found (ENOENT): the fix is to install it, which the hint says.
// - 'fail'    'exit' (non-zero exit, killed by a signal, or could not be started), 'no-match' (the output does
//             not match `expect`, garbage included), 'too-old' (the first group is below `minVersion`),
//             'timeout' (the time budget ran out; the whole process group is killed), 'slow-pattern'
//             (matching `expect` against the output took too long: see matchOutput).
// - 'pass'    with the version (the first group of `expect`) when there is one.

import childProcess, { type ChildProcess } from 'node:child_process';
import vm from 'node:vm';
import type { Roadmap, SetupCheck } from '../core/types.ts';

export type CheckStatus = 'pass' | 'fail' | 'missing';
export type CheckReason = 'not-found' | 'exit' | 'no-match' | 'too-old' | 'timeout' | 'slow-pattern';

export interface CheckResult {
  taskId: string;
  check: SetupCheck;
  status: CheckStatus;
  version?: string;
  /** English, for `--json` and logs; the human report words its reasons itself from the fields below. */
  detail?: string;
  reason?: CheckReason;
  /** Exit code, for reason 'exit' when the program exited by itself. */
  exitCode?: number;
  /** The time budget that ran out, for reasons 'timeout' and 'slow-pattern'. */
  timeoutMs?: number;
  /** A printable excerpt of what came back, for reasons 'exit' and 'no-match'. */
  output?: string;
  ms: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Used when the check has no `timeoutMs` (default 10000). */
  defaultTimeoutMs?: number;
  /** Aborted: the running commands (their whole process groups) are stopped, and no more are started. */
  signal?: AbortSignal;
}

export interface RunManyOptions extends RunOptions {
  /** How many commands run at the same time (default 4). */
  concurrency?: number;
  /** Called as each check finishes (in finishing order). */
  onResult?: (result: CheckResult) => void;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** A version query prints a line or two; anything beyond this is noise that must not fill memory. */
export const OUTPUT_CAP_BYTES = 64 * 1024;
/** How long a timed-out command gets between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 500;
/** After the command exited, how long its pipes may stay open (held by a background grandchild). */
const DRAIN_MS = 300;
/** After SIGKILL, the longest wait for the exit event (a process stuck in the kernel) before giving up. */
const GIVE_UP_MS = 1_000;
const EXCERPT_CHARS = 60;
/** The longest a match of `expect` against a command's output may take. */
export const MATCH_TIMEOUT_MS = 1_000;
const POSIX = process.platform !== 'win32';

/**
 * Compares dotted version numbers numerically (3.10 > 3.8, 1.26 = 1.26.0). Anything after the numbers is
 * ignored: "2.1.0+cu121" is 2.1.0 and "3.12.1rc1" is 3.12.1, because a check asks "installed and new
 * enough", and a build tag or a release candidate of the required version answers yes.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (v.match(/\d+(?:\.\d+)*/)?.[0] ?? '').split('.').filter(Boolean).map(Number);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The printable part of some output, whitespace runs made single spaces, cut to `max` characters. */
export function printable(text: string, max = EXCERPT_CHARS): string {
  const clean = text
    .replace(/\s+/gu, ' ')
    .replace(/[\p{C}\uFFFD]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}

/**
 * Matches a check's `expect` against what its command printed, in bounded time. A pattern comes from the
 * roadmap file, and JavaScript's regular expressions backtrack: "^(a+)+$" against 40 a's runs for minutes,
 * and a match cannot be interrupted from the same thread. Of the ways to bound it, only a time limit bounds
 * every pattern: a cap on the text's length does not (25 characters take seconds for such a pattern), and
 * refusing "nested quantifiers" is a guess that misses other forms ((a|a)*, (a|aa)+, \s*\s*\s*$) and would
 * refuse harmless patterns. So the match runs in a vm context with a timeout: V8 checks for the interrupt
 * while it backtracks and stops the match. The text is already capped (OUTPUT_CAP_BYTES).
 * 'invalid' for a pattern that does not compile, 'slow' when the time ran out.
 */
export function matchOutput(pattern: string, text: string, timeoutMs = MATCH_TIMEOUT_MS): { match: string; group?: string } | null | 'invalid' | 'slow' {
  matcher ??= { context: vm.createContext(Object.create(null) as object), script: new vm.Script(MATCH_SCRIPT) };
  const { context, script } = matcher;
  Object.assign(context, { pattern, text, result: undefined });
  try {
    script.runInContext(context, { timeout: timeoutMs });
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'slow';
    // A SyntaxError of the context's own realm: not instanceof this one's.
    return 'invalid';
  } finally {
    Object.assign(context, { pattern: undefined, text: undefined });
  }
  const result = (context as { result?: [string, string | undefined] | null }).result;
  Object.assign(context, { result: undefined });
  if (!result) return null;
  return result[1] === undefined ? { match: result[0] } : { match: result[0], group: result[1] };
}

/** Runs in the matcher's context: only strings go in and out. */
const MATCH_SCRIPT = 'result = (() => { const m = new RegExp(pattern).exec(text); return m === null ? null : [m[0], m[1]]; })();';
let matcher: { context: vm.Context; script: vm.Script } | undefined;

/** The last non-empty line: where a traceback or an error message says what went wrong. */
function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => printable(l) !== '');
  return printable(lines.at(-1) ?? '');
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** Collects bytes up to a shared budget, and keeps reading past it so that the child never blocks on a full pipe. */
class Collector {
  private used = 0;
  readonly chunks: Record<'stdout' | 'stderr', Buffer[]> = { stdout: [], stderr: [] };
  add(name: 'stdout' | 'stderr', chunk: Buffer): void {
    const room = OUTPUT_CAP_BYTES - this.used;
    if (room <= 0) return;
    this.chunks[name].push(chunk.subarray(0, room));
    this.used += Math.min(room, chunk.length);
  }
  text(name: 'stdout' | 'stderr'): string {
    return Buffer.concat(this.chunks[name]).toString('utf8');
  }
}

/** Kills the child and everything it started: its own process group on POSIX (it was spawned detached). */
function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  const pid = child.pid;
  if (pid === undefined) return;
  try {
    if (POSIX) process.kill(-pid, signal);
    else if (signal === 'SIGKILL') {
      childProcess.spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    } else child.kill(signal);
  } catch {
    // ESRCH: the group is already gone, which is what was wanted.
  }
}

interface Outcome {
  error?: NodeJS.ErrnoException;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  output: string;
}

function execute(command: string[], env: NodeJS.ProcessEnv, timeoutMs: number, abort?: AbortSignal): Promise<Outcome> {
  const [program, ...args] = command as [string, ...string[]];
  return new Promise((resolve) => {
    const collected = new Collector();
    let child: ChildProcess;
    try {
      // detached: the child leads a new process group, so a timeout can kill its grandchildren as well.
      child = childProcess.spawn(program, args, { env, shell: false, stdio: ['ignore', 'pipe', 'pipe'], detached: POSIX, windowsHide: true });
    } catch (error) {
      // Thrown synchronously for arguments that cannot be passed at all (e.g. containing a NUL byte).
      resolve({ error: error as NodeJS.ErrnoException, code: null, signal: null, timedOut: false, output: '' });
      return;
    }
    let code: number | null = null;
    let signal: NodeJS.Signals | null = null;
    let timedOut = false;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const later = (ms: number, fn: () => void) => void timers.push(setTimeout(fn, ms));

    const finish = (error?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      abort?.removeEventListener('abort', stop);
      // A grandchild may still hold the pipes; destroying them lets the event loop (and the CLI) end.
      child.stdout?.destroy();
      child.stderr?.destroy();
      const parts = [collected.text('stdout'), collected.text('stderr')].filter((t) => t !== '');
      resolve({ error, code, signal, timedOut, output: parts.join('\n') });
    };

    child.stdout?.on('data', (chunk: Buffer) => collected.add('stdout', chunk));
    child.stderr?.on('data', (chunk: Buffer) => collected.add('stderr', chunk));
    child.on('error', (error) => finish(error));
    child.on('exit', (c, s) => {
      code = c;
      signal = s;
      // Normally 'close' follows at once. If a background grandchild keeps the pipes open, it is a stray of
      // this check: kill the group rather than wait for it.
      later(DRAIN_MS, () => {
        killTree(child, 'SIGKILL');
        finish();
      });
    });
    child.on('close', () => finish());
    /** SIGTERM to the whole group, then SIGKILL: also when SIGTERM is trapped or ignored, or only the direct child died of it. */
    const end = () => {
      killTree(child, 'SIGTERM');
      later(KILL_GRACE_MS, () => {
        killTree(child, 'SIGKILL');
        later(GIVE_UP_MS, () => finish());
      });
    };
    // Stopped from outside (Ctrl-C, SIGTERM): the group is in a process group of its own, which the
    // terminal's SIGINT does not reach, so it is ended here.
    function stop() {
      if (!settled) end();
    }
    later(timeoutMs, () => {
      timedOut = true;
      end();
    });
    if (abort?.aborted) stop();
    else abort?.addEventListener('abort', stop, { once: true });
  });
}

export async function runCheck(taskId: string, check: SetupCheck, options: RunOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const timeoutMs = check.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const done = (fields: Omit<CheckResult, 'taskId' | 'check' | 'ms'>): CheckResult => ({
    taskId,
    check,
    ...fields,
    ms: Math.round(performance.now() - started),
  });

  if (check.command.length === 0 || check.command[0] === '') {
    return done({ status: 'fail', reason: 'exit', detail: 'the check has no command' });
  }
  try {
    if (check.expect !== undefined) new RegExp(check.expect);
  } catch {
    return done({ status: 'fail', reason: 'no-match', detail: `invalid expect pattern /${check.expect}/` });
  }

  const program = check.command[0]!;
  const outcome = await execute(check.command, options.env ?? process.env, timeoutMs, options.signal);
  if (outcome.error) {
    if (outcome.error.code === 'ENOENT') {
      return done({ status: 'missing', reason: 'not-found', detail: `${program} not found on PATH` });
    }
    return done({ status: 'fail', reason: 'exit', detail: `could not run ${program}: ${outcome.error.code ?? outcome.error.message}` });
  }
  if (outcome.timedOut) {
    return done({ status: 'fail', reason: 'timeout', timeoutMs, detail: `timed out after ${seconds(timeoutMs)} s` });
  }
  if (outcome.code !== 0) {
    const output = lastLine(outcome.output);
    const how = outcome.code === null ? `was killed by ${outcome.signal ?? 'a signal'}` : `exited with code ${outcome.code}`;
    return done({
      status: 'fail',
      reason: 'exit',
      ...(outcome.code !== null && { exitCode: outcome.code }),
      ...(output && { output }),
      detail: output ? `${how}: ${output}` : how,
    });
  }
  if (check.expect === undefined) return done({ status: 'pass' });

  const match = matchOutput(check.expect, outcome.output);
  if (match === 'slow') {
    return done({
      status: 'fail',
      reason: 'slow-pattern',
      timeoutMs: MATCH_TIMEOUT_MS,
      detail: `matching /${check.expect}/ took over ${seconds(MATCH_TIMEOUT_MS)} s`,
    });
  }
  if (match === 'invalid') return done({ status: 'fail', reason: 'no-match', detail: `invalid expect pattern /${check.expect}/` });
  const version = match?.group;
  if (!match || (check.minVersion !== undefined && version === undefined)) {
    const output = printable(outcome.output);
    const got = output ? `got "${output}"` : 'got no output';
    return done({ status: 'fail', reason: 'no-match', output, detail: `expected output matching /${check.expect}/, ${got}` });
  }
  if (version !== undefined && check.minVersion !== undefined && compareVersions(version, check.minVersion) < 0) {
    return done({ status: 'fail', reason: 'too-old', version, detail: `version ${version} is older than the required ${check.minVersion}` });
  }
  return done({ status: 'pass', ...(version !== undefined && { version, detail: `version ${version}` }) });
}

/** Runs the checks a few at a time; the results come back in input order whatever order they finish in. */
export async function runChecks(targets: { taskId: string; check: SetupCheck }[], options: RunManyOptions = {}): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array(targets.length);
  const limit = Math.max(1, Math.floor(options.concurrency ?? 4));
  let next = 0;
  const worker = async () => {
    while (next < targets.length && options.signal?.aborted !== true) {
      const i = next++;
      const target = targets[i]!;
      const result = await runCheck(target.taskId, target.check, options);
      results[i] = result;
      options.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, targets.length) }, worker));
  return results;
}

/** Every check of the roadmap in roadmap order, or only those of one task (none when the id is unknown). */
export function checksOf(roadmap: Roadmap, taskId?: string): { taskId: string; check: SetupCheck }[] {
  return roadmap.weeks
    .flatMap((w) => w.tasks)
    .filter((t) => taskId === undefined || t.id === taskId)
    .flatMap((t) => (t.checks ?? []).map((check) => ({ taskId: t.id, check })));
}

/**
 * Aborted by Ctrl-C (SIGINT), SIGTERM or SIGHUP while the checks run. The commands run in process groups
 * of their own (so that a timeout can end a command's children too), which the terminal's Ctrl-C does not
 * reach: without this they would outlive roadmap. `dispose` gives the signals back to Node.
 */
export function abortOnSignals(signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']): {
  signal: AbortSignal;
  received: () => NodeJS.Signals | undefined;
  dispose: () => void;
} {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const on = (name: NodeJS.Signals) => {
    received ??= name;
    controller.abort();
  };
  for (const name of signals) process.on(name, on);
  return { signal: controller.signal, received: () => received, dispose: () => signals.forEach((name) => process.off(name, on)) };
}
