// The day's portion over plans (1-7 days a week, 30-240 minutes), with and without logged time, behind,
// ahead, before the start, finished: planToday with an injected date.
import { describe, expect, it } from 'vitest';
import { dayPortion, minutesLeft } from '../../src/core/portion.ts';
import { paceOf, planToday, weeksShown, withWholeTasks } from '../../src/core/schedule.ts';
import { dateOfStudyDay } from '../../src/core/pace.ts';
import { allTasks, weeksAt } from '../../src/core/roadmap.ts';
import type { RoadmapOutline } from '../../src/core/types.ts';
import { emptyState, logSpent, type CurrentState, type TaskProgress } from '../../src/core/state.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

// Fixture order and minutes: w1-basics 120, w1-exercise 60 | w2-conda 60, w2-jupyter 45, w2-numpy 90 |
// w4-direction 300, w4-papers 300, w4-mentor 60.
const START = '2026-03-02'; // a Monday
const at = '2026-03-01T00:00:00.000Z';

interface Case {
  name: string;
  days?: number;
  minutes?: number | null;
  date: string;
  progress?: Record<string, Partial<TaskProgress> & { status: TaskProgress['status'] }>;
  doneOn?: Record<string, string>;
  /** id:timing:minutesToday, with +covered when today's part is done. */
  tasks: string[];
  budget: number;
  later?: [number, number];
  ahead?: string[];
  doneForToday?: boolean;
  worked?: number;
}

