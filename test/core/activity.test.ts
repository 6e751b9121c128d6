import { describe, expect, it } from 'vitest';
import { activityByDay, activityWindow, addNote, recordOpen, streaks } from '../../src/core/activity.ts';
import { applyChange, emptyState, undoLast, type ProgressState } from '../../src/core/state.ts';
import { FULL_TIME, isStudyDay, type Pace } from '../../src/core/pace.ts';
import { addDays, localDate } from '../../src/core/dates.ts';

const days = (...dates: string[]) => new Map(dates.map((d) => [d, 1]));
const fiveDays: Pace = { daysPerWeek: 5, minutesPerDay: null };

describe('streaks', () => {
  it.each([
    { name: 'no activity', active: [], pace: FULL_TIME, today: '2026-03-10', current: 0, longest: 0 },
    { name: 'three days up to today', active: ['2026-03-08', '2026-03-09', '2026-03-10'], pace: FULL_TIME, today: '2026-03-10', current: 3, longest: 3 },
    { name: 'today not yet done does not break it', active: ['2026-03-08', '2026-03-09'], pace: FULL_TIME, today: '2026-03-10', current: 2, longest: 2 },
    { name: 'a missed study day breaks it', active: ['2026-03-06', '2026-03-07', '2026-03-09'], pace: FULL_TIME, today: '2026-03-10', current: 1, longest: 2 },
    {
      name: 'across a month end',
      active: ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02'],
      pace: FULL_TIME,
      today: '2026-02-02',
      current: 4,
      longest: 4,
    },
    { name: 'across a leap day', active: ['2028-02-28', '2028-02-29', '2028-03-01'], pace: FULL_TIME, today: '2028-03-01', current: 3, longest: 3 },
    { name: 'across the year end', active: ['2026-12-31', '2027-01-01'], pace: FULL_TIME, today: '2027-01-01', current: 2, longest: 2 },
    { name: 'across the US DST change', active: ['2026-03-07', '2026-03-08', '2026-03-09'], pace: FULL_TIME, today: '2026-03-09', current: 3, longest: 3 },
    {
      name: 'a weekend off does not break a Mon-Fri streak',
      active: ['2026-03-05', '2026-03-06', '2026-03-09'],
      pace: fiveDays,
      today: '2026-03-09',
      current: 3,
      longest: 3,
    },
    { name: 'but a missed Friday does', active: ['2026-03-04', '2026-03-05', '2026-03-09'], pace: fiveDays, today: '2026-03-09', current: 1, longest: 2 },
    { name: 'studying on a rest day counts', active: ['2026-03-06', '2026-03-07', '2026-03-09'], pace: fiveDays, today: '2026-03-09', current: 3, longest: 3 },
    {
      name: 'longest is kept after a break',
      active: ['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-03-09'],
      pace: FULL_TIME,
      today: '2026-03-10',
      current: 1,
      longest: 4,
    },
  ])('$name', ({ active, pace, today, current, longest }) => {
    expect(streaks(days(...active), pace, today)).toEqual({ current, longest });
  });

  it('a key of the aggregates that is not a day matches none (the snapshot checks only the counts)', () => {
    const active = new Map([
      ['garbage', 3],
      ['2026-13-45', 1],
      ['2026-03-09', 1],
      ['2026-03-10', 2],
    ]);
    expect(streaks(active, FULL_TIME, '2026-03-10')).toEqual({ current: 2, longest: 2 });
    expect(streaks(new Map([['not-a-day', 1]]), FULL_TIME, '2026-03-10')).toEqual({ current: 0, longest: 0 });
  });

  it('walks three years of days by number: the same streaks as day by day through the dates', () => {
    // A reference walk through date texts, as streaks once did.
    const reference = (active: Map<string, number>, pace: Pace, today: string) => {
      let run = 0;
      let longest = 0;
      const first = [...active.keys()].sort()[0]!;
      for (let date = first; date <= today; date = addDays(date, 1)) {
        if (active.has(date)) run++;
        else if (date === today || !isStudyDay(date, pace)) continue;
        else run = 0;
        longest = Math.max(longest, run);
      }
      return { current: run, longest };
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const pace of [FULL_TIME, { daysPerWeek: 3, minutesPerDay: 60 }, { daysPerWeek: 2, minutesPerDay: 90, weekdays: [6, 0] }] as Pace[]) {
      const active = new Map<string, number>();
      for (let i = 0; i < 1100; i++) if (random() < 0.7) active.set(addDays('2024-01-01', i), 1);
      expect(streaks(active, pace, '2027-01-05')).toEqual(reference(active, pace, '2027-01-05'));
    }
  });

  it('counts the local day recorded with each event, so a later time-zone change does not move history', () => {
    const original = process.env.TZ;
    try {
      // Logged in Shanghai at 00:30 local on 2026-03-09 (16:30 UTC the day before).
      process.env.TZ = 'Asia/Shanghai';
      const at = new Date('2026-03-08T16:30:00Z');
      let state: ProgressState = applyChange(emptyState(), { type: 'done', ids: ['a'], at, date: localDate(at) }).state;
      const at2 = new Date('2026-03-09T16:30:00Z');
      state = applyChange(state, { type: 'done', ids: ['b'], at: at2, date: localDate(at2) }).state;
      // The learner moves to New York: the same instants are other local days there, but history is unchanged.
      process.env.TZ = 'America/New_York';
      expect([...activityByDay(state).keys()]).toEqual(['2026-03-09', '2026-03-10']);
      expect(streaks(activityByDay(state), FULL_TIME, '2026-03-10')).toEqual({ current: 2, longest: 2 });
    } finally {
      process.env.TZ = original;
    }
  });
});

