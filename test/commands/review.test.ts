// roadmap review, the reviews due in today, undo of a grade, reviews in log and the streak: in process,
// with a fixed clock and scripted prompts.
import { describe, expect, it } from 'vitest';
import { markCommand, undoCommand } from '../../src/commands/mark.ts';
import { logCommand } from '../../src/commands/log.ts';
import { reviewCommand } from '../../src/commands/review.ts';
import { statsCommand } from '../../src/commands/stats.ts';
import { todayCommand } from '../../src/commands/today.ts';
import { menuCommand } from '../../src/commands/interactive.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { NotFoundError, UsageError } from '../../src/errors.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';
import { fakeDeps } from '../helpers.ts';

const L = (en: string, zh = `${en}（中）`) => ({ en, zh });

/** The fixture roadmap with three questions on w1-basics and one on w1-exercise. */
function roadmap(): Roadmap {
  const copy = structuredClone(fixtureRoadmap);
  const [basics, exercise] = copy.weeks[0]!.tasks as [Roadmap['weeks'][0]['tasks'][0], Roadmap['weeks'][0]['tasks'][0]];
  basics.questions = [1, 2, 3].map((n) => ({
    id: `w1-basics-q${n}`,
    question: L(`Question ${n}?`, `问题 ${n}？`),
    answer: L(`Answer ${n}.`, `答案 ${n}。`),
    explain: L(`Because ${n}.`),
  }));
  exercise.questions = [{ id: 'w1-exercise-q1', question: L('Exercise?'), answer: L('Yes.'), explain: L('So.') }];
  return copy;
}

async function finished(options: Parameters<typeof fakeDeps>[0] = {}) {
  const f = fakeDeps({ roadmap: roadmap(), now: '2026-03-10T09:00:00', state: { startDate: '2026-03-09' }, ...options });
  await markCommand('done', ['w1-basics'], {}, f.deps);
  return f;
}