const cases: Case[] = [
  { name: '30 min a day: part of the first task', days: 5, minutes: 30, date: START, tasks: ['w1-basics:this-week:30'], budget: 30, later: [1, 90 + 60] },
  { name: '90 min a day', days: 5, minutes: 90, date: START, tasks: ['w1-basics:this-week:90'], budget: 90, later: [1, 30 + 60] },
  {
    name: '150 min: the first task whole, part of the next',
    days: 5,
    minutes: 150,
    date: START,
    tasks: ['w1-basics:this-week:120', 'w1-exercise:this-week:30'],
    budget: 150,
    later: [0, 30],
  },
  {
    // At 240 a day w1 takes one study day: the rest of the budget goes on to the next block's work.
    name: '240 min: on into the next block',
    days: 7,
    minutes: 240,
    date: START,
    tasks: ['w1-basics:this-week:120', 'w1-exercise:this-week:60', 'w2-conda:ahead:60'],
    budget: 240,
    later: [0, 0],
  },
  {
    name: 'time logged before today shrinks the task: today picks up where yesterday stopped',
    days: 5,
    minutes: 90,
    date: '2026-03-03',
    progress: { 'w1-basics': { status: 'in-progress', spentOn: { [START]: 90 } } },
    tasks: ['w1-basics:this-week:30', 'w1-exercise:this-week:60'],
    budget: 90,
    later: [0, 0],
  },
  {
    name: 'time logged today counts against today, the portion stays as the day began',
    days: 5,
    minutes: 90,
    date: START,
    progress: { 'w1-basics': { status: 'in-progress', spentOn: { [START]: 40 } } },
    tasks: ['w1-basics:this-week:90'],
    budget: 90,
    doneForToday: false,
    worked: 40,
  },
  {
    name: "today's part logged: done for today, what comes next offered",
    days: 5,
    minutes: 90,
    date: START,
    progress: { 'w1-basics': { status: 'in-progress', spentOn: { [START]: 90 } } },
    tasks: ['w1-basics:this-week:90+covered'],
    budget: 90,
    doneForToday: true,
    worked: 90,
    ahead: ['w1-exercise:60', 'w2-conda:30'],
  },
  {
    name: 'a task done today stays in the portion, ticked',
    days: 5,
    minutes: 90,
    date: START,
    progress: { 'w1-basics': { status: 'done' } },
    doneOn: { 'w1-basics': START },
    tasks: ['w1-basics:this-week:90+covered'],
    budget: 90,
    doneForToday: true,
    // Done with no time logged: its estimate counts.
    worked: 120,
    ahead: ['w1-exercise:60', 'w2-conda:30'],
  },
  {
    name: 'a task done on an earlier day is gone from the portion',
    days: 5,
    minutes: 90,
    date: '2026-03-03',
    progress: { 'w1-basics': { status: 'done' } },
    doneOn: { 'w1-basics': START },
    tasks: ['w1-exercise:this-week:60', 'w2-conda:ahead:30'],
    budget: 90,
    doneForToday: false,
  },
  {
    name: 'one day a week (Saturday): a Monday is a rest day, the next work is optional',
    days: 1,
    minutes: 120,
    date: START,
    tasks: [],
    budget: 0,
    ahead: ['w1-basics:120'],
    doneForToday: false,
  },
  { name: 'one day a week: the Saturday has the portion', days: 1, minutes: 120, date: '2026-03-07', tasks: ['w1-basics:this-week:120'], budget: 120 },
  {
    name: '3 days a week (Mon, Wed, Fri): Tuesday rests',
    days: 3,
    minutes: 60,
    date: '2026-03-03',
    tasks: [],
    budget: 0,
    ahead: ['w1-basics:60'],
  },
  {
    name: 'before the plan starts: the first study day, nothing done yet',
    days: 5,
    minutes: 90,
    date: '2026-02-25',
    tasks: ['w1-basics:this-week:90'],
    budget: 90,
    doneForToday: false,
  },
  {
    // 5 days a week at 30 min: w1 takes study days 0-5, w2-3 6-12, w4+ 13-34; 2026-04-06 is study day 25.
    name: 'far behind: in roadmap order, the overdue first, the rest counted',
    days: 5,
    minutes: 30,
    date: '2026-04-06',
    tasks: ['w1-basics:overdue:30'],
    budget: 30,
    later: [7, 90 + 60 + 60 + 45 + 90 + 300 + 300 + 60],
  },
  {
    name: 'no plan: the roadmap pace (w1: 180 min over 7 days, to whole fives)',
    minutes: undefined,
    date: START,
    tasks: ['w1-basics:this-week:25'],
    budget: 25,
  },
  {
    name: 'a task worked on beyond its estimate still gets a last stretch',
    days: 5,
    minutes: 90,
    date: '2026-03-03',
    progress: { 'w1-basics': { status: 'in-progress', spentOn: { [START]: 150 } } },
    // 15 + 60 leaves 15: enough to start the next task.
    tasks: ['w1-basics:this-week:15', 'w1-exercise:this-week:60', 'w2-conda:ahead:15'],
    budget: 90,
  },
  {
    name: 'finished: nothing left',
    days: 5,
    minutes: 90,
    date: START,
    progress: Object.fromEntries(allTasks(fixtureRoadmap).map((p) => [p.task.id, { status: 'done' as const }])),
    tasks: [],
    budget: 90,
    doneForToday: false,
  },
];

function stateOf(c: Case): CurrentState & { doneOn: Record<string, string> } {
  const progress = Object.fromEntries(Object.entries(c.progress ?? {}).map(([id, p]) => [id, { updatedAt: at, ...p } as TaskProgress]));
  const plan = c.minutes === undefined && c.days === undefined ? undefined : { daysPerWeek: c.days ?? 7, minutesPerDay: c.minutes ?? null };
  return { ...emptyState(), progress, ...(plan ? { plan } : {}), doneOn: c.doneOn ?? {} };
}