describe('activityByDay', () => {
  it('counts done, start, skip, note and open; not undone changes, plan changes or undos', () => {
    const at = new Date('2026-03-09T10:00:00Z');
    let state = applyChange(emptyState(), { type: 'done', ids: ['a'], at, date: '2026-03-09' }).state;
    state = applyChange(state, { type: 'start', ids: ['b'], at, date: '2026-03-09' }).state;
    state = addNote(state, 'b', 'idea', at, '2026-03-10').state;
    state = recordOpen(state, 'b:1', at, '2026-03-11');
    state = applyChange(state, { type: 'skip', ids: ['c'], at, date: '2026-03-12' }).state;
    state = undoLast(state, at, '2026-03-12')!.state;
    expect(Object.fromEntries(activityByDay(state))).toEqual({ '2026-03-09': 2, '2026-03-10': 1, '2026-03-11': 1 });
  });
});

describe('activityWindow', () => {
  it('starts on a Monday 25 weeks before the current week and ends today', () => {
    const window = activityWindow(days('2026-11-20'), '2026-11-28', 26);
    expect(window[0]!.date).toBe('2026-06-01');
    expect(window.at(-1)!.date).toBe('2026-11-28');
    expect(window.length).toBe(25 * 7 + 6);
    expect(window.find((d) => d.date === '2026-11-20')!.count).toBe(1);
  });
});

describe('notes', () => {
  it('numbers notes and never reuses a number, even after an undo', () => {
    const at = new Date('2026-03-09T10:00:00Z');
    let state = addNote(emptyState(), 'a', 'one', at, '2026-03-09').state;
    state = addNote(state, 'a', 'two', at, '2026-03-09').state;
    expect(state.notes!.map((n) => n.id)).toEqual(['n1', 'n2']);
    state = undoLast(state, at, '2026-03-09')!.state;
    expect(state.notes!.map((n) => n.id)).toEqual(['n1']);
    state = addNote(state, 'a', 'three', at, '2026-03-09').state;
    expect(state.notes!.map((n) => n.id)).toEqual(['n1', 'n3']);
  });
});
