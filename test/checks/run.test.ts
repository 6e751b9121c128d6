// Setup checks against stub programs (sh scripts in a temp dir, first on the PATH given through `env`), the
// version comparison, the runner's order and concurrency, and the human report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import type { Roadmap, SetupCheck } from '../../src/core/types.ts';
import { checksOf, compareVersions, matchOutput, runCheck, runChecks, type CheckResult } from '../../src/checks/run.ts';
import { passingTasks, renderChecks } from '../../src/checks/render.ts';
import { messages } from '../../src/i18n/index.ts';
import type { ViewContext } from '../../src/ui/common.ts';
import { displayWidth } from '../../src/ui/width.ts';

const bundled = roadmapJson as Roadmap;
const pythonCheck = checksOf(bundled, 'w1-python-basics')[0]!.check;
let tmp = '';
/** bin: the shared stubs; py311 / py36: a `python3` each, to show the lookup uses the given PATH. */
const dirs = { bin: '', py311: '', py36: '', run: '' };

function stub(dir: string, name: string, body: string): void {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`);
  fs.chmodSync(file, 0o755);
}

function envWith(...first: string[]): NodeJS.ProcessEnv {
  return { PATH: [...first, dirs.bin, '/usr/bin', '/bin'].join(path.delimiter) };
}

function check(command: string[], extra: Partial<SetupCheck> = {}): SetupCheck {
  return { id: 'c', title: { zh: '检查', en: 'Check' }, command, hint: { zh: '安装它', en: 'Install it' }, ...extra };
}

/** Alive for kill(pid, 0), not counting a zombie left for an init that does not reap in this sandbox. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return process.platform !== 'linux';
  }
}

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 20 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

const recorded = (name: string) => Number(fs.readFileSync(path.join(tmp, name), 'utf8').trim());

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-checks-'));
  for (const key of Object.keys(dirs) as (keyof typeof dirs)[]) fs.mkdirSync((dirs[key] = path.join(tmp, key)));
  stub(dirs.py311, 'python3', 'echo "Python 3.11.4"');
  stub(dirs.py36, 'python3', 'echo "Python 3.6.9"');
  stub(dirs.bin, 'conda', 'echo "CondaError: broken installation" >&2\nexit 1');
  fs.writeFileSync(path.join(tmp, 'garbage.bin'), Buffer.from(Array.from({ length: 256 }, (_, i) => i)));
  stub(dirs.bin, 'garbage', `cat '${tmp}/garbage.bin'`);
  stub(dirs.bin, 'hang', `echo $$ > '${tmp}/hang.pid'\nsleep 30 &\necho $! > '${tmp}/hang.child'\nwait`);
  stub(dirs.bin, 'stubborn', `trap '' TERM\necho $$ > '${tmp}/stubborn.pid'\nsleep 30 &\necho $! > '${tmp}/stubborn.child'\nwait`);
  stub(dirs.bin, 'leaver', `echo "tool 1.0"\nsleep 30 &\necho $! > '${tmp}/leaver.child'\nexit 0`);
  stub(dirs.bin, 'reader', 'cat\necho "Python 3.11.4"');
  stub(dirs.bin, 'flood', 'yes | head -c 1000000\necho\necho "Python 3.11.4"');
  stub(dirs.bin, 'aaaa', `echo ${'a'.repeat(40)}`);
  stub(dirs.bin, 'waiter', `echo $$ > '${tmp}/waiter.pid'\nsleep 30 &\necho $! > '${tmp}/waiter.child'\nwait`);
  stub(dirs.bin, 'argv', 'for a in "$@"; do printf "%s\\n" "$a"; done');
  stub(dirs.bin, 'slow', `touch '${dirs.run}'/$$\nls '${dirs.run}' | wc -l >> '${tmp}/counts'\nsleep "$2"\nrm -f '${dirs.run}'/$$\necho "slow $1"`);
});

afterAll(() => {
  for (const name of ['hang.pid', 'hang.child', 'stubborn.pid', 'stubborn.child', 'leaver.child', 'waiter.pid', 'waiter.child']) {
    try {
      process.kill(recorded(name), 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

const printableAscii = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join('');

interface Row {
  name: string;
  check: () => SetupCheck;
  env?: () => NodeJS.ProcessEnv;
  status: CheckResult['status'];
  reason?: CheckResult['reason'];
  version?: string;
  detail?: string | RegExp;
  maxMs?: number;
  /** Files holding pids (the stub's $$, its background child) that must be dead afterwards. */
  pids?: string[];
}

const rows: Row[] = [
  { name: 'python3 3.11.4 passes', check: () => pythonCheck, env: () => envWith(dirs.py311), status: 'pass', version: '3.11.4', detail: 'version 3.11.4' },
  {
    name: 'python3 3.6.9 is too old',
    check: () => pythonCheck,
    env: () => envWith(dirs.py36),
    status: 'fail',
    reason: 'too-old',
    version: '3.6.9',
    detail: 'version 3.6.9 is older than the required 3.10',
  },
  {
    name: 'conda exiting 1 fails',
    check: () => check(['conda', '--version'], { expect: 'conda (\\d+\\.\\d+)' }),
    status: 'fail',
    reason: 'exit',
    detail: 'exited with code 1: CondaError: broken installation',
  },
  {
    name: 'binary garbage fails the match',
    check: () => check(['garbage'], { expect: pythonCheck.expect }),
    status: 'fail',
    reason: 'no-match',
    detail: `expected output matching /${pythonCheck.expect}/, got "${printableAscii.slice(0, 60)}…"`,
  },
  {
    name: 'a hanging sleep times out',
    check: () => check(['hang'], { timeoutMs: 300 }),
    status: 'fail',
    reason: 'timeout',
    detail: 'timed out after 0.3 s',
    maxMs: 1500,
    pids: ['hang.pid', 'hang.child'],
  },
  {
    name: 'a command ignoring SIGTERM is killed',
    check: () => check(['stubborn'], { timeoutMs: 300 }),
    status: 'fail',
    reason: 'timeout',
    detail: 'timed out after 0.3 s',
    maxMs: 1500,
    pids: ['stubborn.pid', 'stubborn.child'],
  },
  {
    name: 'a background grandchild holding the pipes does not keep it pending',
    check: () => check(['leaver'], { expect: 'tool (\\d+\\.\\d+)' }),
    status: 'pass',
    version: '1.0',
    maxMs: 1500,
    pids: ['leaver.child'],
  },
  {
    name: 'a program not on PATH is missing',
    check: () => check(['roadmap-no-such-program', '--version']),
    status: 'missing',
    reason: 'not-found',
    detail: 'roadmap-no-such-program not found on PATH',
  },
  {
    name: 'the stub is not found through the default PATH',
    check: () => check(['garbage']),
    env: () => ({ PATH: '/nonexistent' }),
    status: 'missing',
    reason: 'not-found',
  },
  {
    name: 'stdin is closed, so a reader does not wait',
    check: () => check(['reader'], { expect: pythonCheck.expect, minVersion: '3.12' }),
    status: 'fail',
    reason: 'too-old',
    version: '3.11.4',
    maxMs: 1500,
  },
  {
    name: 'output is capped at 64 KiB',
    check: () => check(['flood'], { expect: pythonCheck.expect }),
    status: 'fail',
    reason: 'no-match',
    detail: /got "y y y/,
  },
  {
    name: 'a pattern that backtracks without end is stopped, not waited on',
    check: () => check(['aaaa'], { expect: '^(a+)+$' }),
    status: 'fail',
    reason: 'slow-pattern',
    detail: 'matching /^(a+)+$/ took over 1 s',
    maxMs: 3000,
  },
  { name: 'no expect: exit 0 is a pass', check: () => check(['python3']), env: () => envWith(dirs.py311), status: 'pass' },
];

describe.skipIf(process.platform === 'win32')('runCheck', () => {
  it.each(rows)('$name', async (row) => {
    const started = Date.now();
    const result = await runCheck('t1', row.check(), { env: row.env?.() ?? envWith(), defaultTimeoutMs: 5000 });
    expect(result.taskId).toBe('t1');
    expect(result.status).toBe(row.status);
    expect(result.reason).toBe(row.reason);
    expect(result.version).toBe(row.version);
    if (typeof row.detail === 'string') expect(result.detail).toBe(row.detail);
    else if (row.detail) expect(result.detail).toMatch(row.detail);
    if (row.maxMs) expect(Date.now() - started).toBeLessThan(row.maxMs);
    for (const file of row.pids ?? []) expect(await gone(recorded(file)), `${file} still running`).toBe(true);
  });

  it('passes arguments literally, with no shell in between', async () => {
    const marker = path.join(tmp, 'injected');
    const tricky = [`$(touch ${marker}); echo hi`, '*', '"quoted" \'single\'', '`touch x`|;&'];
    const escaped = tricky.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\n');
    const result = await runCheck('t', check(['argv', ...tricky], { expect: `^${escaped}\\n?$` }), { env: envWith() });
    expect(result.status, result.detail).toBe('pass');
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('matchOutput', () => {
  it('gives the match and its first group, or null', () => {
    expect(matchOutput('Python (\\d+\\.\\d+)', 'Python 3.12.1\n')).toEqual({ match: 'Python 3.12', group: '3.12' });
    expect(matchOutput('^ok', 'ok\n')).toEqual({ match: 'ok' });
    expect(matchOutput('^ok', 'not ok')).toBeNull();
    expect(matchOutput('(', 'x')).toBe('invalid');
  });

  it.each([
    ['^(a+)+$', `${'a'.repeat(40)}\n`],
    ['^(a|a)*$', `${'a'.repeat(40)}!`],
    ['^(\\w+\\s?)*$', `${'word '.repeat(12)}!`],
  ])('%s against a hostile text stops within its time', (pattern, text) => {
    const started = Date.now();
    expect(matchOutput(pattern, text, 200)).toBe('slow');
    expect(Date.now() - started).toBeLessThan(1500);
    // And the matcher still works afterwards.
    expect(matchOutput('a', 'a')).toEqual({ match: 'a' });
  });
});

describe.skipIf(process.platform === 'win32')('stopping', () => {
  it('an abort ends the running command and its children at once, and starts no more', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const running = runChecks(
      [
        { taskId: 'a', check: check(['waiter'], { timeoutMs: 60_000 }) },
        { taskId: 'b', check: check(['waiter'], { timeoutMs: 60_000 }) },
      ],
      { concurrency: 1, env: envWith(), signal: controller.signal },
    );
    for (let i = 0; i < 100 && !fs.existsSync(path.join(tmp, 'waiter.child')); i++) await new Promise((r) => setTimeout(r, 20));
    const pid = recorded('waiter.pid');
    const child = recorded('waiter.child');
    controller.abort();
    const results = await running;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(results.filter(Boolean).map((r) => r.taskId)).toEqual(['a']);
    expect(await gone(pid)).toBe(true);
    expect(await gone(child)).toBe(true);
  });
});

describe('compareVersions', () => {
  it.each([
    ['3.10', '3.8', 1],
    ['3.8', '3.10', -1],
    ['2.1.0+cu121', '2.1', 0],
    ['2.1.0+cu121', '2.2', -1],
    ['1.26', '1.26.0', 0],
    ['3.12.1rc1', '3.12', 1],
    ['3.12.0rc1', '3.12', 0],
    ['10.0', '9.9.9', 1],
    ['v1.2', '1.10', -1],
  ])('%s vs %s -> %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe.skipIf(process.platform === 'win32')('runChecks', () => {
  it('returns results in input order and runs at most `concurrency` at once', async () => {
    fs.rmSync(path.join(tmp, 'counts'), { force: true });
    // Earlier ones sleep longer, so they finish out of order.
    const targets = Array.from({ length: 6 }, (_, i) => ({
      taskId: `t${i}`,
      check: check(['slow', String(i), String(0.4 - 0.05 * i)], { expect: 'slow (\\d+)' }),
    }));
    const finished: string[] = [];
    const results = await runChecks(targets, { concurrency: 2, env: envWith(), onResult: (r) => finished.push(r.taskId) });
    expect(results.map((r) => [r.taskId, r.version])).toEqual(targets.map((t, i) => [t.taskId, String(i)]));
    expect(finished[0]).toBe('t1');
    expect([...finished].sort()).toEqual(targets.map((t) => t.taskId));
    const counts = fs.readFileSync(path.join(tmp, 'counts'), 'utf8').trim().split('\n').map(Number);
    expect(Math.max(...counts)).toBe(2);
  });
});

describe('checksOf', () => {
  it('finds every check of the bundled roadmap in order, or one task’s', () => {
    const all = checksOf(bundled);
    expect(all.map((t) => t.taskId).slice(0, 2)).toEqual(['w1-python-basics', 'w2-conda']);
    expect(all.every((t) => t.check.command.length > 0)).toBe(true);
    const python = checksOf(bundled, 'w1-python-basics');
    expect(python.map((t) => t.check.id)).toEqual(['python-version']);
    expect(python[0]!.check.command).toEqual(['python3', '--version']);
    expect(checksOf(bundled, 'no-such-task')).toEqual([]);
  });
});

// ---- the report -------------------------------------------------------------------------------------------

const resource = (en: string, url?: string) => ({ title: { zh: en, en }, kind: 'doc' as const, language: 'en' as const, ...(url && { url }) });
const pyCheck = check(['python3', '--version'], {
  id: 'py',
  title: { zh: 'Python 3.8 或更高版本', en: 'Python 3.8 or newer' },
  minVersion: '3.8',
  resource: 1,
});
const npCheck = check(['python3', '-c', 'import numpy'], {
  id: 'np',
  title: { zh: '已安装 numpy', en: 'numpy is installed' },
  hint: { zh: '用 `pip install numpy` 安装', en: 'Install numpy with `pip install numpy`' },
  resource: 2,
});
const condaCheck = check(['conda', '--version'], {
  id: 'conda',
  title: { zh: '已安装 conda', en: 'conda is installed' },
  hint: { zh: '安装 Miniconda', en: 'Install Miniconda' },
});
const task = (id: string, checks: SetupCheck[], resources: ReturnType<typeof resource>[]) => ({
  id,
  title: { zh: id, en: id },
  description: { zh: '', en: '' },
  estimateMinutes: 30,
  resources,
  checks,
});
const small: Roadmap = {
  formatVersion: 1,
  id: 'small',
  title: { zh: '小', en: 'Small' },
  source: { zh: '', en: '' },
  tips: [],
  weeks: [
    {
      id: 'w1',
      from: 1,
      to: 1,
      title: { zh: '一', en: 'One' },
      goal: { zh: '', en: '' },
      tasks: [
        task('py', [pyCheck], [resource('Python tutorial', 'https://docs.python.org/3/tutorial/')]),
        task('np', [npCheck], [resource('Python tutorial'), resource('NumPy quickstart', 'https://numpy.org/doc/stable/user/quickstart.html')]),
        task('conda', [condaCheck], []),
      ],
    },
  ],
};
const passed: CheckResult = { taskId: 'py', check: pyCheck, status: 'pass', version: '3.11.4', ms: 5 };
const failed: CheckResult = {
  taskId: 'np',
  check: npCheck,
  status: 'fail',
  reason: 'exit',
  exitCode: 1,
  output: "ModuleNotFoundError: No module named 'numpy'",
  ms: 40,
};
const missing: CheckResult = { taskId: 'conda', check: condaCheck, status: 'missing', reason: 'not-found', ms: 1 };
const ctx = (lang: 'en' | 'zh'): ViewContext => ({ lang, msg: messages(lang), style: new Chalk({ level: 0 }), columns: 100 });

describe('renderChecks', () => {
  it('lines up a pass, a fail with its hint and resource, and a missing, then sums up', () => {
    expect(renderChecks([passed, failed, missing], small, ctx('en'), messages('en').check.report).split('\n')).toEqual([
      '✔ Python 3.8 or newer  py     3.11.4',
      "✘ numpy is installed   np     exit code 1: ModuleNotFoundError: No module named 'numpy'",
      '    Install numpy with `pip install numpy`  → see: NumPy quickstart https://numpy.org/doc/stable/user/quickstart.html',
      '? conda is installed   conda  not found: conda',
      '    Install Miniconda',
      '',
      '1 passed, 1 failed, 1 missing',
      'Passing tasks: py',
      '',
    ]);
  });

  it('words every reason, and aligns Chinese titles by display width', () => {
    const more: CheckResult[] = [
      { ...failed, reason: 'timeout', exitCode: undefined, output: undefined, timeoutMs: 300 },
      { ...passed, status: 'fail', reason: 'too-old', version: '3.6.9' },
      { ...failed, reason: 'no-match', exitCode: undefined, output: '' },
    ];
    const en = renderChecks(more, small, ctx('en'), messages('en').check.report).split('\n');
    expect(en[0]).toMatch(/ timed out after 0\.3 s$/);
    expect(en[2]).toMatch(/ 3\.6\.9 is older than 3\.8$/);
    expect(en[4]).toMatch(/ no output$/);
    expect(en).not.toContain('Passing tasks: py');
    const zh = renderChecks([passed, failed, missing], small, ctx('zh'), messages('zh').check.report).split('\n');
    const rowsOnly = [zh[0]!, zh[1]!, zh[3]!];
    const idColumn = rowsOnly.map((line) => displayWidth(line.slice(0, line.search(/ {2}(py|np|conda) /))));
    expect(new Set(idColumn).size).toBe(1);
    expect(zh[3]).toContain('找不到命令 conda');
    expect(zh.at(-3)).toBe('通过 1 项，失败 1 项，未安装 1 项');
  });

  it('words a pattern too slow to match', () => {
    const slow: CheckResult = { ...failed, reason: 'slow-pattern', exitCode: undefined, output: undefined, timeoutMs: 1000 };
    expect(renderChecks([slow], small, ctx('en'), messages('en').check.report)).toContain(
      "matching the output took over 1 s: simplify the check's expect pattern",
    );
    expect(renderChecks([slow], small, ctx('zh'), messages('zh').check.report)).toContain('匹配输出超过 1 秒：请简化这项检查的 expect 正则表达式');
  });

  it('says so when there is nothing to check', () => {
    expect(renderChecks([], small, ctx('en'), messages('en').check.report)).toBe('No setup checks to run.\n');
  });
});

describe('passingTasks', () => {
  it('keeps tasks all of whose checks passed, once each, in order', () => {
    const second = { ...passed, check: { ...pyCheck, id: 'py2' } };
    expect(passingTasks([passed, failed, second, missing, { ...passed, taskId: 'np' }])).toEqual(['py']);
    expect(passingTasks([passed, second, { ...failed, taskId: 'x', status: 'pass' }])).toEqual(['py', 'x']);
    expect(passingTasks([])).toEqual([]);
  });
});
