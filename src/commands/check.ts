// roadmap check [<id>] [--mark] [--trust]: run the setup checks the roadmap attaches to its tasks, then
// offer to mark the passing setup tasks done (--mark without a terminal).
//
// The bundled roadmap's checks are ours and run as they are. A custom roadmap's checks are commands
// someone else wrote: they are taken from the file's bytes as they are now, shown, and run only once the
// user agreed at a terminal prompt, or said --trust; the agreement is kept for the SHA-256 of those bytes
// (store/trust.ts), so any edit of the file asks again.
//
// Which tasks may be marked: only those the roadmap marks `"setup": true`, a task whose whole work is
// installing a tool. A passing check shows that a tool is installed, which finishes such a task and no
// other: "Python basics" carries a Python version check, and six hours of study are not done because
// python3 runs. A rule read from the checks (say, "all its checks are version checks") cannot tell the
// two apart: every check of the bundled roadmap is a version check, on a learning task. So the roadmap says.

import type { CheckResult } from '../checks/run.ts';
import { visible } from '../core/escape.ts';
import { allTasks } from '../core/roadmap.ts';
import { statusOf } from '../core/state.ts';
import type { Roadmap } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { CancelledError, RoadmapError, StoreError, UsageError } from '../errors.ts';
import { MAX_ROADMAP_BYTES } from '../roadmaps/active.ts';
import { readRegular } from '../store/durable.ts';
import { sha256Hex } from '../store/hash.ts';
import { readProblem } from '../store/problems.ts';
import { trustStore } from '../store/trust.ts';
import { markCommand } from './mark.ts';
import { printJson, requireTask, viewContext } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface CheckOptions {
  mark?: boolean;
  json?: boolean;
  trust?: boolean;
}

/** A custom roadmap as its file is now: the checks that run are the ones the hash is of. */
interface CustomFile {
  file: string;
  sha256: string;
  roadmap: Roadmap;
}

async function readCustom(file: string, deps: Deps): Promise<CustomFile> {
  let bytes: Buffer | null;
  try {
    bytes = readRegular(file, MAX_ROADMAP_BYTES);
  } catch (error) {
    throw readProblem(file, error);
  }
  if (bytes === null) throw new RoadmapError(deps.msg.use.unreadable(file, 'ENOENT'));
  const { parseRoadmapText } = await import('../roadmaps/validate.ts');
  const { roadmap, problems } = parseRoadmapText(bytes.toString('utf8'), file);
  if (!roadmap || problems.length > 0) throw new RoadmapError(deps.msg.use.nowInvalid(file, problems[0] ?? '', problems.length));
  if (roadmap.id !== deps.roadmap.id) throw new RoadmapError(deps.msg.use.idChanged(file, deps.roadmap.id, roadmap.id));
  return { file, sha256: sha256Hex(bytes), roadmap };
}

/** Whether the user agrees to run the checks of this version of the file: asked once, remembered by its hash. */
async function agreed(custom: CustomFile, options: CheckOptions, deps: Deps): Promise<boolean> {
  const c = deps.msg.check;
  const trust = trustStore(deps.home);
  if (trust.has(custom.sha256)) return true;
  const file = visible(custom.file, 300);
  if (options.trust) deps.stderr.write(`${c.trusted(file)}\n`);
  else {
    // No terminal (or --json, whose output a question would break): say how, and run nothing.
    if (!deps.stdinIsTTY || options.json) throw new UsageError(c.untrusted(file));
    const { checksOf } = await import('../checks/run.ts');
    const { renderCommands } = await import('../checks/render.ts');
    const all = checksOf(custom.roadmap);
    deps.stdout.write(`${c.consentIntro(file, all.length)}\n${renderCommands(all, viewContext(deps), c)}`);
    if (!(await deps.prompts.confirm(c.consentAsk, false))) {
      deps.stdout.write(`${c.notRun}\n`);
      return false;
    }
  }
  try {
    await trust.add(custom.sha256, custom.file, deps.now());
  } catch (error) {
    deps.stderr.write(
      `${c.cannotRemember(visible(trust.path, 300), error instanceof StoreError ? error.text(deps.msg) : ((error as NodeJS.ErrnoException).code ?? (error as Error).message))}\n`,
    );
  }
  return true;
}

export async function checkCommand(id: string | undefined, options: CheckOptions, deps: Deps): Promise<CheckResult[]> {
  const c = deps.msg.check;
  // Loaded here: running programs (node:child_process) is this command's business only.
  const { abortOnSignals, checksOf, runChecks } = await import('../checks/run.ts');
  const { passingTasks, renderChecks } = await import('../checks/render.ts');
  const taskId = id === undefined ? undefined : requireTask(deps, id).task.id;
  const custom = deps.roadmapFile === undefined ? undefined : await readCustom(deps.roadmapFile, deps);
  const roadmap = custom?.roadmap ?? deps.roadmap;
  const targets = checksOf(roadmap, taskId);
  if (targets.length === 0) {
    const withChecks = [...new Set(checksOf(roadmap).map((t) => t.taskId))];
    throw new UsageError(taskId ? c.noChecksFor(taskId, withChecks.join(', ')) : c.noChecks);
  }
  if (custom && !(await agreed(custom, options, deps))) return [];

  // The checks run the learner's own tools, found on their PATH, never through a shell.
  const stop = abortOnSignals();
  let results: CheckResult[];
  try {
    results = await runChecks(targets, { env: { ...process.env, ...deps.toolEnv }, signal: stop.signal });
  } finally {
    stop.dispose();
  }
  if (stop.received()) throw new CancelledError((m) => m.check.stopped);

  const state = deps.store.snapshot();
  const setup = new Set(
    allTasks(roadmap)
      .filter((p) => p.task.setup === true)
      .map((p) => p.task.id),
  );
  const passing = passingTasks(results).filter((t) => statusOf(state, t) !== 'done');
  const markable = passing.filter((t) => setup.has(t));
  if (options.json) printJson(deps, { results, passing, markable });
  else deps.stdout.write(renderChecks(results, roadmap, viewContext(deps), c.report));

  if (markable.length > 0) {
    let mark = Boolean(options.mark);
    // Marking is the exception (the task is finished), so the question defaults to No.
    if (!mark && deps.stdinIsTTY && !options.json) mark = await deps.prompts.confirm(c.offerMark(markable.join(', ')), false);
    if (mark) await markCommand('done', markable, { json: options.json }, deps);
    else if (!options.json) deps.stdout.write(`${deps.style.gray(c.markHint)}\n`);
  }
  const learning = passing.filter((t) => !setup.has(t));
  if (options.mark && learning.length > 0 && !options.json) deps.stdout.write(`${deps.style.gray(c.learningNotMarked(learning.join(', ')))}\n`);
  const failed = results.filter((r) => r.status !== 'pass').length;
  if (failed > 0) throw new RoadmapError(c.failed(failed, results.length));
  return results;
}

export const checkSpec = defineCommand({
  name: 'check',
  help: 'check',
  args: [{ name: '[id]', help: 'id' }],
  options: [{ flags: '--mark', help: 'mark' }, { flags: '--trust', help: 'trust' }, json],
  run: ([id], options: CheckOptions, deps) => checkCommand(id, options, deps),
});
