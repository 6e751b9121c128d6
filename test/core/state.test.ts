import { describe, expect, it } from 'vitest';
import { applyChange, emptyState, lastUndoable, resetAll, undoLast, statusOf, type ProgressState } from '../../src/core/state.ts';

const at = (iso: string) => new Date(iso);

describe('applyChange', () => {
  it.each([
    { type: 'done' as const, from: 'todo', to: 'done' },
    { type: 'start' as const, from: 'todo', to: 'in-progress' },
    { type: 'skip' as const, from: 'todo', to: 'skipped' },
  ])('$type moves a task from $from to $to and records one event', ({ type, to }) => {
    const { state, changed } = applyChange(emptyState(), { type, ids: ['a', 'b'], at: at('2026-03-01T10:00:00Z'), date: '2026-03-01' });
    expect(changed).toEqual(['a', 'b']);
    expect(statusOf(state, 'a')).toBe(to);
    expect(state.events).toHaveLength(1);
    expect(state.events[0]).toMatchObject({ seq: 1, type, date: '2026-03-01' });
  });

  it('records timestamps, keeps startedAt when finishing', () => {
    let { state } = applyChange(emptyState(), { type: 'start', ids: ['a'], at: at('2026-03-01T10:00:00Z'), date: '2026-03-01' });
    ({ state } = applyChange(state, { type: 'done', ids: ['a'], at: at('2026-03-02T10:00:00Z'), date: '2026-03-02' }));
    expect(state.progress.a).toEqual({
      status: 'done',
      startedAt: '2026-03-01T10:00:00.000Z',
      doneAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('does nothing (no event) when the status is already there', () => {
    const first = applyChange(emptyState(), { type: 'done', ids: ['a'], at: at('2026-03-01T10:00:00Z'), date: '2026-03-01' });
    const again = applyChange(first.state, { type: 'done', ids: ['a'], at: at('2026-03-01T11:00:00Z'), date: '2026-03-01' });
    expect(again.state).toBe(first.state);
    expect(again.unchanged).toEqual(['a']);
  });
});

describe('undo', () => {
  it('reverts changes one at a time, newest first, and is repeatable', () => {
    let state = emptyState();
    state = applyChange(state, { type: 'done', ids: ['a'], at: at('2026-03-01T10:00:00Z'), date: '2026-03-01' }).state;
    state = applyChange(state, { type: 'start', ids: ['b'], at: at('2026-03-01T11:00:00Z'), date: '2026-03-01' }).state;
    state = applyChange(state, { type: 'done', ids: ['b', 'c'], at: at('2026-03-01T12:00:00Z'), date: '2026-03-01' }).state;

    let undo = undoLast(state, at('2026-03-01T13:00:00Z'), '2026-03-01')!;
    expect(undo.undone.seq).toBe(3);
    state = undo.state;
    expect([statusOf(state, 'a'), statusOf(state, 'b'), statusOf(state, 'c')]).toEqual(['done', 'in-progress', 'todo']);

    undo = undoLast(state, at('2026-03-01T13:01:00Z'), '2026-03-01')!;
    expect(undo.undone.seq).toBe(2);
    state = undo.state;
    expect(statusOf(state, 'b')).toBe('todo');

    undo = undoLast(state, at('2026-03-01T13:02:00Z'), '2026-03-01')!;
    state = undo.state;
    expect(statusOf(state, 'a')).toBe('todo');
    expect(undoLast(state, at('2026-03-01T13:03:00Z'), '2026-03-01')).toBeUndefined();
    expect(state.events.map((e) => e.type)).toEqual(['done', 'start', 'done', 'undo', 'undo', 'undo']);
  });

  it('restores everything and the start date after a reset of all progress', () => {
    let state: ProgressState = { ...emptyState(), startDate: '2026-01-01' };
    state = applyChange(state, { type: 'done', ids: ['a', 'b'], at: at('2026-03-01T10:00:00Z'), date: '2026-03-01' }).state;
    const before = state.progress;
    state = resetAll(state, at('2026-03-02T10:00:00Z'), '2026-03-02');
    expect(state.progress).toEqual({});
    expect(state.startDate).toBe('2026-03-02');
    state = undoLast(state, at('2026-03-02T10:01:00Z'), '2026-03-02')!.state;
    expect(state.progress).toEqual(before);
    expect(state.startDate).toBe('2026-01-01');
    expect(lastUndoable(state)?.seq).toBe(1);
  });
});
