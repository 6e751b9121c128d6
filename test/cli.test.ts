// The whole CLI in process: argv in, output and exit code out.
import { describe, expect, it } from 'vitest';
import { colorLevel, pipeColumns, run } from '../src/main.ts';
import { memoryStore } from '../src/store/store.ts';
import { emptyState } from '../src/core/state.ts';
import { fixtureRoadmap } from './fixtures/roadmap.ts';
import type { Env } from '../src/deps.ts';

async function cli(args: string[], env: Env = {}, stdinIsTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const store = memoryStore({ ...emptyState(), startDate: '2026-03-01' });
  const code = await run({
    argv: ['node', 'roadmap', ...args],
    env,
    stdout: { write: (t) => void out.push(t), isTTY: false },
    stderr: { write: (t) => void err.push(t) },
    stdinIsTTY,
    platform: 'linux',
    now: () => new Date('2026-03-03T12:00:00'),
    store,
    roadmap: fixtureRoadmap,
    openUrl: async () => ({ opened: true }),
  });
  return { code, stdout: out.join(''), stderr: err.join(''), store };
}

describe('run', () => {
  it('runs a command and exits 0', async () => {
    const r = await cli(['today']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Week 1 · study day 3 of 7');
    expect(r.stderr).toBe('');
  });

  it.each([
    [['today', '--bogus'], 'Unknown option --bogus.'],
    [['frobnicate'], 'Unknown command "frobnicate".'],
    [['done'], 'Missing argument <id>.'],
    [['show'], 'Missing argument <id>.'],
    [['today', '--date'], 'Option --date needs a value.'],
    [['today', '--date', '2026-02-30'], 'Invalid date "2026-02-30"'],
    [['done', 'w1-basic'], 'Did you mean w1-basics?'],
    [['undo', 'extra'], 'Too many arguments.'],
    [['--lang', 'fr', 'today'], 'Unknown language "fr"'],
    [['reset'], 'needs --yes'],
    [['list', '--week', 'x'], 'Unknown week "x".'],
  ])('%j: one line on stderr, exit 2, nothing written', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.store.writes).toBe(0);
  });

  it('prints help and version with exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: roadmap');
    expect(help.stdout).toContain('Exit codes: 0 ok, 1 failure, 2 bad usage or input, 130 cancelled.');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('chooses the language: --lang, then the locale', async () => {
    expect((await cli(['today', '--lang', 'zh'])).stdout).toContain('第 3 个学习日');
    expect((await cli(['today'], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('第 3 个学习日');
    expect((await cli(['today'], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).stdout).toContain('study day 3 of 7');
    expect((await cli(['today', '--lang=en'], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('study day 3 of 7');
    const zhHelp = await cli(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zhHelp.stdout).toContain('退出码');
    expect(zhHelp.stdout).toMatch(/^用法：roadmap \[选项\] \[命令\]\n/);
    expect(zhHelp.stdout).toContain('\n命令：\n');
    expect(zhHelp.stdout).toContain('界面语言：zh 或 en（可选：zh、en）');
    expect((await cli(['help', 'plan'], { LANG: 'zh_CN.UTF-8' })).stdout).toContain('用法：roadmap plan [选项]');
    expect((await cli(['today', '--bogus'], { LANG: 'zh_CN.UTF-8' })).stderr).toContain('未知选项 --bogus');
  });

  it('maps an unexpected error to one line and exit 1, the stack only with --debug', async () => {
    const broken = { ...fixtureRoadmap, weeks: null } as never;
    const base = { env: {}, stderr: { write: () => {} }, stdinIsTTY: false, platform: 'linux' as const, roadmap: broken, store: memoryStore() };
    const err: string[] = [];
    const code = await run({ ...base, argv: ['node', 'roadmap', 'list'], stdout: { write: () => {} }, stderr: { write: (t) => void err.push(t) } });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/^roadmap: Unexpected error: .*report it/);
    expect(err.join('').trim().split('\n')).toHaveLength(1);
    const errDebug: string[] = [];
    await run({ ...base, argv: ['node', 'roadmap', 'list', '--debug'], stdout: { write: () => {} }, stderr: { write: (t) => void errDebug.push(t) } });
    expect(errDebug.join('')).toMatch(/\n\s+at /);
    const errEnv: string[] = [];
    await run({
      ...base,
      env: { DEBUG: 'express,roadmap' },
      argv: ['node', 'roadmap', 'list'],
      stdout: { write: () => {} },
      stderr: { write: (t) => void errEnv.push(t) },
    });
    expect(errEnv.join('')).toMatch(/\n\s+at /);
  });
});

describe('the width of output into a pipe', () => {
  it.each([
    [undefined, Infinity],
    ['100', 100],
    [' 60 ', 60],
    ['5', Infinity],
    ['80x', Infinity],
    ['100000', Infinity],
  ])('COLUMNS=%j -> %s', (text, width) => {
    expect(pipeColumns(text)).toBe(width);
  });

  it('a pipe gets whole lines; COLUMNS wraps the prose', async () => {
    const whole = await cli(['today', '--minutes', '600']);
    const narrow = await cli(['today', '--minutes', '600'], { COLUMNS: '40' });
    // The footer is one sentence of about 95 columns.
    const footer = (out: string) => out.split('\n').filter((l) => l.startsWith('roadmap done 1'))[0]!;
    expect(footer(whole.stdout).length).toBeGreaterThan(90);
    expect(footer(narrow.stdout).length).toBeLessThanOrEqual(40);
  });
});

describe('colorLevel', () => {
  it.each([
    [{}, [], true, 1],
    [{}, [], false, 0],
    [{ NO_COLOR: '1' }, [], true, 0],
    [{}, ['--no-color'], true, 0],
    [{ FORCE_COLOR: '1' }, [], false, 1],
    [{ FORCE_COLOR: '3' }, [], false, 3],
    [{ FORCE_COLOR: '0' }, [], true, 0],
    [{ TERM: 'dumb' }, [], true, 0],
    [{ COLORTERM: 'truecolor' }, [], true, 3],
  ] as const)('%j %j tty=%s -> %i', (env, argv, tty, level) => {
    expect(colorLevel(env, [...argv], tty)).toBe(level);
  });
});