describe("the day's portion", () => {
  it.each(cases)('$name', (c) => {
    const plan = planToday(fixtureRoadmap, stateOf(c), START, c.date);
    expect(plan.tasks.map((t) => `${t.placed.task.id}:${t.timing}:${t.minutesToday}${t.covered ? '+covered' : ''}`)).toEqual(c.tasks);
    expect(plan.budgetMinutes).toBe(c.budget);
    if (c.later) expect([plan.later.tasks, plan.later.minutes]).toEqual(c.later);
    if (c.ahead) expect(plan.ahead.map((t) => `${t.placed.task.id}:${t.minutesToday}`)).toEqual(c.ahead);
    if (c.doneForToday !== undefined) expect(plan.doneForToday).toBe(c.doneForToday);
    if (c.worked !== undefined) expect(plan.workedToday).toBe(c.worked);
    // The numbered lines are the portion, then what is offered, then what is left for later.
    expect(plan.lines.map((t) => t.placed.task.id)).toEqual([...plan.tasks, ...plan.ahead, ...plan.later.items].map((t) => t.placed.task.id));
  });

  // What a compiled roadmap's index gives: each task's id and estimate, nothing else.
  const outline: RoadmapOutline = {
    ...fixtureRoadmap,
    weeks: fixtureRoadmap.weeks.map((w) => ({ ...w, tasks: w.tasks.map(({ id, estimateMinutes }) => ({ id, estimateMinutes })) })),
  };

  it.each(cases)('planned on the outline, then filled with the weeks it shows, is the plan of the whole roadmap: $name', (c) => {
    const state = stateOf(c);
    const outlined = planToday(outline, state, START, c.date);
    const shown = weeksShown(outline, outlined);
    const whole = planToday(fixtureRoadmap, state, START, c.date);
    expect(withWholeTasks(outline, outlined, weeksAt(fixtureRoadmap, shown))).toEqual(whole);
    // Only the blocks of what is shown: today's, and those of its lines.
    expect(shown).toEqual(
      [
        ...new Set([
          fixtureRoadmap.weeks.indexOf(whole.week),
          fixtureRoadmap.weeks.indexOf(whole.shownWeek),
          ...whole.lines.map((t) => t.placed.weekIndex),
          ...(whole.later.week ? [fixtureRoadmap.weeks.indexOf(whole.later.week)] : []),
        ]),
      ].sort(),
    );
    // A block it needs but was not given is an error, not a plan with missing tasks.
    if (shown.length > 0) expect(() => withWholeTasks(outline, outlined, weeksAt(fixtureRoadmap, shown.slice(1)))).toThrow(/was not read/);
  });

  it('never plans more than the budget, nor leaves it unused while work is left', () => {
    for (const minutes of [30, 45, 60, 90, 120, 180, 240]) {
      for (const days of [1, 2, 3, 4, 5, 6, 7]) {
        const state = { ...emptyState(), plan: { daysPerWeek: days, minutesPerDay: minutes }, doneOn: {} };
        // The plan's first study day.
        const date = dateOfStudyDay(START, 0, paceOf(state));
        const plan = planToday(fixtureRoadmap, state, START, date);
        expect(plan.studyDay).toBe(true);
        const planned = plan.tasks.reduce((sum, t) => sum + t.minutesToday, 0);
        expect(planned).toBeLessThanOrEqual(minutes);
        // Only a part smaller than 15 minutes of a new task is left out.
        expect(minutes - planned).toBeLessThan(15);
      }
    }
  });

  it('the weekdays the learner picked are the study days (Saturday and Sunday)', () => {
    const state = { ...emptyState(), plan: { daysPerWeek: 2, minutesPerDay: 90, weekdays: [6, 0] }, doneOn: {} };
    // 2026-03-04 is a Wednesday: a rest day on this plan; 2026-03-07 a Saturday: a study day.
    const wednesday = planToday(fixtureRoadmap, state, START, '2026-03-04');
    expect([wednesday.studyDay, wednesday.budgetSource, wednesday.tasks.length]).toEqual([false, 'rest-day', 0]);
    const saturday = planToday(fixtureRoadmap, state, START, '2026-03-07');
    expect([saturday.studyDay, saturday.budgetMinutes, saturday.tasks.map((t) => t.minutesToday)]).toEqual([true, 90, [90]]);
    expect(paceOf(state).weekdays).toEqual([6, 0]);
  });

  it('the rest-day budget is 0 and --minutes still plans a day on it', () => {
    const state = { ...emptyState(), plan: { daysPerWeek: 5, minutesPerDay: 60 }, doneOn: {} };
    const saturday = planToday(fixtureRoadmap, state, START, '2026-03-07');
    expect([saturday.budgetMinutes, saturday.budgetSource, saturday.tasks.length]).toEqual([0, 'rest-day', 0]);
    const asked = planToday(fixtureRoadmap, state, START, '2026-03-07', { minutes: 45 });
    expect([asked.budgetMinutes, asked.budgetSource, asked.tasks.map((t) => t.minutesToday)]).toEqual([45, 'option', [45]]);
  });
});

