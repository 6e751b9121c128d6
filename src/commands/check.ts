// roadmap check [<id>] [--mark]: run the setup checks the roadmap attaches to its tooling tasks,
// then offer to mark the passing tasks done (--mark without a terminal).

import type { CheckResult } from '../checks/run.ts';
import { statusOf } from '../core/state.ts';
import type { Deps } from '../deps.ts';
import { RoadmapError, UsageError } from '../errors.ts';
import { markCommand } from './mark.ts';
import { printJson, requireTask, viewContext } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface CheckOptions {
  mark?: boolean;
  json?: boolean;
}

export async function checkCommand(id: string | undefined, options: CheckOptions, deps: Deps): Promise<CheckResult[]> {
  const c = deps.msg.check;
  // Loaded here: running programs (node:child_process) is this command's business only.
  const { checksOf, runChecks } = await import('../checks/run.ts');
  const { passingTasks, renderChecks } = await import('../checks/render.ts');
  const taskId = id === undefined ? undefined : requireTask(deps, id).task.id;
  const targets = checksOf(deps.roadmap, taskId);
  if (targets.length === 0) {
    const withChecks = [...new Set(checksOf(deps.roadmap).map((t) => t.taskId))];
    throw new UsageError(taskId ? c.noChecksFor(taskId, withChecks.join(', ')) : c.noChecks);
  }
  // The checks run the learner's own tools, found on their PATH, never through a shell.
  const results = await runChecks(targets, { env: { ...process.env, ...deps.toolEnv } });
  const state = deps.store.snapshot();
  const passing = passingTasks(results).filter((t) => statusOf(state, t) !== 'done');
  if (options.json) printJson(deps, { results, passing });
  else deps.stdout.write(renderChecks(results, deps.roadmap, viewContext(deps), c.report));

  if (passing.length > 0) {
    let mark = Boolean(options.mark);
    if (!mark && deps.stdinIsTTY && !options.json) mark = await deps.prompts.confirm(c.offerMark(passing.join(', ')), true);
    if (mark) await markCommand('done', passing, { json: options.json }, deps);
    else if (!options.json) deps.stdout.write(`${deps.style.gray(c.markHint)}\n`);
  }
  const failed = results.filter((r) => r.status !== 'pass').length;
  if (failed > 0) throw new RoadmapError(c.failed(failed, results.length));
  return results;
}

export const checkSpec = defineCommand({
  name: 'check',
  help: 'check',
  args: [{ name: '[id]', help: 'id' }],
  options: [{ flags: '--mark', help: 'mark' }, json],
  run: ([id], options: CheckOptions, deps) => checkCommand(id, options, deps),
});
