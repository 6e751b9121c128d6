// The exercise folders (data/exercises), run for real with python3: each scaffold fails and names every exercise,
// the reference solutions pass, and a missing package (numpy, pandas, torch) gives exit 3 with one install line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import index from '../data/exercises/index.json' with { type: 'json' };

interface Entry {
  task: string;
  folder: string;
  exercises: string[];
  solutions: string[];
  support: string[];
  checkerFiles: string[];
  readme: { zh: string; en: string };
  checker: string[];
  requires: string[];
}

interface Report {
  passed: number;
  failed: number;
  total: number;
  failing: string[];
  missing?: string[];
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  report: Report | undefined;
}

const ROOT = path.resolve(import.meta.dirname, '../data/exercises');
const entries = index.exercises as Entry[];
const EXIT = index.exitCodes;
const RUN_TIMEOUT_MS = 120_000;
const SLOW = 300_000;

/** The interpreters to try, in order: Debian's python3-numpy and python3-pandas install for /usr/bin/python3. */
const CANDIDATES = ['/usr/bin/python3', 'python3'];

function probe(python: string, code: string, env: Record<string, string> = {}): boolean {
  const result = spawnSync(python, ['-c', code], { encoding: 'utf8', timeout: 60_000, env: cleanEnv(env) });
  return result.status === 0;
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // One locale for every run (the checker picks its language from it); no PYTHONPATH from outside.
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8', PYTHONIOENCODING: 'utf-8', ...extra };
  if (!('PYTHONPATH' in extra)) delete env.PYTHONPATH;
  delete env.PYTHONDONTWRITEBYTECODE;
  return env;
}

const pythons = CANDIDATES.filter((p) => probe(p, 'import sys; sys.exit(0 if sys.version_info >= (3, 8) else 1)'));
const canImport = (python: string, packages: string[], env: Record<string, string> = {}) =>
  packages.length === 0 || probe(python, packages.map((p) => `import ${p}`).join('; '), env);
/** The required packages that cannot be imported, in the order the checker reports them. */
const missingFor = (python: string, requires: string[], env: Record<string, string> = {}) => requires.filter((p) => !canImport(python, [p], env));
/** The first interpreter that can import every package, or undefined. */
const pythonWith = (packages: string[]) => pythons.find((p) => canImport(p, packages));
/** An interpreter that cannot import the package, if there is one here. */
const pythonWithout = (pkg: string) => pythons.find((p) => !canImport(p, [pkg]));

const temps: string[] = [];
function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `roadmap-exercises-${label}-`));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of an exercise folder, as `roadmap exercise` would write it. */
function copyFolder(entry: Entry): string {
  const dir = path.join(tempDir(entry.task), entry.folder);
  fs.cpSync(path.join(ROOT, entry.folder), dir, { recursive: true });
  return dir;
}

function copySolutions(dir: string, names: string[]): void {
  for (const name of names) fs.copyFileSync(path.join(dir, 'solutions', name), path.join(dir, name));
}

function runChecker(python: string, entry: Entry, cwd: string, args: string[] = [], env: Record<string, string> = {}): Run {
  const [, ...checkerArgs] = entry.checker; // the index says python3; run the interpreter found here
  const result = spawnSync(python, [...checkerArgs, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    env: cleanEnv(env),
  });
  if (result.error) throw result.error;
  const lines = result.stdout.trim().split('\n');
  let report: Report | undefined;
  try {
    report = JSON.parse(lines[lines.length - 1] ?? '') as Report;
  } catch {
    report = undefined;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, report };
}

const names = (entry: Entry) => entry.exercises.map((f) => f.replace(/\.py$/, ''));

/** A folder on PYTHONPATH whose package `pkg` fails to import, as a missing install does. */
function shadowing(pkg: string): string {
  const dir = tempDir(`shadow-${pkg}`);
  fs.mkdirSync(path.join(dir, pkg));
  fs.writeFileSync(path.join(dir, pkg, '__init__.py'), `raise ModuleNotFoundError("No module named '${pkg}'", name=${JSON.stringify(pkg)})\n`);
  return dir;
}

function expectInstallLine(run: Run, entry: Entry, missing: string[]): void {
  expect(run.status, run.stdout + run.stderr).toBe(EXIT.missingPackage);
  expect(run.stdout + run.stderr).not.toContain('Traceback');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  if (missing.includes('torch')) expect(lines[0]).toMatch(/install PyTorch/);
  else for (const pkg of missing) expect(lines[0]).toContain(pkg);
  expect(run.stdout.trim().split('\n')).toHaveLength(1); // only the JSON line
  expect(run.report).toEqual({ passed: 0, failed: 0, total: entry.exercises.length, failing: [], missing });
}

if (pythons.length === 0) {
  console.warn(`exercises: no Python 3.8+ found (tried ${CANDIDATES.join(', ')}): the exercise checks are skipped`);
}

