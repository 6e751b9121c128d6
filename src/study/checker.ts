// Runs an exercise checker (python3 check.py DIR --lang L): an argument vector, never a shell, in a process
// group of its own with a time limit. On the time limit, or Ctrl-C / SIGTERM / SIGHUP (which the terminal
// does not send to another group), the whole group is ended, so no Python process outlives roadmap.

import { builtin } from '../builtin.ts';
import type { ChildProcess } from 'node:child_process';

/** node:child_process, loaded when a checker runs: every command bundles this file, and only verify spawns. */
const childProcess = () => builtin('node:child_process');

export interface CheckerRun {
  /** The program could not be started (ENOENT: python3 is not installed). */
  error?: NodeJS.ErrnoException;
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The signal roadmap received while it ran (then the checker was ended). */
  interrupted?: NodeJS.Signals;
}

/** Output kept from a checker: far more than any report, and bounded whatever the learner's code prints. */
const OUTPUT_CAP = 1024 * 1024;
const KILL_GRACE_MS = 2_000;
const POSIX = process.platform !== 'win32';

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (POSIX) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // ESRCH: already gone.
  }
}

export function runChecker(argv: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<CheckerRun> {
  const [program, ...args] = argv as [string, ...string[]];
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const keep = (into: Buffer[]) => (chunk: Buffer) => {
      if (size >= OUTPUT_CAP) return;
      into.push(chunk.subarray(0, OUTPUT_CAP - size));
      size += chunk.length;
    };
    let timedOut = false;
    let interrupted: NodeJS.Signals | undefined;
    let child: ChildProcess;
    try {
      child = childProcess().spawn(program, args, {
        cwd: options.cwd,
        env: options.env,
        shell: false,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: POSIX,
        windowsHide: true,
      });
    } catch (error) {
      resolve({ error: error as NodeJS.ErrnoException, code: null, stdout: '', stderr: '', timedOut });
      return;
    }
    const timers: NodeJS.Timeout[] = [];
    const end = () => {
      killGroup(child, 'SIGTERM');
      timers.push(setTimeout(() => killGroup(child, 'SIGKILL'), KILL_GRACE_MS));
    };
    const onSignal = (signal: NodeJS.Signals) => {
      interrupted ??= signal;
      end();
    };
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const s of signals) process.on(s, onSignal);
    timers.push(
      setTimeout(() => {
        timedOut = true;
        end();
      }, options.timeoutMs),
    );
    let settled = false;
    const finish = (error?: NodeJS.ErrnoException, code: number | null = null) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      for (const s of signals) process.off(s, onSignal);
      // Whatever the checker left running in its group goes with it.
      if (!error) killGroup(child, 'SIGKILL');
      resolve({ error, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut, interrupted });
    };
    child.stdout?.on('data', keep(out));
    child.stderr?.on('data', keep(err));
    child.on('error', (error) => finish(error));
    child.on('close', (code) => finish(undefined, code));
  });
}