describe('review cards', () => {
  it('finishing a task makes its questions cards, due at once: today says how many and how long', async () => {
    const f = await finished();
    expect(Object.keys(f.store.state.cards!)).toEqual(['w1-basics-q1', 'w1-basics-q2', 'w1-basics-q3']);
    await todayCommand({}, f.deps);
    expect(f.stdout()).toContain('\n3 reviews due · ~4 min (roadmap review runs them)\n');
    const zh = fakeDeps({ roadmap: roadmap(), lang: 'zh', state: f.store.state });
    await todayCommand({}, zh.deps);
    expect(zh.stdout()).toContain('3 张卡片待复习 · 约 4 分钟（roadmap review 开始复习）');
    const json = fakeDeps({ roadmap: roadmap(), state: f.store.state });
    await todayCommand({ json: true }, json.deps);
    expect(JSON.parse(json.stdout()).reviews).toEqual({ due: 3, minutes: 4 });
  });

  it('today shows no review line when none is due', async () => {
    const f = fakeDeps({ roadmap: roadmap(), state: { startDate: '2026-03-09' } });
    await todayCommand({}, f.deps);
    expect(f.stdout()).not.toContain('review');
  });

  it('--json lists the due cards without a terminal, in the interface language', async () => {
    const f = await finished({ lang: 'zh' });
    await reviewCommand(undefined, { json: true }, f.deps);
    const out = JSON.parse(f.stdout().split('\n').slice(1).join('\n'));
    expect(out.date).toBe('2026-03-10');
    expect(out.minutes).toBe(4);
    expect(out.due[0]).toEqual({
      id: 'w1-basics-q1',
      task: 'w1-basics',
      question: '问题 1？',
      answer: '答案 1。',
      explain: 'Because 1.（中）',
      dueAt: new Date('2026-03-10T09:00:00').toISOString(),
      state: 'new',
      reps: 0,
      lapses: 0,
    });
  });

  it('--grade grades one card: FSRS schedules it, and it is due no more today', async () => {
    const f = await finished();
    await reviewCommand('w1-basics-q2', { grade: 'good' }, f.deps);
    expect(f.stdout()).toContain('w1-basics-q2: good; next review 2026-03-13.\n');
    const card = f.store.state.cards!['w1-basics-q2']!;
    expect(card).toMatchObject({ reps: 1, state: 'review', lastReview: new Date('2026-03-10T09:00:00').toISOString() });
    const event = f.store.state.events.at(-1)!;
    expect(event).toMatchObject({ type: 'review', grade: 'good', date: '2026-03-10' });
    expect(event.cards![0]!.before).toMatchObject({ reps: 0, state: 'new' });
    const t = fakeDeps({ roadmap: roadmap(), state: f.store.state });
    await todayCommand({}, t.deps);
    expect(t.stdout()).toContain('2 reviews due · ~3 min');
  });

  it('--date logs a review on an earlier day (its streak day), never a later one', async () => {
    const f = await finished({ now: '2026-03-12T20:00:00' });
    await reviewCommand('w1-basics-q1', { grade: 'easy', date: '2026-03-11' }, f.deps);
    expect(f.store.state.events.at(-1)!.date).toBe('2026-03-11');
    await expect(reviewCommand('w1-basics-q1', { grade: 'easy', date: '2026-03-20' }, f.deps)).rejects.toBeInstanceOf(UsageError);
  });

  it('refuses an unknown card, and prompting without a terminal (pointing to --json and --grade)', async () => {
    const f = await finished();
    await expect(reviewCommand('w1-basics-q9', { grade: 'good' }, f.deps)).rejects.toBeInstanceOf(NotFoundError);
    const error = await reviewCommand(undefined, {}, f.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('roadmap review --json');
    expect(f.store.state.events).toHaveLength(1);
  });

  it('bare roadmap offers the reviews due in its menu, and runs them from there', async () => {
    const f = await finished({ stdinIsTTY: true, answers: ['review', '', 'good', '', 'good', '', 'good', 'quit'] });
    await menuCommand({}, f.deps);
    const menus = f.prompted.filter((p) => p.message === 'What next?');
    expect(menus[0]!.choices!.map((c) => `${c.value}:${c.name}`)).toContain('review:Review the 3 cards due');
    expect(f.stdout()).toContain('3 reviews done.');
    // Nothing due any more: the entry is gone.
    expect(menus[1]!.choices!.map((c) => c.value)).not.toContain('review');
  });

  it('in a terminal asks each due card: reveal, then again/hard/good/easy, one event each', async () => {
    const f = await finished({ stdinIsTTY: true, answers: ['', 'again', '', 'good', '', 'easy'] });
    const result = await reviewCommand(undefined, {}, f.deps);
    expect(result.reviewed).toBe(3);
    const out = f.stdout();
    expect(out).toContain('Review 1/3  w1-basics-q1 · Python basics\nQuestion 1?\n');
    expect(out).toContain('Answer: Answer 1.\nWhy: Because 1.\n');
    expect(out).toContain('w1-basics-q1: again; next review 2026-03-11.');
    expect(out).toContain('w1-basics-q3: easy; next review 2026-03-18.');
    expect(out).toContain('3 reviews done.');
    expect(f.prompted.filter((p) => p.kind === 'select')[0]!.choices!.map((c) => c.value)).toEqual(['again', 'hard', 'good', 'easy']);
    expect(f.store.state.events.map((e) => e.grade ?? e.type)).toEqual(['done', 'again', 'good', 'easy']);
  });

  it('says when nothing is due, and when the next review is', async () => {
    const none = fakeDeps({ roadmap: roadmap() });
    await reviewCommand(undefined, {}, none.deps);
    expect(none.stdout()).toContain('No review cards yet');
    const f = await finished();
    for (const n of [1, 2, 3]) await reviewCommand(`w1-basics-q${n}`, { grade: 'good' }, f.deps);
    const later = fakeDeps({ roadmap: roadmap(), state: f.store.state, now: '2026-03-10T10:00:00' });
    await reviewCommand(undefined, {}, later.deps);
    expect(later.stdout()).toBe('No reviews due. Next review: 2026-03-13.\n');
  });

  it('undo reverts a grade, then the done (and its cards)', async () => {
    const f = await finished();
    const before = structuredClone(f.store.state.cards);
    await reviewCommand('w1-basics-q1', { grade: 'hard' }, f.deps);
    await undoCommand({}, f.deps);
    expect(f.stdout()).toContain('Undid "review" of w1-basics-q1');
    expect(f.store.state.cards).toEqual(before);
    await undoCommand({}, f.deps);
    expect(f.store.state.cards).toEqual({});
  });

  it('resetting the task removes its cards; ids the roadmap no longer has are kept and ignored', async () => {
    const f = await finished();
    await markCommand('done', ['w1-exercise'], {}, f.deps);
    await markCommand('reset', ['w1-basics'], {}, f.deps);
    expect(Object.keys(f.store.state.cards!)).toEqual(['w1-exercise-q1']);
    const updated = roadmap();
    updated.weeks[0]!.tasks[1]!.questions = [];
    const g = fakeDeps({ roadmap: updated, state: f.store.state });
    await reviewCommand(undefined, { json: true }, g.deps);
    expect(JSON.parse(g.stdout()).due).toEqual([]);
    expect(Object.keys(g.store.state.cards!)).toEqual(['w1-exercise-q1']);
  });

  it('reviews are in log, and count for the streak and the heatmap', async () => {
    const f = await finished();
    f.setNow('2026-03-11T08:00:00');
    await reviewCommand('w1-basics-q1', { grade: 'good' }, f.deps);
    const log = fakeDeps({ roadmap: roadmap(), state: f.store.state });
    logCommand({}, log.deps);
    expect(log.stdout()).toMatch(/#2 {2}2026-03-11 {2}review {2}w1-basics-q1 · good\n/);
    const stats = fakeDeps({ roadmap: roadmap(), state: f.store.state });
    const result = statsCommand({ date: '2026-03-11', json: true }, stats.deps);
    expect(result.streak.current).toBe(2);
  });
});