describe('data/exercises/index.json', () => {
  it('lists the four exercise tasks of issue #15, each with its checker and packages', () => {
    expect(entries.map((e) => [e.task, e.requires])).toEqual([
      ['w1-python-exercise', []],
      ['w2-data-exercise', ['numpy', 'pandas']],
      ['w3-titanic', []],
      ['w4-dataloader', ['torch']],
    ]);
    for (const entry of entries) expect(entry.checker).toEqual(['python3', 'check.py']);
    expect(EXIT).toEqual({ passed: 0, failed: 1, usage: 2, missingPackage: 3 });
    expect(entries[0]!.exercises.length).toBeGreaterThanOrEqual(8);
    expect(entries[0]!.exercises.length).toBeLessThanOrEqual(12);
  });

  it('matches the folders file for file; every exercise has a solution of the same name; one shared check.py', () => {
    const sharedChecker = fs.readFileSync(path.join(ROOT, entries[0]!.folder, 'check.py'), 'utf8');
    for (const entry of entries) {
      const dir = path.join(ROOT, entry.folder);
      const listed = [...entry.exercises, ...entry.support, ...entry.checkerFiles, entry.readme.zh, entry.readme.en].sort();
      const files = fs
        .readdirSync(dir)
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
        .sort();
      expect(files, entry.task).toEqual(listed);
      expect(
        fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isDirectory()),
        entry.task,
      ).toEqual(['solutions']);
      expect(fs.readdirSync(path.join(dir, 'solutions')).sort(), entry.task).toEqual([...entry.exercises].sort());
      expect(entry.solutions).toEqual(entry.exercises.map((f) => `solutions/${f}`));
      expect(fs.readFileSync(path.join(dir, 'check.py'), 'utf8'), `${entry.task}/check.py`).toBe(sharedChecker);
      for (const file of entry.exercises) {
        expect(fs.readFileSync(path.join(dir, file), 'utf8'), `${entry.task}/${file}`).toContain('TODO');
      }
    }
  });
});

for (const entry of entries) {
  describe(`exercises for ${entry.task}`, () => {
    const python = pythonWith(entry.requires);
    const skipReason =
      pythons.length === 0
        ? 'no Python 3.8+'
        : python === undefined
          ? `no Python here can import ${entry.requires.join(', ')} (tried ${CANDIDATES.join(', ')})`
          : undefined;
    if (skipReason && pythons.length > 0) {
      const advice = entry.requires.includes('torch')
        ? 'PyTorch is not installed; its install message is still checked below'
        : 'on Debian: apt-get install python3-numpy python3-pandas';
      console.warn(`exercises for ${entry.task}: scaffold and solution runs skipped: ${skipReason}; ${advice}`);
    }
    const withPython = it.skipIf(skipReason !== undefined);

    withPython('as shipped, every exercise fails, each named with its check and a hint (exit 1)', { timeout: SLOW }, () => {
      const dir = copyFolder(entry);
      const run = runChecker(python!, entry, dir);
      expect(run.status, run.stdout + run.stderr).toBe(EXIT.failed);
      expect(run.report).toEqual({ passed: 0, failed: entry.exercises.length, total: entry.exercises.length, failing: names(entry) });
      expect(run.stdout + run.stderr).not.toContain('Traceback');
      for (const name of names(entry)) expect(run.stdout).toContain(`\u2717 ${name}\n`);
      expect(run.stdout.match(/^ {4}hint: /gm)).toHaveLength(entry.exercises.length);
    });

    withPython('with the solutions copied over the exercises, everything passes (exit 0)', { timeout: SLOW }, () => {
      const dir = copyFolder(entry);
      copySolutions(dir, entry.exercises);
      const run = runChecker(python!, entry, dir);
      expect(run.status, run.stdout + run.stderr).toBe(EXIT.passed);
      expect(run.report).toEqual({ passed: entry.exercises.length, failed: 0, total: entry.exercises.length, failing: [] });
    });

    withPython('each solution makes its own exercise pass, and only that one', { timeout: SLOW }, () => {
      for (const [i, file] of entry.exercises.entries()) {
        const dir = copyFolder(entry);
        copySolutions(dir, [file]);
        const run = runChecker(python!, entry, dir);
        expect(run.status, file).toBe(EXIT.failed);
        expect(run.report?.failing, file).toEqual(names(entry).filter((_, j) => j !== i));
      }
    });

    withPython('checks a folder named on the command line, in Chinese on request, and leaves no bytecode behind', { timeout: SLOW }, () => {
      const checkerDir = copyFolder(entry);
      const learnerDir = copyFolder(entry);
      copySolutions(learnerDir, entry.exercises);
      const run = runChecker(python!, entry, checkerDir, [learnerDir, '--lang', 'zh']);
      expect(run.status, run.stdout + run.stderr).toBe(EXIT.passed);
      expect(run.stdout).toContain(`通过 ${entry.exercises.length} 个，未通过 0 个`);
      const scaffold = runChecker(python!, entry, checkerDir);
      expect(scaffold.status).toBe(EXIT.failed);
      expect(scaffold.stdout).toMatch(/^ {4}hint: /m);
      for (const dir of [checkerDir, learnerDir]) expect(fs.existsSync(path.join(dir, '__pycache__')), dir).toBe(false);
    });

    it.skipIf(pythons.length === 0)('refuses a folder that does not exist (exit 2, one line)', () => {
      const run = runChecker(pythons[0]!, entry, copyFolder(entry), [path.join(tempDir('none'), 'missing')]);
      expect(run.status).toBe(EXIT.usage);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toContain('Traceback');
    });

    for (const pkg of entry.requires) {
      const label = pkg === 'torch' ? 'asks to install PyTorch' : `says how to install ${pkg}`;
      it.skipIf(pythons.length === 0)(`${label} when ${pkg} cannot be imported: exit 3, one line, no traceback`, { timeout: SLOW }, () => {
        const dir = copyFolder(entry);
        const interpreter = python ?? pythons[0]!;
        const env = { PYTHONPATH: shadowing(pkg) };
        const expected = missingFor(interpreter, entry.requires, env); // pandas fails too without numpy
        expect(expected).toContain(pkg);
        expectInstallLine(runChecker(interpreter, entry, dir, [], env), entry, expected);
        const without = pythonWithout(pkg);
        if (without === undefined) {
          console.warn(`exercises for ${entry.task}: every Python here has ${pkg}; its absence was simulated only`);
          return;
        }
        expectInstallLine(runChecker(without, entry, dir), entry, missingFor(without, entry.requires));
      });
    }
  });
}
