import { describe, expect, it } from 'vitest';
import { todayCommand } from '../../src/commands/today.ts';
import { UsageError } from '../../src/errors.ts';
import { fakeDeps } from '../helpers.ts';

describe('today', () => {
  it('records the plan start on first use and shows week 1 with numbered resources', async () => {
    const f = fakeDeps({ now: '2026-03-10T09:00:00' });
    await todayCommand({}, f.deps);
    expect(f.store.state.startDate).toBe('2026-03-10');
    const out = f.stdout();
    expect(out).toContain('Week 1 (roadmap week 1) · day 1 of 7 · day 1 of the plan');
    expect(out).toMatch(/○ w1-basics\s+Python basics/);
    expect(out).toContain('1. [doc]  Python tutorial  https://docs.python.org/3/tutorial/index.html');
    expect(out).toContain('2. [site] Stack Overflow (added)  https://stackoverflow.com/');
    expect(out).toContain('0/8 done');
    expect(out).toMatch(/Tip: /);
  });

  it('does not move an existing start date', async () => {
    const f = fakeDeps({ now: '2026-03-10T09:00:00', state: { startDate: '2026-03-01' } });
    await todayCommand({}, f.deps);
    expect(f.store.writes).toBe(0);
    expect(f.stdout()).toContain('Week 2 (roadmap week 2-3) · day 3 of 7 · day 10 of the plan');
  });

  it('puts overdue tasks first and marks them', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await todayCommand({ date: '2026-03-09' }, f.deps);
    const lines = f
      .stdout()
      .split('\n')
      .filter((l) => /^ {0,2}\d+ [!○◐✔] /.test(l));
    expect(lines[0]).toMatch(/^ 1 ! w1-basics .*overdue/);
    expect(lines[1]).toMatch(/^ 2 ! w1-exercise .*overdue/);
    expect(lines[2]).toMatch(/^ 3 ○ w2-conda /);
    expect(lines[2]).not.toContain('overdue');
  });

  it('prints JSON from the same plan', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01', progress: { 'w1-basics': { status: 'done', updatedAt: 'x' } } } });
    await todayCommand({ date: '2026-03-08', json: true }, f.deps);
    const json = JSON.parse(f.stdout());
    expect(json).toMatchObject({ date: '2026-03-08', week: 2, day: 1, planDay: 8, progress: { done: 1, total: 8 } });
    expect(json.tasks.map((t: { id: string; status: string; timing: string }) => `${t.id}/${t.status}/${t.timing}`)).toEqual([
      'w1-exercise/todo/overdue',
      'w2-conda/todo/this-week',
      'w2-jupyter/todo/this-week',
      'w2-numpy/todo/this-week',
    ]);
    expect(json.tasks[1].resources).toEqual([
      {
        n: 1,
        title: 'conda docs',
        url: 'https://docs.conda.io/projects/conda/en/latest/user-guide/getting-started.html',
        kind: 'doc',
        language: 'en',
        added: 'added, not in the text',
      },
    ]);
    expect(json.tasks[0].resources[0]).toMatchObject({ url: null, kind: 'site' });
  });

  it('shows the next week ahead when this week is done', async () => {
    const f = fakeDeps({
      state: { startDate: '2026-03-01', progress: { 'w1-basics': { status: 'done', updatedAt: 'x' }, 'w1-exercise': { status: 'skipped', updatedAt: 'x' } } },
    });
    await todayCommand({ date: '2026-03-03' }, f.deps);
    expect(f.stdout()).toMatch(/○ w2-conda\s+conda\s+~60 min {2}ahead/);
    expect(f.stdout()).toContain('2/8 (1 done, 1 skipped)');
  });

  it('speaks Chinese and aligns columns by display width', async () => {
    const f = fakeDeps({ lang: 'zh', state: { startDate: '2026-03-01' } });
    await todayCommand({ date: '2026-03-02' }, f.deps);
    const out = f.stdout();
    expect(out).toContain('第 1 周（路线第 1 周）');
    const rows = out.split('\n').filter((l) => /^ +\d+ ○ /.test(l));
    // "学习 Python 基础" is 16 columns wide, "A Python exercise（中）" 21: the estimates start in the same column.
    const col = (line: string) => {
      const i = line.indexOf('约');
      return [...line.slice(0, i)].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    };
    expect(rows).toHaveLength(2);
    expect(col(rows[0]!)).toBe(col(rows[1]!));
  });

  it('refuses an impossible date with a usage error and writes nothing', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await expect(todayCommand({ date: '2026-02-30' }, f.deps)).rejects.toThrow(UsageError);
    await expect(todayCommand({ date: '2026-02-30' }, f.deps)).rejects.toThrow('Invalid date "2026-02-30"');
    expect(f.store.writes).toBe(0);
    expect(f.stdout()).toBe('');
  });
});
