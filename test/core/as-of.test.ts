// A past day as it was: later days' events taken back.
import { describe, expect, it } from 'vitest';
import { applyChange, applyPlanChange, emptyState, stateAsOf, undoLast, type ProgressState } from '../../src/core/state.ts';
import { addNote, aggregatesOf } from '../../src/core/activity.ts';

const at = (date: string) => new Date(`${date}T12:00:00`);

function history() {
  let s: ProgressState = { ...emptyState(), startDate: '2026-03-01' };
  s = applyChange(s, { type: 'done', ids: ['a'], at: at('2026-03-02'), date: '2026-03-02' }).state;
  s = applyPlanChange(s, { plan: { daysPerWeek: 5, minutesPerDay: 60 } }, at('2026-03-03'), '2026-03-03');
  s = applyChange(s, { type: 'start', ids: ['b'], at: at('2026-03-04'), date: '2026-03-04' }).state;
  s = addNote(s, 'b', 'hello', at('2026-03-04'), '2026-03-04').state;
  s = applyChange(s, { type: 'done', ids: ['b'], at: at('2026-03-05'), date: '2026-03-05' }).state;
  // Logged on the 6th for the 3rd (done --date): it belongs to the 3rd.
  s = applyChange(s, { type: 'skip', ids: ['c'], at: at('2026-03-06'), date: '2026-03-03' }).state;
  s = undoLast(applyChange(s, { type: 'done', ids: ['d'], at: at('2026-03-07'), date: '2026-03-07' }).state, at('2026-03-07'), '2026-03-07')!.state;
  return s;
}

describe('stateAsOf', () => {
  it.each([
    { date: '2026-03-01', progress: {}, plan: undefined, notes: 0 },
    { date: '2026-03-02', progress: { a: 'done' }, plan: undefined, notes: 0 },
    { date: '2026-03-03', progress: { a: 'done', c: 'skipped' }, plan: 5, notes: 0 },
    { date: '2026-03-04', progress: { a: 'done', b: 'in-progress', c: 'skipped' }, plan: 5, notes: 1 },
    { date: '2026-03-05', progress: { a: 'done', b: 'done', c: 'skipped' }, plan: 5, notes: 1 },
    { date: '2026-03-07', progress: { a: 'done', b: 'done', c: 'skipped' }, plan: 5, notes: 1 },
  ])('$date', ({ date, progress, plan, notes }) => {
    const s = stateAsOf(history(), date);
    expect(Object.fromEntries(Object.entries(s.progress).map(([id, p]) => [id, p.status]))).toEqual(progress);
    expect(s.plan?.daysPerWeek).toBe(plan);
    expect(s.notes ?? []).toHaveLength(notes);
    expect(s.events.every((e) => e.date <= date)).toBe(true);
  });

  it("the day's activity counts only that day and before", () => {
    const s = stateAsOf(history(), '2026-03-04');
    expect(aggregatesOf(s).activity).toEqual({ '2026-03-02': 1, '2026-03-03': 1, '2026-03-04': 2 });
  });

  it('review cards as they were: those of a task done later are not there yet', () => {
    let s: ProgressState = { ...emptyState(), startDate: '2026-03-01' };
    const questions = new Map([['a', ['a-q1', 'a-q2']]]);
    s = applyChange(s, { type: 'done', ids: ['a'], at: at('2026-03-05'), date: '2026-03-05', questions }).state;
    expect(Object.keys(s.cards ?? {})).toEqual(['a-q1', 'a-q2']);
    expect(stateAsOf(s, '2026-03-04').cards ?? {}).toEqual({});
    expect(Object.keys(stateAsOf(s, '2026-03-05').cards ?? {})).toEqual(['a-q1', 'a-q2']);
  });

  it('today leaves the state as it is', () => {
    const h = history();
    expect(stateAsOf(h, '2026-03-07').progress).toEqual(h.progress);
  });
});
