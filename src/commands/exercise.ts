// roadmap exercise <id> [--dir D] [--force] [--solution [--yes]] and roadmap verify <id> [--dir D] [--no-mark]:
// rustlings-style exercises for hands-on tasks. `exercise` copies the task's folder (without its solutions)
// for the learner; `verify` runs its checker on that folder and marks the task done when everything passes.

import fs from 'node:fs';
import path from 'node:path';
import { visible } from '../core/escape.ts';
import type { Deps } from '../deps.ts';
import { CancelledError, RoadmapError, UsageError } from '../errors.ts';
import { writeWhole } from '../store/durable.ts';
import { writeProblem } from '../store/problems.ts';
import { runChecker } from '../study/checker.ts';
import { exerciseFiles, exerciseIndex, exerciseOf, shippedFile, type ExerciseEntry } from '../study/exercises.ts';
import { markCommand } from './mark.ts';
import { printJson, quoteInput, requireTask } from './shared.ts';
import { defineCommand, json } from './spec.ts';

/** Long enough for `import torch` and one epoch over the toy images on a slow laptop. */
export const CHECKER_TIMEOUT_MS = 300_000;

function requireExercise(deps: Deps, id: string): ExerciseEntry {
  const { task } = requireTask(deps, id);
  const entry = exerciseOf(task.id);
  if (!entry)
    throw new UsageError(
      deps.msg.study.exercise.none(
        task.id,
        exerciseIndex()
          .map((e) => e.task)
          .join(', '),
      ),
    );
  return entry;
}

const folderOf = (entry: ExerciseEntry, dir: string | undefined) => path.resolve(dir ?? path.join('roadmap-exercises', entry.task));

/** Copies shipped files whole into `dir` (durable.ts: each file whole or not at all), 0644 like any file the learner edits. */
function copyInto(dir: string, files: { name: string; from: string }[]): void {
  for (const { name, from } of files) {
    const target = path.join(dir, ...name.split('/'));
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      writeWhole(target, fs.readFileSync(from), { mode: 0o644 });
    } catch (error) {
      throw writeProblem(target, error);
    }
  }
}

export interface ExerciseOptions {
  dir?: string;
  force?: boolean;
  solution?: boolean;
  yes?: boolean;
}

export async function exerciseCommand(id: string, options: ExerciseOptions, deps: Deps): Promise<{ dir: string; files: number } | null> {
  const entry = requireExercise(deps, id);
  const dir = folderOf(entry, options.dir);
  const m = deps.msg.study.exercise;
  if (options.solution) {
    const target = path.join(dir, 'solutions');
    if (!options.yes) {
      if (!deps.stdinIsTTY) throw new UsageError(m.solutionNeedsYes);
      if (!(await deps.prompts.confirm(m.solutionAsk(target), false))) {
        deps.stdout.write(`${m.notWritten}\n`);
        return null;
      }
    }
    copyInto(
      dir,
      entry.solutions.map((name) => ({ name, from: shippedFile(entry, name) })),
    );
    deps.stdout.write(`${m.solutionsWritten(target, entry.solutions.length)}\n`);
    return { dir: target, files: entry.solutions.length };
  }
  if (fs.existsSync(dir) && !options.force) throw new UsageError(m.exists(quoteInput(dir)));
  const files = exerciseFiles(entry, deps.lang);
  copyInto(dir, files);
  const next = `roadmap verify ${entry.task}${options.dir === undefined ? '' : ` --dir ${quoteInput(options.dir)}`}`;
  deps.stdout.write(`${m.written(dir, files.length, next)}\n`);
  return { dir, files: files.length };
}

export interface VerifyOptions {
  dir?: string;
  mark: boolean;
  json?: boolean;
}

export interface VerifyResult {
  passed: number;
  failed: number;
  total: number;
  failing: string[];
  marked: boolean;
}

