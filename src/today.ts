// `roadmap today`, the command run every day, as a CLI of its own (dist/today.cjs): the same runner
// (src/run.ts) with that one command and without commander, so that its bundle holds a third of the whole
// CLI's code and its start loads, compiles and runs only that (npm run bench). bin/roadmap.js picks it for a
// line that todayLine (src/cli-args.ts) reads: plain `today` and its options; anything else, help and
// mistakes included, runs the whole CLI (src/main.ts), and a test runs both on the same lines.

import { todayLine } from './cli-args.ts';
import { todayCommand } from './commands/today.ts';
import type { OutlineDeps } from './deps.ts';
import { EXIT } from './errors.ts';
import { run as runWith, runProcess, type Dispatch, type RunIO } from './run.ts';

const dispatch: Dispatch = async ({ args, deps }) => {
  const line = todayLine(args);
  // The loader runs this bundle only for such a line (src/boot/start.ts).
  if (line === undefined) throw new Error(`not a line today's bundle runs: ${args.join(' ')}`);
  await todayCommand(line, (await deps('outline')) as OutlineDeps);
  return EXIT.ok;
};

/** Runs a `roadmap today` line in-process, as dist/today.cjs does; the exit code. */
export function run(io: Omit<RunIO, 'dispatch'>): Promise<number> {
  return runWith({ ...io, dispatch });
}

export function main(): Promise<void> {
  return runProcess(dispatch);
}
