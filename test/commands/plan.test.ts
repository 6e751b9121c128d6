import { describe, expect, it } from 'vitest';
import { planCommand } from '../../src/commands/plan.ts';
import { undoCommand } from '../../src/commands/mark.ts';
import { UsageError } from '../../src/errors.ts';
import { statusOf } from '../../src/core/state.ts';
import { fakeDeps } from '../helpers.ts';

const done = { status: 'done' as const, updatedAt: 'x' };

describe('plan with flags', () => {
  it('saves start, pace, skips and language in one undoable change, keeping progress', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01', progress: { 'w2-conda': done } } });
    await planCommand({ start: '2026-03-02', daysPerWeek: '5', minutes: '90', skip: ['w1'], lang: 'zh' }, f.deps);
    const s = f.store.state;
    expect(s.startDate).toBe('2026-03-02');
    expect(s.plan).toEqual({ daysPerWeek: 5, minutesPerDay: 90 });
    expect(s.settings).toEqual({ lang: 'zh' });
    expect([statusOf(s, 'w1-basics'), statusOf(s, 'w1-exercise'), statusOf(s, 'w2-conda')]).toEqual(['skipped', 'skipped', 'done']);
    expect(s.events.at(-1)!.type).toBe('plan');
    expect(f.stdout()).toContain('Plan saved.');
    expect(f.stdout()).toMatch(/Week 1 +Python +skipped \(already known\)/);
    expect(f.stdout()).toMatch(/Week 2-3 +Tools \(added\) +2026-03-02 → 2026-03-04/);

    await undoCommand({}, f.deps);
    expect(f.store.state.startDate).toBe('2026-03-01');
    expect(f.store.state.plan).toBeUndefined();
    expect(f.store.state.settings).toEqual({});
    expect(statusOf(f.store.state, 'w1-basics')).toBe('todo');
    expect(statusOf(f.store.state, 'w2-conda')).toBe('done');
  });

  it('keeps the other settings when one changes; --minutes auto returns to the roadmap pace', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01', plan: { daysPerWeek: 3, minutesPerDay: 60 } } });
    await planCommand({ daysPerWeek: '6' }, f.deps);
    expect(f.store.state.plan).toEqual({ daysPerWeek: 6, minutesPerDay: 60 });
    await planCommand({ minutes: 'auto' }, f.deps);
    expect(f.store.state.plan).toEqual({ daysPerWeek: 6, minutesPerDay: null });
  });

  it.each([
    [{ daysPerWeek: '0' }, '--days-per-week must be a whole number from 1 to 7, not "0".'],
    [{ daysPerWeek: '8' }, '--days-per-week must be a whole number from 1 to 7'],
    [{ daysPerWeek: '-3' }, '--days-per-week must be a whole number'],
    [{ minutes: '2' }, '--minutes must be a whole number from 5 to 1440'],
    [{ minutes: '99999999999' }, '--minutes must be a whole number from 5 to 1440'],
    [{ start: '2026-02-30' }, 'Invalid date "2026-02-30"'],
    [{ skip: ['w1,wx'] }, '"wx" is neither a week nor a task id.'],
    [{ skip: ['w1-basic'] }, 'w1-basics?'],
  ])('%j is refused and nothing changes', async (options, message) => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await expect(planCommand(options, f.deps)).rejects.toThrow(UsageError);
    await expect(planCommand(options, f.deps)).rejects.toThrow(message);
    expect(f.store.writes).toBe(0);
  });

  it('without flags and without a terminal prints the plan and asks nothing', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await planCommand({}, f.deps);
    expect(f.prompted).toEqual([]);
    expect(f.store.writes).toBe(0);
    expect(f.stdout()).toContain('No plan set yet');
    expect(f.stdout()).toMatch(/Pace +7 study days a week/);
  });

  it('--json gives the schedule', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-02', plan: { daysPerWeek: 5, minutesPerDay: 60 } } });
    await planCommand({ json: true }, f.deps);
    const json = JSON.parse(f.stdout());
    expect(json.pace).toEqual({ daysPerWeek: 5, minutesPerDay: 60 });
    // w1 takes 180 min = 3 study days: Mon-Wed; w2-3 195 min = 4 days: Thu, Fri, Mon, Tue.
    expect(json.weeks.map((w: { id: string; from: string; to: string }) => [w.id, w.from, w.to])).toEqual([
      ['w1', '2026-03-02', '2026-03-04'],
      ['w2-3', '2026-03-05', '2026-03-10'],
      ['w4+', '2026-03-11', null],
    ]);
  });
});

describe('plan wizard', () => {
  it('asks start, days, minutes, programming, weeks, language, then saves', async () => {
    const f = fakeDeps({
      stdinIsTTY: true,
      state: { startDate: '2026-03-01' },
      answers: ['2026-03-09', 4, '45', true, (choices: { value: string; checked?: boolean }[]) => choices.filter((c) => c.checked).map((c) => c.value), 'en'],
    });
    await planCommand({}, f.deps);
    expect(f.prompted.map((p) => p.kind)).toEqual(['input', 'select', 'input', 'confirm', 'checkbox', 'select']);
    const weeks = f.prompted[4]!.choices!;
    expect(weeks.map((c) => [c.value, c.checked])).toEqual([
      ['w1', true],
      ['w2-3', false],
      ['w4+', false],
    ]);
    expect(f.store.state).toMatchObject({ startDate: '2026-03-09', plan: { daysPerWeek: 4, minutesPerDay: 45 }, settings: { lang: 'en' } });
    expect(statusOf(f.store.state, 'w1-basics')).toBe('skipped');
  });

  it('answers a bad value at the prompt instead of failing', async () => {
    const f = fakeDeps({ stdinIsTTY: true, lang: 'zh', state: { startDate: '2026-03-01' }, answers: ['2026-03-09', 5, '', false, [], 'zh'] });
    await planCommand({}, f.deps);
    const [start, , minutes] = f.prompted;
    expect(start!.validate!('2026-02-30')).toBe(
      '日期「2026-02-30」无效：请给出真实存在的日期（2026-03-05 或 2026-3-5）、today、yesterday（昨天）、几天前（-2）或星期几（mon、周一）。',
    );
    expect(start!.validate!('2026-03-09')).toBe(true);
    expect(minutes!.validate!('')).toBe(true);
    expect(minutes!.validate!('2')).toContain('--minutes');
    expect(minutes!.validate!('90')).toBe(true);
  });
});
