import { describe, expect, it } from 'vitest';
import { markCommand, resetCommand, undoCommand } from '../../src/commands/mark.ts';
import { NotFoundError, UsageError, CancelledError } from '../../src/errors.ts';
import { statusOf } from '../../src/core/state.ts';
import { fakeDeps } from '../helpers.ts';

describe('done / start / skip', () => {
  it.each([
    ['done', 'done', 'Done: w1-basics'],
    ['start', 'in-progress', 'Started: w1-basics'],
    ['skip', 'skipped', 'Skipped: w1-basics'],
  ] as const)('%s marks the task %s', async (type, status, line) => {
    const f = fakeDeps();
    await markCommand(type, ['w1-basics'], {}, f.deps);
    expect(statusOf(f.store.state, 'w1-basics')).toBe(status);
    expect(f.stdout()).toBe(`${line}\n`);
  });

  it('start refuses a done task, saying how to study it again, and writes nothing', async () => {
    const f = fakeDeps({ state: { progress: { 'w1-basics': { status: 'done', doneAt: '2026-03-03T10:00:00.000Z', updatedAt: 'x' } } } });
    const error = await markCommand('start', ['w1-basics'], {}, f.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toBe(
      'Already done: w1-basics. Starting it again would leave a done date before its start. To study it again: roadmap reset w1-basics, then roadmap start w1-basics.',
    );
    expect(f.store.writes).toBe(0);
    await markCommand('reset', ['w1-basics'], {}, f.deps);
    await markCommand('start', ['w1-basics'], {}, f.deps);
    expect(statusOf(f.store.state, 'w1-basics')).toBe('in-progress');
  });

  it('marks several ids in one change', async () => {
    const f = fakeDeps();
    await markCommand('done', ['w1-basics', 'w2-conda'], {}, f.deps);
    expect(f.store.state.events).toHaveLength(1);
    expect(f.store.state.events[0]!.changes.map((c) => c.id)).toEqual(['w1-basics', 'w2-conda']);
  });

  it('says so when a task already has that status, without writing', async () => {
    const f = fakeDeps({ state: { progress: { 'w1-basics': { status: 'done', updatedAt: 'x' } } } });
    await markCommand('done', ['w1-basics'], {}, f.deps);
    expect(f.stdout()).toBe('Already done: w1-basics\n');
    expect(f.store.writes).toBe(0);
  });

  it('refuses an unknown id with suggestions, and changes nothing even for the valid ids', async () => {
    const f = fakeDeps();
    const attempt = markCommand('done', ['w1-basics', 'w1-basic'], {}, f.deps);
    await expect(attempt).rejects.toThrow(NotFoundError);
    await expect(markCommand('done', ['w1-basics', 'w1-basic'], {}, f.deps)).rejects.toThrow('Unknown task id "w1-basic". Did you mean w1-basics?');
    expect(f.store.writes).toBe(0);
  });

  it('points to the list when nothing is close', async () => {
    const f = fakeDeps();
    await expect(markCommand('skip', ['zzzzzz'], {}, f.deps)).rejects.toThrow("See 'roadmap list'");
  });
});

describe('in Chinese', () => {
  // Once a catalog could lose a key unnoticed: `reset <id> --lang zh` then failed after the store was written.
  it.each([
    ['done', '已完成：w1-basics', '已撤销对 w1-basics 的「完成」'],
    ['start', '已开始：w1-basics', '已撤销对 w1-basics 的「开始」'],
    ['skip', '已跳过：w1-basics', '已撤销对 w1-basics 的「跳过」'],
  ] as const)('%s and its undo say so in Chinese only', async (type, line, undone) => {
    const f = fakeDeps({ lang: 'zh' });
    await markCommand(type, ['w1-basics'], {}, f.deps);
    await undoCommand({}, f.deps);
    expect(f.stdout()).toBe(`${line}\n${undone}\n`);
  });

  it('reset of one task, and its undo', async () => {
    const f = fakeDeps({ lang: 'zh', state: { progress: { 'w1-basics': { status: 'done', updatedAt: 'x' } } } });
    await resetCommand('w1-basics', {}, f.deps);
    await undoCommand({}, f.deps);
    expect(f.stdout()).toBe('已重置：w1-basics\n已撤销对 w1-basics 的「重置」\n');
  });
});

describe('undo', () => {
  it('reverts the last change, then the one before', async () => {
    const f = fakeDeps();
    await markCommand('done', ['w1-basics'], {}, f.deps);
    await markCommand('skip', ['w2-conda', 'w2-numpy'], {}, f.deps);
    await undoCommand({}, f.deps);
    expect(statusOf(f.store.state, 'w2-conda')).toBe('todo');
    expect(statusOf(f.store.state, 'w1-basics')).toBe('done');
    await undoCommand({}, f.deps);
    expect(statusOf(f.store.state, 'w1-basics')).toBe('todo');
    expect(f.stdout()).toContain('Undid "skip" of w2-conda, w2-numpy');
    await undoCommand({}, f.deps);
    expect(f.stdout()).toContain('Nothing to undo.');
  });
});

describe('reset', () => {
  it('resets one task without asking', async () => {
    const f = fakeDeps({ state: { progress: { 'w1-basics': { status: 'done', updatedAt: 'x' } } } });
    await resetCommand('w1-basics', {}, f.deps);
    expect(statusOf(f.store.state, 'w1-basics')).toBe('todo');
  });

  it('needs --yes for everything when there is no terminal, and changes nothing', async () => {
    const f = fakeDeps({ state: { progress: { 'w1-basics': { status: 'done', updatedAt: 'x' } } } });
    await expect(resetCommand(undefined, {}, f.deps)).rejects.toThrow(UsageError);
    expect(f.asked).toEqual([]);
    expect(f.store.writes).toBe(0);
    await resetCommand(undefined, { yes: true }, f.deps);
    expect(f.store.state.progress).toEqual({});
    expect(f.store.state.startDate).toBe('2026-03-10');
  });

  it('asks in a terminal; "no" changes nothing, "yes" resets, Ctrl-C cancels', async () => {
    const no = fakeDeps({ stdinIsTTY: true, confirm: false, state: { progress: { 'w1-basics': { status: 'done', updatedAt: 'x' } } } });
    await resetCommand(undefined, {}, no.deps);
    expect(no.asked).toHaveLength(1);
    expect(no.store.writes).toBe(0);
    const yes = fakeDeps({ stdinIsTTY: true, confirm: true, state: { progress: { 'w1-basics': { status: 'done', updatedAt: 'x' } } } });
    await resetCommand(undefined, {}, yes.deps);
    expect(yes.store.state.progress).toEqual({});
    const cancel = fakeDeps({ stdinIsTTY: true, confirm: new CancelledError('Cancelled.') });
    await expect(resetCommand(undefined, {}, cancel.deps)).rejects.toThrow(CancelledError);
    expect(cancel.store.writes).toBe(0);
  });
});
