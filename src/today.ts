// `roadmap today`, the command run every day, as a CLI of its own (dist/today.cjs): the same runner
// (src/run.ts) with that one command, so that its bundle holds half the code of the whole CLI's and its
// start loads, compiles and runs only that (npm run bench). bin/roadmap.js picks it when the command
// word is `today` (src/boot/start.ts); everything else, bare `roadmap` included, runs src/main.ts.

import { todaySpec } from './commands/today.ts';
import { runProcess } from './run.ts';

export function main(): Promise<void> {
  return runProcess([todaySpec]);
}