describe('far behind: a re-plan is proposed', () => {
  it('gives the start date that puts the plan back on track, and the finish it would give', () => {
    const state = { ...emptyState(), plan: { daysPerWeek: 5, minutesPerDay: 30 }, doneOn: {} };
    const plan = planToday(fixtureRoadmap, state, START, '2026-04-06');
    // The next task ended on study day 3; today is 25: 22 behind, more than the 5 study days of a week.
    expect(plan.standing).toEqual({ kind: 'behind', days: 22 });
    // 22 study days after Monday 2026-03-02 is Wednesday 2026-04-01; the 35 study days of the roadmap end on 2026-05-19.
    expect(plan.replan).toEqual({ startDate: '2026-04-01', finish: '2026-05-19' });
    // Started there, the same day is on track.
    const again = planToday(fixtureRoadmap, state, plan.replan!.startDate, '2026-04-06');
    expect(again.standing.kind).not.toBe('behind');
    expect(again.replan).toBeUndefined();
  });

  it('a week or less behind proposes nothing', () => {
    const state = { ...emptyState(), plan: { daysPerWeek: 5, minutesPerDay: 30 }, doneOn: {} };
    // Study day 9 on 2026-03-13; w1-basics ends on study day 3: 6 behind, more than 5.
    expect(planToday(fixtureRoadmap, state, START, '2026-03-13').replan).toBeDefined();
    // Study day 8: 5 behind, a week of study days.
    const plan = planToday(fixtureRoadmap, state, START, '2026-03-12');
    expect(plan.standing).toEqual({ kind: 'behind', days: 5 });
    expect(plan.replan).toBeUndefined();
  });
});

describe('time logged', () => {
  it('logSpent adds to the day, starts a task not started, keeps a done one done, and is undoable data', () => {
    const t = new Date('2026-03-02T10:00:00Z');
    let state = logSpent({ ...emptyState() }, 'w1-basics', 45, t, START);
    expect(state.progress['w1-basics']).toMatchObject({ status: 'in-progress', spentOn: { [START]: 45 } });
    state = logSpent(state, 'w1-basics', 30, t, START);
    state = logSpent(state, 'w1-basics', 20, t, '2026-03-03');
    expect(state.progress['w1-basics']!.spentOn).toEqual({ [START]: 75, '2026-03-03': 20 });
    expect(state.events.map((e) => [e.type, e.minutes])).toEqual([
      ['spent', 45],
      ['spent', 30],
      ['spent', 20],
    ]);
    // The change holds the task's before and after, as every change does: undo restores the before.
    expect(state.events[0]!.changes[0]!.before).toBeNull();
    const done = { ...emptyState(), progress: { x: { status: 'done' as const, doneAt: at, updatedAt: at } } };
    expect(logSpent(done, 'x', 10, t, START).progress.x!.status).toBe('done');
  });

  it('minutesLeft: the estimate less the time logged, at least a last stretch', () => {
    expect([minutesLeft(360, 0), minutesLeft(360, 90), minutesLeft(60, 60), minutesLeft(60, 200), minutesLeft(10, 30)]).toEqual([360, 270, 15, 15, 10]);
  });

  it('dayPortion counts the week block only: later stops at the block today is in', () => {
    const placed = allTasks(fixtureRoadmap);
    const portion = dayPortion({ placed, state: emptyState(), doneOn: {}, date: START, blockIndex: 0, budget: 60, aheadBudget: 60 });
    expect(portion.later.items.map((t) => t.placed.task.id)).toEqual(['w1-exercise']);
    expect(portion.later.minutes).toBe(60 + 60);
  });
});
