import { describe, expect, it } from 'vitest';
import { todayCommand } from '../../src/commands/today.ts';
import { markCommand, undoCommand } from '../../src/commands/mark.ts';
import { spentCommand } from '../../src/commands/spent.ts';
import { UsageError } from '../../src/errors.ts';
import { allTasks } from '../../src/core/roadmap.ts';
import { fakeDeps } from '../helpers.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

// Fixture minutes: w1-basics 120, w1-exercise 60 | w2-conda 60, w2-jupyter 45, w2-numpy 90 | w4+ 300, 300, 60.
const plan90 = { daysPerWeek: 5, minutesPerDay: 90 };
const taskLines = (out: string) => out.split('\n').filter((l) => /^ +\d+ [!○◐✔] /.test(l));

describe('today', () => {
  it('records the plan start on first use: week 1, study day 1, the roadmap pace, numbered resources', async () => {
    const f = fakeDeps({ now: '2026-03-10T09:00:00' });
    await todayCommand({}, f.deps);
    expect(f.store.state.startDate).toBe('2026-03-10');
    const out = f.stdout();
    expect(out.split('\n')[0]).toBe('Week 1 · study day 1 of 7');
    expect(out).toContain("Today · 25 min (the roadmap's pace)");
    expect(out).toMatch(/ 1 ○ w1-basics {2}Python basics \(added\) {2}25 of the 120 min left/);
    expect(out).toContain('1. [doc]  Python tutorial  https://docs.python.org/3/tutorial/index.html');
    expect(out).toContain('2. [site] Stack Overflow (added)  https://stackoverflow.com/');
    expect(out).toContain('Later in week 1: 1 more task, ~2 h 35 min (roadmap today --all lists them).');
    expect(out).toContain('0/8 done');
    expect(out).toMatch(/Tip: /);
  });

  it.each([
    ['week 1 on its first day', '2026-03-10T09:00:00', { startDate: '2026-03-10' }, {}, [[0]]],
    [
      'week 2-3 with week 1 done, with --all',
      '2026-03-10T09:00:00',
      { startDate: '2026-03-01', progress: { 'w1-basics': { status: 'done', updatedAt: 'x' }, 'w1-exercise': { status: 'done', updatedAt: 'x' } } },
      { all: true },
      [[1]],
    ],
    // Far behind: the overdue week 1 comes first, under week 2-3's heading; nothing of week 4+ is read.
    ['behind: the overdue block and today', '2026-03-20T09:00:00', { startDate: '2026-03-01' }, {}, [[0, 1]]],
  ] as const)('reads only the week blocks it shows: %s', async (_name, now, state, options, read) => {
    const f = fakeDeps({ now, state });
    await todayCommand(options, f.deps);
    expect(f.weeksRead).toEqual(read);
    expect(f.stdout()).not.toContain('w4-');
  });

  it('does not move an existing start date; one week number: the block and the study day in it', async () => {
    const f = fakeDeps({ now: '2026-03-10T09:00:00', state: { startDate: '2026-03-01' } });
    await todayCommand({}, f.deps);
    expect(f.store.writes).toBe(0);
    // w1 takes study days 0-6, w2-3 7-20: 2026-03-10 is study day 9, the third of w2-3's 14.
    expect(f.stdout().split('\n')[0]).toBe('Week 2-3 · study day 3 of 14');
  });

  it('a day of the plan: the budget taken in roadmap order, a long task split, the rest counted not dumped', async () => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02', plan: plan90 } });
    await todayCommand({}, f.deps);
    const out = f.stdout();
    expect(out).toContain('Today · 1 h 30 min (your plan)');
    expect(taskLines(out)).toEqual([' 1 ○ w1-basics  Python basics (added)  90 of the 120 min left']);
    expect(out).toContain('Later in week 1: 1 more task, ~1 h 30 min (roadmap today --all lists them).');
    expect(out).not.toContain('w1-exercise');
    f.clearOutput();
    await todayCommand({ all: true }, f.deps);
    expect(f.stdout()).toContain('Later in week 1\n 2 ○ w1-exercise  A Python exercise  ~60 min');
  });

  it('puts overdue work first, says so only when there is some', async () => {
    const f = fakeDeps({ now: '2026-03-09T09:00:00', state: { startDate: '2026-03-01' } });
    await todayCommand({ minutes: '200' }, f.deps);
    const lines = taskLines(f.stdout());
    expect(lines[0]).toMatch(/^ 1 ! w1-basics .*overdue/);
    expect(lines[1]).toMatch(/^ 2 ! w1-exercise .*overdue/);
    expect(lines[2]).toMatch(/^ 3 ○ w2-conda .*20 of the 60 min left$/);
    expect(f.stdout()).toContain('behind: overdue tasks come first.');
    // Behind with nothing overdue in the list (the overdue work done): no "come first".
    const g = fakeDeps({
      now: '2026-03-21T09:00:00',
      state: { startDate: '2026-03-01', progress: { 'w1-basics': { status: 'done', updatedAt: 'x' }, 'w1-exercise': { status: 'done', updatedAt: 'x' } } },
    });
    await todayCommand({}, g.deps);
    expect(g.stdout()).toMatch(/\d+ study days behind\.\n/);
  });

  it('logging time and marking done: the day is done, with the streak and what comes next as optional', async () => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02', plan: plan90 } });
    await spentCommand('1', undefined, {}, f.deps);
    expect(f.stdout()).toContain('Logged 90 min on w1-basics for 2026-03-02.');
    f.clearOutput();
    await todayCommand({}, f.deps);
    const out = f.stdout();
    expect(taskLines(out)[0]).toBe(" 1 ✔ w1-basics  Python basics (added)  90 of the 120 min left  today's part logged");
    expect(out).toContain('Done for today: ~1 h 30 min of work. Well done.');
    expect(out).toContain('Streak: 1 day.');
    expect(out).toContain('Ahead, if you want more (optional)\n 2 ○ w1-exercise');
    // The next day picks up where this one stopped: 30 min of w1-basics are left.
    f.setNow('2026-03-03T09:00:00');
    f.clearOutput();
    await todayCommand({}, f.deps);
    expect(taskLines(f.stdout())[0]).toMatch(/^ 1 ◐ w1-basics .*~30 min left {2}in progress$/);
    await markCommand('done', ['1'], {}, f.deps);
    f.clearOutput();
    await todayCommand({}, f.deps);
    expect(taskLines(f.stdout())[0]).toMatch(/^ 1 ✔ w1-basics .*done$/);
  });

  it('prints JSON from the same plan: budgetMinutes, each task minutesToday, later', async () => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02', plan: plan90 } });
    await todayCommand({ json: true }, f.deps);
    const json = JSON.parse(f.stdout());
    expect(json).toMatchObject({ date: '2026-03-02', budgetMinutes: 90, budgetSource: 'plan', block: { day: 1, days: 2 }, doneForToday: false, replan: null });
    expect(json.tasks.map((t: Record<string, unknown>) => [t.line, t.id, t.minutesToday, t.minutesLeft, t.timing])).toEqual([
      [1, 'w1-basics', 90, 120, 'this-week'],
    ]);
    expect(json.later).toMatchObject({ tasks: 1, minutes: 30 + 60 });
    expect(json.later.items.map((t: { id: string; line: number }) => `${t.line}:${t.id}`)).toEqual(['2:w1-exercise']);
    expect(json.tasks[0].resources[0]).toMatchObject({ n: 1, url: 'https://docs.python.org/3/tutorial/index.html', kind: 'doc' });
  });

  it('a rest day says which days are study days and offers the next work as optional', async () => {
    // 2026-03-07 is a Saturday; a 5-day plan studies Monday to Friday.
    const f = fakeDeps({ now: '2026-03-07T09:00:00', state: { startDate: '2026-03-02', plan: plan90 } });
    await todayCommand({}, f.deps);
    const out = f.stdout();
    expect(out.replace(/\n(?! )/g, ' ')).toMatch(
      /Today is a rest day; your study days are Mon, Tue, Wed, Thu, Fri\. If you feel like studying anyway, here is what is next:\n 1 ! w1-basics /,
    );
    expect(out).not.toContain('Today · ');
  });

  it('before the plan starts: no study day number, no standing, the first study day shown', async () => {
    const f = fakeDeps({ now: '2026-03-01T09:00:00', state: { startDate: '2026-03-09', plan: plan90 } });
    await todayCommand({}, f.deps);
    const out = f.stdout();
    expect(out.split('\n')[0]).toBe('Week 1 · the plan starts on 2026-03-09');
    expect(out).toContain('The plan starts on 2026-03-09: this is what its first study day holds.');
    expect(out).not.toMatch(/ahead of the plan|behind|On track|study day \d/);
  });

  it('far behind: proposes the re-plan command with the date it gives', async () => {
    const f = fakeDeps({ now: '2026-04-06T09:00:00', state: { startDate: '2026-03-02', plan: { daysPerWeek: 5, minutesPerDay: 30 } } });
    await todayCommand({}, f.deps);
    expect(f.stdout().replace(/\n/g, ' ')).toContain(
      'That is more than a week of study days. To plan again from here: roadmap plan --start 2026-04-01 (you would finish around 2026-05-19).',
    );
    // One task's part, not a growing overdue list.
    expect(taskLines(f.stdout())).toHaveLength(1);
  });

  it('a finished roadmap gets a finished screen', async () => {
    const progress = Object.fromEntries(allTasks(fixtureRoadmap).map((p) => [p.task.id, { status: 'done' as const, updatedAt: 'x' }]));
    const f = fakeDeps({ now: '2026-06-01T09:00:00', state: { startDate: '2026-03-01', progress } });
    await todayCommand({}, f.deps);
    const out = f.stdout();
    expect(out).toContain('The roadmap is finished.');
    expect(out).toContain('Time: 0 min logged, 17 h 15 min more from the estimates of tasks done without time logged.');
    expect(out).not.toContain('roadmap done 1 marks');
  });

  it('speaks Chinese and aligns columns by display width', async () => {
    const f = fakeDeps({ lang: 'zh', now: '2026-03-02T09:00:00', state: { startDate: '2026-03-01' } });
    await todayCommand({ minutes: '180' }, f.deps);
    const out = f.stdout();
    expect(out.split('\n')[0]).toBe('第 1 周 · 第 2 个学习日（共 7 个）');
    expect(out).toContain('今天 · 3 小时（--minutes）');
    const rows = taskLines(out);
    // "学习 Python 基础（补充）" is 24 columns wide, "A Python exercise（中）" 21: the minutes start in the same column.
    const col = (line: string) => {
      const i = line.indexOf('约');
      return [...line.slice(0, i)].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    };
    expect(rows).toHaveLength(2);
    expect(col(rows[0]!)).toBe(col(rows[1]!));
  });

  it('undo of logged time says what it undid, and the portion is as before', async () => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02', plan: plan90 } });
    await spentCommand('w1-basics', '45', {}, f.deps);
    f.clearOutput();
    await undoCommand({}, f.deps);
    expect(f.stdout()).toBe('Undid the 45 min logged on w1-basics.\n');
    expect(f.store.state.progress['w1-basics']).toBeUndefined();
  });

  it('refuses an impossible date with a usage error and writes nothing', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await expect(todayCommand({ date: '2026-02-30' }, f.deps)).rejects.toThrow(UsageError);
    await expect(todayCommand({ date: '2026-02-30' }, f.deps)).rejects.toThrow('Invalid date "2026-02-30"');
    expect(f.store.writes).toBe(0);
    expect(f.stdout()).toBe('');
  });
});