/** The checker's last line: {"passed", "failed", "total", "failing"}. */
function summaryOf(stdout: string): Omit<VerifyResult, 'marked'> | undefined {
  const last = stdout.trimEnd().split('\n').at(-1) ?? '';
  try {
    const data = JSON.parse(last) as Record<string, unknown>;
    if ([data.passed, data.failed, data.total].every((n) => Number.isSafeInteger(n)) && Array.isArray(data.failing))
      return { passed: data.passed as number, failed: data.failed as number, total: data.total as number, failing: data.failing.map(String) };
  } catch {
    // Not the checker's summary: reported as a broken run below.
  }
  return undefined;
}

/** The checker's report without its summary line; anything the learner's code printed is shown, never obeyed. */
const reportOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .slice(0, -1)
    .map((line) => visible(line, 4000))
    .join('\n');

export async function verifyCommand(id: string, options: VerifyOptions, deps: Deps): Promise<VerifyResult> {
  const entry = requireExercise(deps, id);
  const dir = folderOf(entry, options.dir);
  const v = deps.msg.study.verify;
  if (!fs.existsSync(dir)) throw new UsageError(v.noFolder(quoteInput(dir), entry.task));
  // The shipped checker and tests, run on the learner's folder: editing the copy's tests cannot make it pass.
  const [program = 'python3', checker = 'check.py'] = entry.checker;
  const run = await runChecker([program, shippedFile(entry, checker), dir, '--lang', deps.lang], {
    cwd: dir,
    env: { ...process.env, ...deps.toolEnv, PYTHONDONTWRITEBYTECODE: '1' },
    timeoutMs: CHECKER_TIMEOUT_MS,
  });
  if (run.interrupted) throw new CancelledError((m) => m.prompts.cancelled);
  if (run.error) throw new RoadmapError(run.error.code === 'ENOENT' ? v.noPython : v.broken(run.error.code ?? '?', visible(run.error.message, 200)));
  if (run.timedOut) throw new RoadmapError(v.timedOut(CHECKER_TIMEOUT_MS / 1000));
  // Exit 3: a package is missing; the checker said how to install it, in one line.
  if (run.code === 3) throw new RoadmapError(visible(run.stderr.trim().split('\n').at(-1) ?? '', 1000));
  const summary = run.code === 0 || run.code === 1 ? summaryOf(run.stdout) : undefined;
  if (!summary) throw new RoadmapError(v.broken(String(run.code), visible(run.stderr.trim().split('\n').at(-1) ?? '', 300)));
  const passed = run.code === 0 && summary.failed === 0;
  const mark = passed && options.mark;
  if (options.json) printJson(deps, { ...summary, marked: mark });
  else deps.stdout.write(`${reportOf(run.stdout)}\n`);
  if (!passed) throw new RoadmapError(v.failed(summary.failed, summary.total));
  if (!options.json) deps.stdout.write(`${deps.style.green(v.passed(summary.total))}\n`);
  // --json prints the result above only: markCommand's own line is for the terminal.
  if (mark) await markCommand('done', [entry.task], {}, options.json ? { ...deps, stdout: { write: () => {} } } : deps);
  else if (!options.json) deps.stdout.write(`${v.notMarked}\n`);
  return { ...summary, marked: mark };
}

const dirOption = { flags: '--dir <dir>', help: 'exerciseDir' } as const;

export const exerciseSpec = defineCommand({
  name: 'exercise',
  help: 'exercise',
  args: [{ name: '<id>', help: 'id' }],
  options: [dirOption, { flags: '--force', help: 'forceExercise' }, { flags: '--solution', help: 'solution' }, { flags: '-y, --yes', help: 'yes' }],
  run: ([id], options: ExerciseOptions, deps) => exerciseCommand(id, options, deps),
});

export const verifySpec = defineCommand({
  name: 'verify',
  help: 'verify',
  args: [{ name: '<id>', help: 'id' }],
  options: [dirOption, { flags: '--no-mark', help: 'noMark' }, json],
  run: ([id], options: VerifyOptions, deps) => verifyCommand(id, options, deps),
});
