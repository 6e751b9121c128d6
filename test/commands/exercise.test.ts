// roadmap exercise and roadmap verify, in process, with the checkers run for real by python3 (numpy/pandas
// from /usr/bin/python3 when the python3 on PATH lacks them; skipped with a printed reason only when none has them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import index from '../../data/exercises/index.json' with { type: 'json' };
import { exerciseCommand, verifyCommand } from '../../src/commands/exercise.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { RoadmapError, UsageError } from '../../src/errors.ts';
import { runChecker } from '../../src/study/checker.ts';
import { fakeDeps } from '../helpers.ts';

const bundled = roadmapJson as Roadmap;
const EXERCISES = path.resolve(import.meta.dirname, '../../data/exercises');
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-exercise-'));
const entry = (task: string) => index.exercises.find((e) => e.task === task)!;
const listing = (dir: string) => fs.readdirSync(dir).sort();

/** A PATH whose python3 can import these modules, or undefined. */
function pythonWith(modules: string[]): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin']) {
    const python = path.join(dir, 'python3');
    if (!fs.existsSync(python)) continue;
    if (spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ') || 'pass']).status === 0) return `${dir}${path.delimiter}${process.env.PATH}`;
  }
  return undefined;
}

/** A folder on PATH holding a fake python3 that runs `script` (a shell script). */
function fakePython(script: string): string {
  const dir = temp();
  fs.writeFileSync(path.join(dir, 'python3'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return dir;
}

describe('roadmap exercise', () => {
  it('writes the exercise folder without its solutions, the README in the interface language', async () => {
    const dir = path.join(temp(), 'ex');
    const f = fakeDeps({ roadmap: bundled, lang: 'zh' });
    await exerciseCommand('w1-python-exercise', { dir }, f.deps);
    const e = entry('w1-python-exercise');
    expect(listing(dir)).toEqual([...e.exercises, ...e.support, ...e.checkerFiles, 'README.md'].sort());
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(fs.readFileSync(path.join(EXERCISES, e.folder, e.readme.zh), 'utf8'));
    expect(fs.readFileSync(path.join(dir, '01_strings.py'), 'utf8')).toBe(fs.readFileSync(path.join(EXERCISES, e.folder, '01_strings.py'), 'utf8'));
    expect(f.stdout()).toContain(`已把 14 个文件写到 ${dir}`);
  });

  it('copies every file of each shipped folder but its solutions and the other README', () => {
    for (const e of index.exercises) {
      const shipped = listing(path.join(EXERCISES, e.folder)).filter((name) => name !== 'solutions' && name !== '__pycache__');
      expect([...e.exercises, ...e.support, ...e.checkerFiles, e.readme.zh, e.readme.en].sort(), e.task).toEqual(shipped);
    }
  });

  it('refuses to write over an existing folder without --force', async () => {
    const dir = path.join(temp(), 'ex');
    const f = fakeDeps({ roadmap: bundled });
    await exerciseCommand('w3-titanic', { dir }, f.deps);
    fs.writeFileSync(path.join(dir, 'mine.txt'), 'my work');
    const readme = path.join(dir, 'README.md');
    fs.writeFileSync(readme, 'edited');
    await expect(exerciseCommand('w3-titanic', { dir }, f.deps)).rejects.toBeInstanceOf(UsageError);
    expect(fs.readFileSync(readme, 'utf8')).toBe('edited');
    await exerciseCommand('w3-titanic', { dir, force: true }, f.deps);
    expect(fs.readFileSync(readme, 'utf8')).not.toBe('edited');
    expect(fs.readFileSync(path.join(dir, 'mine.txt'), 'utf8')).toBe('my work');
  });

  it('says which tasks have exercises', async () => {
    const f = fakeDeps({ roadmap: bundled });
    await expect(exerciseCommand('w6-resnet', {}, f.deps)).rejects.toThrow(
      'w6-resnet has no exercise folder; the tasks with one: w1-python-exercise, w2-data-exercise, w3-titanic, w4-dataloader.',
    );
  });

  it("--solution asks first (--yes without a terminal), then writes solutions/ with the exercise files' names", async () => {
    const dir = path.join(temp(), 'ex');
    const e = entry('w1-python-exercise');
    const f = fakeDeps({ roadmap: bundled });
    await expect(exerciseCommand(e.task, { dir, solution: true }, f.deps)).rejects.toThrow(/--yes/);
    const no = fakeDeps({ roadmap: bundled, stdinIsTTY: true, confirm: false });
    await exerciseCommand(e.task, { dir, solution: true }, no.deps);
    expect(fs.existsSync(path.join(dir, 'solutions'))).toBe(false);
    expect(no.stdout()).toBe('Nothing was written.\n');
    const yes = fakeDeps({ roadmap: bundled, stdinIsTTY: true, confirm: true });
    await exerciseCommand(e.task, { dir, solution: true }, yes.deps);
    expect(listing(path.join(dir, 'solutions'))).toEqual(e.exercises.slice().sort());
    expect(yes.asked[0]).toBe(`Write the reference solutions into ${path.join(dir, 'solutions')}? (Try the exercises yourself first.)`);
  });
});

describe('roadmap verify', () => {
  it('shows which exercises fail and why, exits 1, and marks nothing', async () => {
    const dir = path.join(temp(), 'ex');
    const f = fakeDeps({ roadmap: bundled });
    await exerciseCommand('w1-python-exercise', { dir }, f.deps);
    const error = await verifyCommand('w1-python-exercise', { dir, mark: true }, f.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).exitCode).toBe(1);
    expect((error as Error).message).toBe('10 of 10 exercises do not pass yet.');
    expect(f.stdout()).toContain('✗ 01_strings\n    01_strings.py line 12: shout() is not done yet');
    expect(f.stdout()).toContain('hint: Strings have methods');
    expect(f.store.state.progress).toEqual({});
  });

  it('passes with the solutions copied over, marks the task done (its questions become cards); --no-mark only checks', async () => {
    const dir = path.join(temp(), 'ex');
    const f = fakeDeps({ roadmap: bundled, stdinIsTTY: true, confirm: true });
    await exerciseCommand('w1-python-exercise', { dir }, f.deps);
    await exerciseCommand('w1-python-exercise', { dir, solution: true }, f.deps);
    for (const name of fs.readdirSync(path.join(dir, 'solutions'))) fs.copyFileSync(path.join(dir, 'solutions', name), path.join(dir, name));
    const only = fakeDeps({ roadmap: bundled });
    expect(await verifyCommand('w1-python-exercise', { dir, mark: false, json: true }, only.deps)).toMatchObject({ passed: 10, failed: 0, marked: false });
    expect(JSON.parse(only.stdout())).toEqual({ passed: 10, failed: 0, total: 10, failing: [], marked: false });
    expect(only.store.state.progress).toEqual({});
    await verifyCommand('w1-python-exercise', { dir, mark: true }, f.deps);
    expect(f.stdout()).toContain('All 10 exercises pass.\nDone: w1-python-exercise\n');
    expect(f.store.state.progress['w1-python-exercise']?.status).toBe('done');
    expect(Object.keys(f.store.state.cards ?? {}).length).toBeGreaterThanOrEqual(3);
  });

  it("a missing package: the checker's install line, exit 1, no stack trace", async () => {
    const dir = temp();
    const bin = fakePython(
      'echo "Install numpy: python3 -m pip install numpy" >&2; echo \'{"passed": 0, "failed": 0, "total": 6, "failing": [], "missing": ["numpy"]}\'; exit 3',
    );
    const f = fakeDeps({ roadmap: bundled });
    f.deps.toolEnv = { PATH: bin };
    const error = await verifyCommand('w2-data-exercise', { dir, mark: true }, f.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).exitCode).toBe(1);
    expect((error as Error).message).toBe('Install numpy: python3 -m pip install numpy');
  });

  it('python3 missing: one clear line, exit 1', async () => {
    const f = fakeDeps({ roadmap: bundled });
    f.deps.toolEnv = { PATH: temp() };
    await expect(verifyCommand('w3-titanic', { dir: temp(), mark: true }, f.deps)).rejects.toThrow(/^python3 was not found: install Python 3/);
  });

  it('no folder yet: says how to write one (exit 2)', async () => {
    const f = fakeDeps({ roadmap: bundled });
    await expect(verifyCommand('w3-titanic', { dir: path.join(temp(), 'none'), mark: true }, f.deps)).rejects.toThrow(/roadmap exercise w3-titanic writes one/);
  });

  it('the numpy/pandas exercise, for real: the scaffold fails, the solutions pass', async () => {
    const PATH = pythonWith(['numpy', 'pandas']);
    if (!PATH) {
      console.log('skipped: no python3 here can import numpy and pandas');
      return;
    }
    const dir = path.join(temp(), 'ex');
    const f = fakeDeps({ roadmap: bundled, lang: 'zh' });
    f.deps.toolEnv = { PATH };
    await exerciseCommand('w2-data-exercise', { dir }, f.deps);
    await expect(verifyCommand('w2-data-exercise', { dir, mark: true }, f.deps)).rejects.toThrow('6 道练习中还有 6 道没有通过。');
    for (const name of entry('w2-data-exercise').exercises) fs.copyFileSync(path.join(EXERCISES, 'w2-data-exercise', 'solutions', name), path.join(dir, name));
    expect(await verifyCommand('w2-data-exercise', { dir, mark: true }, f.deps)).toMatchObject({ passed: 6, marked: true });
  });
});

describe('the checker runner', () => {
  it('ends the whole process group on its time limit', async () => {
    const marker = path.join(temp(), 'child.pid');
    const started = Date.now();
    const run = await runChecker(['sh', '-c', `sleep 30 & echo $! > ${marker}; sleep 30`], { cwd: temp(), env: process.env, timeoutMs: 300 });
    expect(run.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    const pid = Number(fs.readFileSync(marker, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    // Gone, or a zombie waiting for whoever adopted it to reap it: either way it no longer runs.
    const state = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] : 'gone';
    if (state !== 'gone') expect(state).toBe('Z');
    else expect(() => process.kill(pid, 0)).toThrow();
  });
});
