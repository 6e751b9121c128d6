// roadmap completion bash|zsh|fish, and the hidden --ids / --weeks the scripts call while completing.

import type { Command } from 'commander';
import { allTasks, weekLabel } from '../core/roadmap.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { completionScript, shells, specFromCommander, type Shell } from '../ui/completion.ts';
import { quoteInput } from './shared.ts';
import { defineCommand } from './spec.ts';

/** The hidden flags the completion scripts call: the task ids and week labels of the roadmap in use. */
export interface CompletionOptions {
  ids?: boolean;
  weeks?: boolean;
}

export function completionCommand(shell: string | undefined, options: CompletionOptions, deps: Deps, program: Command): void {
  if (options.ids) {
    deps.stdout.write(
      allTasks(deps.roadmap)
        .map((p) => `${p.task.id}\n`)
        .join(''),
    );
    return;
  }
  if (options.weeks) {
    deps.stdout.write(deps.roadmap.weeks.map((w) => `${weekLabel(w)}\n`).join(''));
    return;
  }
  if (shell === undefined) throw new UsageError(deps.msg.sentences(deps.msg.missingArgument('shell'), deps.msg.seeCommandHelp('completion')));
  if (!(shells as readonly string[]).includes(shell)) throw new UsageError(deps.msg.badShell(quoteInput(shell)));
  deps.stdout.write(completionScript(shell as Shell, specFromCommander(program)));
}

export const completionSpec = defineCommand({
  name: 'completion',
  help: 'completion',
  args: [{ name: '[shell]', help: () => 'bash | zsh | fish' }],
  options: [
    { flags: '--ids', hidden: true },
    { flags: '--weeks', hidden: true },
  ],
  run: ([shell], options: CompletionOptions, deps, { program }) => completionCommand(shell, options, deps, program),
});
