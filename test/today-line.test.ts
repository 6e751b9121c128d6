// `roadmap today` without commander (src/today.ts, dist/today.cjs): which lines it takes (todayLine), and
// that on every such line it does exactly what the whole CLI does (output, exit code, store).
import { describe, expect, it } from 'vitest';
import { todayLine } from '../src/cli-args.ts';
import { run as runAll } from '../src/main.ts';
import { run as runToday } from '../src/today.ts';
import { memoryStore } from '../src/store/store.ts';
import { emptyState, type ProgressState } from '../src/core/state.ts';
import type { Env } from '../src/deps.ts';

describe('todayLine', () => {
  it.each([
    [['today'], {}],
    [['today', '--all', '--json'], { all: true, json: true }],
    [['--lang', 'zh', 'today', '--date', 'yesterday'], { date: 'yesterday' }],
    [['today', '--date=2026-03-01', '--minutes', '90m', '--no-color', '--debug'], { date: '2026-03-01', minutes: '90m' }],
    [['--no-color', 'today', '--lang=en', '--minutes=45'], { minutes: '45' }],
    [['today', '--date', '周一'], { date: '周一' }],
  ])('%j is %j', (args, line) => {
    expect(todayLine(args)).toEqual(line);
  });

  it.each([
    [[]],
    [['--date', 'mon']], // bare roadmap with --date: the menu's
    [['list']],
    [['help', 'today']],
    [['today', '--help']],
    [['today', '-h']],
    [['today', '--version']],
    [['today', 'today']],
    [['today', 'extra']],
    [['today', '--bogus']],
    [['today', '--all', '--all']],
    [['today', '--lang', 'fr']],
    [['today', '--lang', 'zh', '--lang', 'en']],
    [['today', '--date']],
    [['today', '--date', '--json']],
    [['today', '--date', '-2']],
    [['today', '--date=']],
    [['today', '--json=yes']],
    [['--all', 'today']],
    [['today', '--']],
    [['--', 'today']],
  ])('%j is for the whole CLI', (args) => {
    expect(todayLine(args)).toBeUndefined();
  });
});

async function ran(runner: typeof runAll, args: string[], state: Partial<ProgressState>, env: Env = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const store = memoryStore({ ...emptyState(), ...state });
  const code = await runner({
    argv: ['node', 'roadmap', ...args],
    env,
    stdout: { write: (t) => void out.push(t), isTTY: false },
    stderr: { write: (t) => void err.push(t) },
    stdinIsTTY: false,
    platform: 'linux',
    now: () => new Date('2026-03-03T12:00:00'),
    store,
    openUrl: async () => ({ opened: true }),
  });
  return { code, stdout: out.join(''), stderr: err.join(''), state: store.state, writes: store.writes };
}

describe("today's own CLI and the whole CLI, on the same lines", () => {
  const started = { startDate: '2026-03-01' };
  it.each([
    [['today'], {}],
    [['today'], started],
    [['today', '--all'], started],
    [['today', '--json'], started],
    [['--lang', 'zh', 'today', '--all'], started],
    [['today', '--lang=en', '--minutes', '1.5h'], started],
    [['today', '--date', 'yesterday', '--json'], started],
    [['today', '--date', '2026-02-01'], started],
    [['today', '--no-color', '--debug', '--minutes', '90m'], { startDate: '2026-02-01', plan: { daysPerWeek: 5, minutesPerDay: 60 } }],
    // Mistakes in values are the command's to say, in both.
    [['today', '--date', 'someday'], started],
    [['today', '--minutes', '3'], started],
    [['today', '--date', '2027-01-01'], started],
  ] as [string[], Partial<ProgressState>][])('%j on %j', async (args, state) => {
    expect(todayLine(args)).toBeDefined();
    const all = await ran(runAll, args, state);
    expect(await ran(runToday, args, state)).toEqual(all);
    expect(all.stdout + all.stderr).not.toBe('');
  });

  it("speaks the language saved in the store, or the environment's, alike", async () => {
    for (const [state, env] of [
      [{ ...started, settings: { lang: 'zh' as const } }, {}],
      [started, { LANG: 'zh_CN.UTF-8' }],
    ] as [Partial<ProgressState>, Env][]) {
      expect(await ran(runToday, ['today'], state, env)).toEqual(await ran(runAll, ['today'], state, env));
    }
  });
});
