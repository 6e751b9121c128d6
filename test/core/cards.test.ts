// Review cards in the pure core: which changes add and remove them, undo, due days, the review event,
// and how they survive a replay, a merge and the import checks. Table-driven, with the clock given.
import { createEmptyCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { aggregatesOf } from '../../src/core/activity.ts';
import { dueCards, newCard, recordReview, reviewMinutes, type CardState } from '../../src/core/cards.ts';
import { mergeStates } from '../../src/core/merge.ts';
import { applyChange, emptyState, replayEvents, resetAll, undoLast, type ProgressState } from '../../src/core/state.ts';
import { meaningProblem } from '../../src/store/meaning.ts';
import { shapeProblem } from '../../src/store/shape.ts';
import { loadScheduler } from '../../src/study/fsrs.ts';

const at = new Date('2026-03-10T09:00:00');
const questions = new Map([
  ['w1-a', ['w1-a-q1', 'w1-a-q2']],
  ['w1-b', ['w1-b-q1']],
]);
const done = (state: ProgressState, ids: string[], when = at) => applyChange(state, { type: 'done', ids, at: when, date: '2026-03-10', questions }).state;
const ids = (state: ProgressState) => Object.keys(state.cards ?? {}).sort();

describe('cards follow the tasks', () => {
  it.each([
    ['done adds a card per question', (s: ProgressState) => done(s, ['w1-a']), ['w1-a-q1', 'w1-a-q2']],
    ['done of two tasks adds both', (s: ProgressState) => done(s, ['w1-a', 'w1-b']), ['w1-a-q1', 'w1-a-q2', 'w1-b-q1']],
    [
      'start and skip add none',
      (s: ProgressState) =>
        applyChange(applyChange(s, { type: 'start', ids: ['w1-a'], at, date: '2026-03-10', questions }).state, {
          type: 'skip',
          ids: ['w1-b'],
          at,
          date: '2026-03-10',
          questions,
        }).state,
      [],
    ],
    [
      'reset of a task removes its cards only',
      (s: ProgressState) => applyChange(done(s, ['w1-a', 'w1-b']), { type: 'reset', ids: ['w1-a'], at, date: '2026-03-10' }).state,
      ['w1-b-q1'],
    ],
    ['reset of everything removes all', (s: ProgressState) => resetAll(done(s, ['w1-a', 'w1-b']), at, '2026-03-10'), []],
    ['undo of done removes them', (s: ProgressState) => undoLast(done(s, ['w1-a']), at, '2026-03-10')!.state, []],
    [
      'undo of a reset brings them back',
      (s: ProgressState) => undoLast(applyChange(done(s, ['w1-a']), { type: 'reset', ids: ['w1-a'], at, date: '2026-03-10' }).state, at, '2026-03-10')!.state,
      ['w1-a-q1', 'w1-a-q2'],
    ],
    [
      'a paper task in a stage gets none until it is done',
      (s: ProgressState) => applyChange(s, { type: 'done', ids: ['w1-a'], at, date: '2026-03-10', staged: new Set(['w1-a']), questions }).state,
      [],
    ],
  ])('%s', (_name, change, expected) => {
    expect(ids(change(emptyState()))).toEqual(expected);
  });

  it('a new card is what ts-fsrs makes, due at once', () => {
    const card = newCard('w1-a', at.toISOString());
    const empty = createEmptyCard(at);
    expect(card).toEqual({
      task: 'w1-a',
      due: empty.due.toISOString(),
      stability: empty.stability,
      difficulty: empty.difficulty,
      scheduledDays: empty.scheduled_days,
      learningSteps: empty.learning_steps,
      reps: empty.reps,
      lapses: empty.lapses,
      state: 'new',
      lastReview: null,
    });
  });

  it('the event holds the cards, so a replay of the log gives the same cards', () => {
    const state = done(emptyState(), ['w1-a']);
    expect(state.events[0]!.cards!.map((c) => c.id)).toEqual(['w1-a-q1', 'w1-a-q2']);
    expect(replayEvents(emptyState(), state.events).cards).toEqual(state.cards);
  });
});

describe('reviews', () => {
  it.each([
    ['again', '2026-03-11'],
    ['hard', '2026-03-12'],
    ['good', '2026-03-13'],
    ['easy', '2026-03-18'],
  ] as const)('a new card graded %s is next due on %s (local days; no fuzz)', async (grade, day) => {
    const schedule = await loadScheduler();
    const after = schedule(newCard('w1-a', at.toISOString()), grade, at);
    expect(dueCards({ x: after }, day).map((d) => d.id)).toEqual(['x']);
    expect(dueCards({ x: after }, new Date(new Date(day).getTime() - 86_400_000).toISOString().slice(0, 10))).toEqual([]);
    expect(after).toMatchObject({ reps: 1, state: 'review', lastReview: at.toISOString(), lapses: 0 });
  });

  it('records one review event with the state before and after; undo puts the card back', async () => {
    const schedule = await loadScheduler();
    const state = done(emptyState(), ['w1-b']);
    const before = state.cards!['w1-b-q1']!;
    const later = new Date('2026-03-11T08:00:00');
    const reviewed = recordReview(state, 'w1-b-q1', 'good', schedule(before, 'good', later), later, '2026-03-11');
    const event = reviewed.events.at(-1)!;
    expect(event).toMatchObject({
      type: 'review',
      date: '2026-03-11',
      grade: 'good',
      changes: [],
      cards: [{ id: 'w1-b-q1', before, after: reviewed.cards!['w1-b-q1'] }],
    });
    expect(meaningProblem(reviewed)).toBeUndefined();
    const undone = undoLast(reviewed, later, '2026-03-11')!;
    expect(undone.undone.seq).toBe(event.seq);
    expect(undone.state.cards).toEqual(state.cards);
  });

  it('counts reviews as study activity, and no longer once undone', async () => {
    const schedule = await loadScheduler();
    const state = done(emptyState(), ['w1-b']);
    const later = new Date('2026-03-12T08:00:00');
    const reviewed = recordReview(state, 'w1-b-q1', 'hard', schedule(state.cards!['w1-b-q1']!, 'hard', later), later, '2026-03-12');
    expect(aggregatesOf(reviewed).activity).toEqual({ '2026-03-10': 1, '2026-03-12': 1 });
    expect(aggregatesOf(undoLast(reviewed, later, '2026-03-12')!.state).activity).toEqual({ '2026-03-10': 1 });
  });

  it.each([
    [0, 0],
    [1, 1],
    [4, 5],
    [10, 13],
  ])('%i cards take about %i minutes', (n, minutes) => {
    expect(reviewMinutes(n)).toBe(minutes);
  });

  it('due cards are those due by the end of the local day, soonest first', () => {
    const card = (due: string): CardState => ({ ...newCard('t', due) });
    const cards = { b: card('2026-03-10T23:30:00'), a: card('2026-03-09T08:00:00'), c: card('2026-03-11T00:30:00') };
    expect(dueCards(cards, '2026-03-10').map((d) => d.id)).toEqual(['a', 'b']);
    expect(dueCards(undefined, '2026-03-10')).toEqual([]);
  });
});

describe('cards in the store and its imports', () => {
  it('a merge keeps the card reviewed last, and the cards only one side has', async () => {
    const schedule = await loadScheduler();
    const mine = done(emptyState(), ['w1-a']);
    const theirs = recordReview(
      done(emptyState(), ['w1-a', 'w1-b'], new Date('2026-03-09T09:00:00')),
      'w1-a-q1',
      'easy',
      schedule(newCard('w1-a', at.toISOString()), 'easy', at),
      at,
      '2026-03-10',
    );
    const merged = mergeStates(mine, theirs);
    expect(Object.keys(merged.cards!).sort()).toEqual(['w1-a-q1', 'w1-a-q2', 'w1-b-q1']);
    expect(merged.cards!['w1-a-q1']!.reps).toBe(1);
    expect(meaningProblem(merged)).toBeUndefined();
  });

  it.each([
    ['cards: must be an object', { cards: [] }, 'cards: must be an object'],
    ['a card without its task', { cards: { 'w1-a-q1': { due: '2026-03-10T09:00:00.000Z' } } }, 'cards.w1-a-q1: must name its task and when it is due'],
  ])('shape: %s', (_name, extra, problem) => {
    expect(shapeProblem({ ...emptyState(), ...extra })).toBe(problem);
  });

  it.each([
    ['a negative stability', (s: any) => (s.cards['w1-b-q1'].stability = -1), 'cards.w1-b-q1.stability: must be a number, 0 or more'],
    ['an unknown phase', (s: any) => (s.cards['w1-b-q1'].state = 'done'), 'cards.w1-b-q1.state: must be new, learning, review or relearning'],
    ['an unknown field on a card', (s: any) => (s.cards['w1-b-q1'].extra = 1), 'cards.w1-b-q1.extra: unknown field'],
    ['a review without a grade', (s: any) => delete s.events[1].grade, 'events[1].grade: a review must grade one card again, hard, good or easy'],
    ['a grade on another event', (s: any) => (s.events[0].grade = 'good'), 'events[0].grade: only a review has a grade'],
    ['a review of two cards', (s: any) => s.events[1].cards.push(s.events[1].cards[0]), 'events[1].cards: a review grades one card'],
    ['a card change that is not a card', (s: any) => (s.events[0].cards[0].after = { task: 'w1-b' }), 'events[0].cards[0].after.due: must be an ISO instant'],
  ])('meaning: %s', async (_name, spoil, problem) => {
    const schedule = await loadScheduler();
    const state = done(emptyState(), ['w1-b']);
    const reviewed = structuredClone(recordReview(state, 'w1-b-q1', 'good', schedule(state.cards!['w1-b-q1']!, 'good', at), at, '2026-03-10')) as any;
    spoil(reviewed);
    expect(meaningProblem(reviewed)).toBe(problem);
  });
});

describe('cards in a damaged store', () => {
  it('doctor --repair keeps the sound cards and drops the others', async () => {
    const { salvage } = await import('../../src/store/repair.ts');
    const good = newCard('w1-a', at.toISOString());
    const text = JSON.stringify({ ...emptyState(), cards: { 'w1-a-q1': good, 'w1-a-q2': { ...good, reps: -1 }, 'Bad Id': good } });
    expect(salvage(text).state.cards).toEqual({ 'w1-a-q1': good });
  });
});
