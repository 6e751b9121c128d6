import { describe, expect, it } from 'vitest';
import { planToday, tipFor } from '../../src/core/schedule.ts';
import { emptyState, type ProgressState, type TaskProgress } from '../../src/core/state.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

const mark = (status: TaskProgress['status']): TaskProgress => ({ status, updatedAt: '2026-03-01T00:00:00.000Z' });
function stateWith(marks: Record<string, TaskProgress['status']>): ProgressState {
  return { ...emptyState(), progress: Object.fromEntries(Object.entries(marks).map(([id, s]) => [id, mark(s)])) };
}

describe('planToday', () => {
  const start = '2026-03-01';
  it.each([
    {
      name: 'first day: week 1 tasks',
      date: '2026-03-01',
      marks: {},
      // The roadmap's own pace: w1's 180 min over its 7 days is 25 min a day (to whole fives).
      expect: { planDay: 1, planWeek: 1, weekDay: 1, week: 'w1', tasks: ['w1-basics:this-week:25'] },
    },
    {
      name: 'last day of week 1',
      date: '2026-03-07',
      marks: { 'w1-basics': 'done' },
      expect: { planDay: 7, planWeek: 1, weekDay: 7, week: 'w1', tasks: ['w1-exercise:this-week:25'] },
    },
    {
      name: 'week 2: week 1 leftovers first, marked overdue',
      date: '2026-03-08',
      marks: { 'w1-basics': 'done', 'w2-conda': 'skipped' },
      // w2-3 without the skipped conda: 135 min over 10 study days, 15 min a day.
      expect: { planDay: 8, planWeek: 2, weekDay: 1, week: 'w2-3', tasks: ['w1-exercise:overdue:15'] },
    },
    {
      name: 'week 3 is still the w2-3 block',
      date: '2026-03-21',
      marks: { 'w1-basics': 'done', 'w1-exercise': 'done', 'w2-jupyter': 'in-progress' },
      expect: { planDay: 21, planWeek: 3, weekDay: 7, week: 'w2-3', tasks: ['w2-conda:this-week:15'] },
    },
    {
      name: 'this week done: the next block first tasks, ahead',
      date: '2026-03-02',
      marks: { 'w1-basics': 'done', 'w1-exercise': 'skipped' },
      // 120 min of w1 left unskipped over 5 days: 25 min a day.
      expect: { planDay: 2, planWeek: 1, weekDay: 2, week: 'w1', tasks: ['w2-conda:ahead:25'] },
    },
    {
      name: 'open-ended last block goes on',
      date: '2026-06-01',
      marks: {},
      expect: {
        planDay: 93,
        planWeek: 14,
        weekDay: 2,
        week: 'w4+',
        // In roadmap order, so the overdue work first; 660 min over w4+'s 28 days: 25 min a day.
        tasks: ['w1-basics:overdue:25'],
      },
    },
    {
      name: 'before the plan starts: week 1',
      date: '2026-02-20',
      marks: {},
      expect: { planDay: -8, planWeek: 1, weekDay: 1, week: 'w1', tasks: ['w1-basics:this-week:25'] },
    },
  ])('$name', ({ date, marks, expect: want }) => {
    const plan = planToday(fixtureRoadmap, stateWith(marks as Record<string, TaskProgress['status']>), start, date);
    expect({
      planDay: plan.planDay,
      planWeek: plan.planWeek,
      weekDay: plan.weekDay,
      week: plan.week.id,
      tasks: plan.tasks.map((t) => `${t.placed.task.id}:${t.timing}:${t.minutesToday}`),
    }).toEqual(want);
  });

  it('counts progress and says when everything is finished', () => {
    const all = Object.fromEntries(fixtureRoadmap.weeks.flatMap((w) => w.tasks.map((t) => [t.id, 'done' as const])));
    all['w1-basics'] = 'skipped' as never;
    const plan = planToday(fixtureRoadmap, stateWith(all), start, '2026-03-05');
    expect(plan.progress).toEqual({ done: 7, skipped: 1, inProgress: 0, total: 8 });
    expect(plan.complete).toBe(true);
    expect(plan.tasks).toEqual([]);
  });

  it('ignores progress of ids the roadmap no longer has', () => {
    const plan = planToday(fixtureRoadmap, stateWith({ 'w9-gone': 'done', 'w1-basics': 'done' }), start, '2026-03-01');
    expect(plan.progress.done).toBe(1);
    expect(plan.progress.total).toBe(8);
  });

  it('a tip about a week is shown only in that week; tips about no week in any', () => {
    const r = structuredClone(fixtureRoadmap);
    r.tips = [
      { id: 'tip-any', text: { en: 'any', zh: 'any' }, source: { en: 's', zh: 's' } },
      { id: 'tip-w4', text: { en: 'w4', zh: 'w4' }, source: { en: 's', zh: 's' }, weeks: ['w4+'] },
    ];
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];
    // Week 1: only the tip about any week.
    expect(new Set(days.map((d) => tipFor(r, d, r.weeks[0])?.id))).toEqual(new Set(['tip-any']));
    // w4+: both, one a day.
    expect(new Set(days.map((d) => tipFor(r, d, r.weeks[2])?.id))).toEqual(new Set(['tip-any', 'tip-w4']));
    // planToday takes the week of the tasks shown.
    const state = stateWith({ 'w1-basics': 'done', 'w1-exercise': 'done', 'w2-conda': 'done', 'w2-jupyter': 'done', 'w2-numpy': 'done' });
    const shown = days.map((d) => planToday(r, state, start, d).tip?.id);
    expect(shown).toContain('tip-w4');
  });

  it('gives one tip a day, a different one the next day', () => {
    const a = planToday(fixtureRoadmap, emptyState(), start, '2026-03-01').tip?.id;
    const b = planToday(fixtureRoadmap, emptyState(), start, '2026-03-02').tip?.id;
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
  });
});

