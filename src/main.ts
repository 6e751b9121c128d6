// The CLI with every command (dist/main.cjs): what bin/roadmap.js runs for any command but `today`
// (src/today.ts), and what the tests run in-process.

import { commands } from './commands/index.ts';
import { run as runWith, runProcess, type RunIO } from './run.ts';

export { colorLevel, pipeColumns, type RunIO } from './run.ts';

/** Runs roadmap in-process with every command; the exit code. */
export function run(io: Omit<RunIO, 'commands'>): Promise<number> {
  return runWith({ ...io, commands });
}

export function main(): Promise<void> {
  return runProcess(commands);
}
