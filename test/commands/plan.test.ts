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
    await planCommand({ start: '2026-03-02', daysPerWeek: '5', minutes: '90', skip: ['w1'], lang: 'en', saveLang: true }, f.deps);
    const s = f.store.state;
    expect(s.startDate).toBe('2026-03-02');
    expect(s.plan).toEqual({ daysPerWeek: 5, minutesPerDay: 90 });
    expect(s.settings).toEqual({ lang: 'en' });
    expect([statusOf(s, 'w1-basics'), statusOf(s, 'w1-exercise'), statusOf(s, 'w2-conda')]).toEqual(['skipped', 'skipped', 'done']);
    expect(s.events.at(-1)!.type).toBe('plan');
    expect(f.stdout()).toContain('Plan saved: 2 tasks skipped as already known, the rest of your progress is unchanged');
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
      answers: [
        '2026-03-09',
        [1, 2, 4, 5],
        '45',
        true,
        (choices: { value: string; checked?: boolean }[]) => choices.filter((c) => c.checked).map((c) => c.value),
        'en',
      ],
    });
    await planCommand({}, f.deps);
    expect(f.prompted.map((p) => p.kind)).toEqual(['input', 'checkbox', 'input', 'confirm', 'checkbox', 'select']);
    const weeks = f.prompted[4]!.choices!;
    expect(weeks.map((c) => [c.value, c.checked])).toEqual([
      ['w1', true],
      ['w2-3', false],
      ['w4+', false],
    ]);
    expect(f.store.state).toMatchObject({ startDate: '2026-03-09', plan: { daysPerWeek: 4, minutesPerDay: 45 }, settings: { lang: 'en' } });
    expect(statusOf(f.store.state, 'w1-basics')).toBe('skipped');
    expect(f.stdout()).toContain('Plan saved: 2 tasks skipped as already known');
    expect(f.stdout()).not.toContain('Your progress is unchanged');
  });

  it('answers a bad value at the prompt instead of failing', async () => {
    const f = fakeDeps({ stdinIsTTY: true, lang: 'zh', state: { startDate: '2026-03-01' }, answers: ['2026-03-09', [1, 2, 3, 4, 5], '', false, [], 'zh'] });
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

describe('plan: the study weekdays', () => {
  it('--days sat,sun saves those weekdays and lays the weeks on weekends', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await planCommand({ start: '2026-03-07', days: 'sat,sun', minutes: '60' }, f.deps);
    expect(f.store.state.plan).toEqual({ daysPerWeek: 2, minutesPerDay: 60, weekdays: [0, 6] });
    expect(f.stdout()).toMatch(/Pace +2 study days a week \(Sat, Sun\), 60 min a day/);
    // w1 takes 180 min = 3 study days: Sat 03-07, Sun 03-08, Sat 03-14.
    expect(f.stdout()).toMatch(/Week 1 +Python +2026-03-07 → 2026-03-14/);
    await planCommand({ minutes: '90' }, f.deps);
    expect(f.store.state.plan).toEqual({ daysPerWeek: 2, minutesPerDay: 90, weekdays: [0, 6] });
    await planCommand({ daysPerWeek: '3' }, f.deps);
    expect(f.store.state.plan).toEqual({ daysPerWeek: 3, minutesPerDay: 90 });
  });

  it.each([
    ['sat,sun', [0, 6]],
    ['Saturday, Sunday', [0, 6]],
    ['mon-fri', undefined],
    ['1,3,5', undefined],
    ['6,7', [0, 6]],
    ['fri-mon', [0, 1, 5, 6]],
    ['周六、周日', [0, 6]],
    ['tues,thurs', [2, 4]],
  ])('--days %s', async (days, weekdays) => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await planCommand({ days }, f.deps);
    expect(f.store.state.plan!.weekdays).toEqual(weekdays);
  });

  it.each([
    [{ days: 'sat,sunny' }, '--days: "sat,sunny" is not a list of weekdays. Write them like sat,sun or mon-fri'],
    [{ days: '0' }, 'numbers 1-7 (1 = Monday, 7 = Sunday)'],
    [{ days: 's' }, 'is not a list of weekdays'],
    [{ days: ',' }, 'is not a list of weekdays'],
    [{ days: 'sat', daysPerWeek: '2' }, '--days and --days-per-week both set the study days: give one of them.'],
    [{ skip: ['w99'] }, "There is no week 99: the roadmap's weeks are 1 to 4+."],
    [{ skip: ['99'] }, 'There is no week 99'],
  ])('%j is refused and nothing changes', async (options, message) => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await expect(planCommand(options, f.deps)).rejects.toThrow(UsageError);
    await expect(planCommand(options, f.deps)).rejects.toThrow(message);
    expect(f.store.writes).toBe(0);
  });

  it('--skip 5 still names a week of an open-ended block as far as it is planned', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await planCommand({ skip: ['w5'] }, f.deps);
    expect(statusOf(f.store.state, 'w4-mentor')).toBe('skipped');
  });

  it('--minutes without a plan keeps the 7 days a week in effect', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await planCommand({ minutes: '5' }, f.deps);
    expect(f.store.state.plan).toEqual({ daysPerWeek: 7, minutesPerDay: 5 });
    expect(f.stdout()).toMatch(/Pace +7 study days a week \(Mon, Tue, Wed, Thu, Fri, Sat, Sun\), 5 min a day/);
  });

  it('the wizard offers the 7 weekdays Monday first, in the interface language, ticked as the plan has them', async () => {
    const f = fakeDeps({
      stdinIsTTY: true,
      lang: 'zh',
      state: { startDate: '2026-03-01', plan: { daysPerWeek: 2, minutesPerDay: 60, weekdays: [0, 6] }, settings: { lang: 'zh' } },
      answers: ['2026-03-09', [6, 0], '60', false, [], 'zh'],
    });
    await planCommand({}, f.deps);
    const days = f.prompted[1]!;
    expect(days.message).toBe('你的学习日（空格勾选，回车确认）：');
    expect(days.choices!.map((c) => [c.name, c.value, c.checked])).toEqual([
      ['星期一', 1, false],
      ['星期二', 2, false],
      ['星期三', 3, false],
      ['星期四', 4, false],
      ['星期五', 5, false],
      ['星期六', 6, true],
      ['星期日', 0, true],
    ]);
    expect(f.store.state.plan).toEqual({ daysPerWeek: 2, minutesPerDay: 60, weekdays: [0, 6] });
    expect(f.stdout()).toMatch(/节奏 +每周学习 2 天（周六、周日），每天 60 分钟/);
  });

  it('without a plan the wizard ticks Monday to Friday and refuses no day at all', async () => {
    let refusal: unknown;
    const f = fakeDeps({ stdinIsTTY: true, state: { startDate: '2026-03-01' }, answers: ['2026-03-09', [1, 2, 3, 4, 5], '', false, [], 'system'] });
    const checkbox = f.deps.prompts.checkbox.bind(f.deps.prompts);
    f.deps.prompts.checkbox = (message, choices, options) => {
      if (options?.validate) refusal = options.validate([]);
      return checkbox(message, choices, options);
    };
    await planCommand({}, f.deps);
    expect(f.prompted[1]!.choices!.filter((c) => c.checked).map((c) => c.name)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    expect(refusal).toBe('Pick at least one study day.');
    expect(f.store.state.plan).toEqual({ daysPerWeek: 5, minutesPerDay: null });
  });
});