describe('planToday with a pace', () => {
  // Fixture minutes: w1 = 120 + 60, w2-3 = 60 + 45 + 90, w4+ = 300 + 300 + 60.
  const start = '2026-03-02'; // a Monday
  const withPlan = (plan: ProgressState['plan'], marks: Record<string, TaskProgress['status']> = {}): ProgressState => ({ ...stateWith(marks), plan });

  it.each([
    { name: 'full time, day 1', plan: undefined, date: '2026-03-02', week: 'w1', studyDay: true, standing: 'on-track' },
    {
      name: '5 days a week: Saturday is a rest day',
      plan: { daysPerWeek: 5, minutesPerDay: null },
      date: '2026-03-07',
      week: 'w1',
      studyDay: false,
      standing: 'behind:1',
    },
    {
      name: '5 days a week: week 1 (7 study days) runs into the second calendar week',
      plan: { daysPerWeek: 5, minutesPerDay: null },
      date: '2026-03-10',
      week: 'w1',
      studyDay: true,
      standing: 'behind:2',
    },
    {
      name: '5 days a week: the 8th study day starts w2-3',
      plan: { daysPerWeek: 5, minutesPerDay: null },
      date: '2026-03-11',
      week: 'w2-3',
      studyDay: true,
      standing: 'behind:3',
    },
    {
      name: '60 minutes a day: w1 (180 min) takes 3 study days',
      plan: { daysPerWeek: 7, minutesPerDay: 60 },
      date: '2026-03-04',
      week: 'w1',
      studyDay: true,
      standing: 'behind:1',
    },
    {
      name: '60 minutes a day: day 4 is w2-3',
      plan: { daysPerWeek: 7, minutesPerDay: 60 },
      date: '2026-03-05',
      week: 'w2-3',
      studyDay: true,
      standing: 'behind:2',
    },
    {
      name: 'skipping w1 starts with w2-3',
      plan: { daysPerWeek: 7, minutesPerDay: 60 },
      marks: { 'w1-basics': 'skipped', 'w1-exercise': 'skipped' },
      date: '2026-03-02',
      week: 'w2-3',
      studyDay: true,
      standing: 'on-track',
    },
    {
      name: 'done early: ahead',
      plan: { daysPerWeek: 7, minutesPerDay: 60 },
      marks: { 'w1-basics': 'done', 'w1-exercise': 'done' },
      date: '2026-03-02',
      week: 'w1',
      studyDay: true,
      standing: 'ahead:3',
    },
  ])('$name', ({ plan, marks, date, week, studyDay, standing }) => {
    const today = planToday(fixtureRoadmap, withPlan(plan, marks as Record<string, TaskProgress['status']>), start, date);
    expect(today.week.id).toBe(week);
    expect(today.studyDay).toBe(studyDay);
    const s = today.standing;
    expect(s.kind === 'on-track' ? 'on-track' : `${s.kind}:${s.days}`).toBe(standing);
  });

  it('lists the overdue work first and counts the rest of the block, not dumps it', () => {
    const today = planToday(fixtureRoadmap, emptyState(), '2026-01-01', '2026-03-01');
    expect(today.tasks.map((t) => `${t.placed.task.id}:${t.timing}`)).toEqual(['w1-basics:overdue']);
    // Everything up to the end of w4+ that today leaves: 95 min of w1-basics and the seven other tasks.
    expect(today.later.tasks).toBe(7);
    expect(today.later.minutes).toBe(95 + 60 + 60 + 45 + 90 + 300 + 300 + 60);
  });

  it.each([
    { minutes: 45, expect: ['w2-conda:45'] },
    { minutes: 110, expect: ['w2-conda:60', 'w2-jupyter:45'] },
    { minutes: 200, expect: ['w2-conda:60', 'w2-jupyter:45', 'w2-numpy:90'] },
    { minutes: 30, expect: ['w2-conda:30'] },
    // No sliver of a new task at the end: 10 min left after conda and jupyter start nothing.
    { minutes: 115, expect: ['w2-conda:60', 'w2-jupyter:45'] },
  ])('--minutes $minutes takes the work in order: $expect', ({ minutes, expect: want }) => {
    const state = stateWith({ 'w1-basics': 'done', 'w1-exercise': 'done' });
    const today = planToday(fixtureRoadmap, state, '2026-03-01', '2026-03-09', { minutes });
    expect(today.tasks.map((t) => `${t.placed.task.id}:${t.minutesToday}`)).toEqual(want);
    expect(today.budgetMinutes).toBe(minutes);
    expect(today.budgetSource).toBe('option');
  });

  it('--minutes puts overdue work first and counts what it leaves', () => {
    const today = planToday(fixtureRoadmap, emptyState(), '2026-03-01', '2026-03-09', { minutes: 130 });
    expect(today.tasks.map((t) => `${t.placed.task.id}:${t.timing}:${t.minutesToday}`)).toEqual(['w1-basics:overdue:120']);
    expect(today.later).toMatchObject({ tasks: 4, minutes: 60 + 60 + 45 + 90 });
  });
});