describe('spent', () => {
  it.each([
    { time: '45', minutes: 45 },
    { time: '1.5h', minutes: 90 },
    { time: '1h30m', minutes: 90 },
    { time: '20m', minutes: 20 },
  ])('logs $time as $minutes min', async ({ time, minutes }) => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02' } });
    const r = await spentCommand('w1-basics', time, {}, f.deps);
    expect(r).toMatchObject({ minutes, total: minutes, left: 120 - minutes, status: 'in-progress' });
    expect(f.store.state.progress['w1-basics']!.spentOn).toEqual({ '2026-03-02': minutes });
  });

  it.each([
    { time: '0', error: /from 1 to 1440/ },
    { time: 'soon', error: /from 1 to 1440/ },
    { time: '25h', error: /from 1 to 1440/ },
  ])('refuses $time and writes nothing', async ({ time, error }) => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02' } });
    await expect(spentCommand('w1-basics', time, {}, f.deps)).rejects.toThrow(error);
    expect(f.store.writes).toBe(0);
  });

  it('a day holds 1440 minutes on a task; without a time, a task not in today has no part to log', async () => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02' } });
    await spentCommand('w1-basics', '1400', {}, f.deps);
    await expect(spentCommand('w1-basics', '45', {}, f.deps)).rejects.toThrow('w1-basics has 1400 min logged on 2026-03-02 already: a day holds 1440.');
    await expect(spentCommand('w4-mentor', undefined, {}, f.deps)).rejects.toThrow('How long did you work on w4-mentor?');
    // --date logs an earlier day; a later one is refused.
    await spentCommand('w1-exercise', '30', { date: 'yesterday' }, f.deps);
    expect(f.store.state.progress['w1-exercise']!.spentOn).toEqual({ '2026-03-01': 30 });
    await expect(spentCommand('w1-exercise', '30', { date: '2026-03-05' }, f.deps)).rejects.toThrow(UsageError);
  });
});