describe('plan: the language is saved only when asked', () => {
  it('plan --lang zh without a terminal shows the plan in Chinese and saves nothing', async () => {
    const f = fakeDeps({ lang: 'zh', state: { startDate: '2026-03-01' } });
    await planCommand({ lang: 'zh' }, f.deps);
    expect(f.store.writes).toBe(0);
    expect(f.stdout()).toContain('节奏');
  });

  it('plan --lang zh in a terminal runs the wizard; the language question keeps the system locale by default', async () => {
    const f = fakeDeps({
      stdinIsTTY: true,
      lang: 'zh',
      state: { startDate: '2026-03-01' },
      answers: ['2026-03-09', [1, 2, 3, 4, 5], '', false, [], (choices: { value: string }[]) => choices[0]!.value],
    });
    await planCommand({ lang: 'zh' }, f.deps);
    const question = f.prompted[5]!;
    expect(question.message).toBe('语言（保存为你的设置）：');
    expect(question.choices!.map((c) => c.name)).toEqual(['跟随系统语言（不保存）', '中文', 'English']);
    expect(f.store.state.settings).toEqual({});
    expect(f.stdout()).toMatch(/语言 +跟随系统语言/);
  });

  it('plan --lang zh --save-lang saves Chinese without asking (and with flags too)', async () => {
    const f = fakeDeps({ stdinIsTTY: true, lang: 'zh', state: { startDate: '2026-03-01' }, answers: ['2026-03-09', [1, 2, 3, 4, 5], '', false, []] });
    await planCommand({ lang: 'zh', saveLang: true }, f.deps);
    expect(f.store.state.settings).toEqual({ lang: 'zh' });
    expect(f.stdout()).toMatch(/语言 +中文/);
    const g = fakeDeps({ lang: 'zh', state: { startDate: '2026-03-01' } });
    await planCommand({ lang: 'zh', saveLang: true }, g.deps);
    expect(g.store.state.settings).toEqual({ lang: 'zh' });
  });

  it('the saved language is the default answer and is shown by name', async () => {
    const f = fakeDeps({
      stdinIsTTY: true,
      state: { startDate: '2026-03-01', settings: { lang: 'en' } },
      answers: ['2026-03-09', [1, 2, 3, 4, 5], '', false, [], 'en'],
    });
    await planCommand({}, f.deps);
    expect(f.prompted[5]!.choices!.map((c) => c.name)).toEqual(['中文', 'English']);
    expect(f.stdout()).toMatch(/Language +English/);
  });
});