describe('skipping what you know never makes you behind', () => {
  // Full time from Monday 2026-03-02; weeks 1 and 2 of the fixture done. The first task of w2-3 on the
  // bundled-like layout: skipping the task you are on must not make the next one overdue.
  const at = (date: string) => new Date(`${date}T12:00:00`).toISOString();
  const mark = (status: TaskProgress['status'], date: string): TaskProgress => ({
    status,
    updatedAt: at(date),
    ...(status === 'skipped' ? { skippedAt: at(date) } : status === 'done' ? { doneAt: at(date) } : {}),
  });
  const start = '2026-03-02';
  const standingOn = (progress: Record<string, TaskProgress>, date: string) => {
    const s = planToday(fixtureRoadmap, { ...emptyState(), startDate: start, progress }, start, date).standing;
    return s.kind === 'on-track' ? 'on-track' : `${s.kind}:${s.days}`;
  };
  const w1 = { 'w1-basics': mark('done', '2026-03-05'), 'w1-exercise': mark('done', '2026-03-08') };

  const days = Array.from({ length: 28 }, (_, d) => `2026-03-${String(2 + d).padStart(2, '0')}`);

  it('skipping the task in hand on the last day it is on time keeps the learner on track', () => {
    // The last day w2-conda (the first task after week 1) is on time without a skip.
    const last = days.filter((d, i) => standingOn(w1, d) === 'on-track' && standingOn(w1, days[i + 1]!) === 'behind:1').at(-1)!;
    expect(last).toBeDefined();
    // Skipping it moves w2-jupyter into its place in the schedule, already part-way through: that alone
    // made the learner "behind" before.
    expect(standingOn({ ...w1, 'w2-conda': mark('skipped', last) }, last)).toBe('on-track');
  });

  it('weeks skipped when the plan started give no spare time: late on what is left is still behind', () => {
    const known = { 'w1-basics': mark('skipped', start), 'w1-exercise': mark('skipped', start) };
    expect(standingOn(known, '2026-03-25')).toMatch(/^behind:\d+$/);
    expect(standingOn(known, start)).toBe('on-track');
  });

  it('a skip after the start never turns on track into behind, on any day', () => {
    for (const date of days) {
      const without = standingOn(w1, date);
      const withSkip = standingOn({ ...w1, 'w2-conda': mark('skipped', '2026-03-09') }, date);
      if (!without.startsWith('behind')) expect(withSkip.startsWith('behind'), date).toBe(false);
      else if (withSkip.startsWith('behind')) expect(Number(withSkip.split(':')[1])).toBeLessThanOrEqual(Number(without.split(':')[1]));
    }
  });
});

describe('before the plan starts', () => {
  it('there is nothing to be ahead of, even with the first week done already', () => {
    const at = new Date('2026-03-01T12:00:00').toISOString();
    const progress = {
      'w1-basics': { status: 'done' as const, doneAt: at, updatedAt: at },
      'w1-exercise': { status: 'done' as const, doneAt: at, updatedAt: at },
    };
    const plan = planToday(fixtureRoadmap, { ...emptyState(), startDate: '2026-03-09', progress }, '2026-03-09', '2026-03-02');
    expect(plan.planDay).toBeLessThan(1);
    expect(plan.standing).toEqual({ kind: 'on-track' });
    // Once it has started, being early counts.
    expect(planToday(fixtureRoadmap, { ...emptyState(), startDate: '2026-03-09', progress }, '2026-03-09', '2026-03-09').standing.kind).toBe('ahead');
  });
});
