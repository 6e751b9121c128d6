// The CLI with every command (dist/main.cjs): what bin/roadmap.js runs for every command but the everyday ones
// (src/direct.ts), for their lines that they hand over, and what the tests run in-process.

import { commanderDispatch } from './cli.ts';
import { commands } from './commands/index.ts';
import { run as runWith, runProcess, type RunIO } from './run.ts';

export { colorLevel, pipeColumns, type RunIO } from './run.ts';

const dispatch = commanderDispatch(commands);

/** Runs roadmap in-process with every command; the exit code. */
export function run(io: Omit<RunIO, 'dispatch'>): Promise<number> {
  return runWith({ ...io, dispatch });
}

export function main(): Promise<void> {
  return runProcess(dispatch);
}
