// Ids and dates as people type them: any case, and dates like yesterday, -2, mon, 2026-3-5.
import { describe, expect, it } from 'vitest';
import { markCommand } from '../../src/commands/mark.ts';
import { todayCommand } from '../../src/commands/today.ts';
import { UsageError } from '../../src/errors.ts';
import { fakeDeps } from '../helpers.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

describe('ids and dates as people type them', () => {
  it('an id in another case is the same task', async () => {
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    const r = await markCommand('done', ['W1-Basics'], {}, f.deps);
    expect(r.changed).toEqual(['w1-basics']);
    expect(f.store.state.progress['w1-basics']?.status).toBe('done');
  });

  it.each([
    ['yesterday', '2026-03-09'],
    ['-3', '2026-03-07'],
    ['mon', '2026-03-09'],
    ['2026-3-8', '2026-03-08'],
  ])('done --date %s is logged on %s', async (said, date) => {
    const f = fakeDeps({ now: '2026-03-10T09:00:00', state: { startDate: '2026-03-01' } });
    await markCommand('done', ['w1-basics'], { date: said }, f.deps);
    expect(f.store.state.events.at(-1)!.date).toBe(date);
  });

  it('today --date -1 shows that day; a future day cannot be logged', async () => {
    const f = fakeDeps({ now: '2026-03-10T09:00:00', state: { startDate: '2026-03-01' } });
    const plan = await todayCommand({ date: '-1' }, f.deps);
    expect(plan.date).toBe('2026-03-09');
    await expect(markCommand('done', ['w1-basics'], { date: 'tomorrow' }, f.deps)).rejects.toThrow(UsageError);
    await expect(markCommand('done', ['w1-basics'], { date: 'someday' }, f.deps)).rejects.toThrow(/someday/);
  });
});

describe('a past day as it was', () => {
  it('today --date D and stats --date D show the state of D, not of today', async () => {
    const f = fakeDeps({ now: '2026-03-05T09:00:00', state: { startDate: '2026-03-01' } });
    await markCommand('done', ['w1-basics'], { date: '2026-03-02' }, f.deps);
    await markCommand('done', ['w1-exercise'], {}, f.deps);
    const then = await todayCommand({ date: '2026-03-03', json: true }, f.deps);
    expect(then.progress.done).toBe(1);
    const now = await todayCommand({ json: true }, f.deps);
    expect(now.progress.done).toBe(2);
    const { statsCommand } = await import('../../src/commands/stats.ts');
    expect(statsCommand({ date: '2026-03-01', json: true }, f.deps).progress.done).toBe(0);
    expect(statsCommand({ date: '2026-03-02', json: true }, f.deps).progress.done).toBe(1);
  });
});

describe('undo says what it undid', () => {
  it.each([
    [
      'a plan change (even one that moved the start date)',
      async (f: ReturnType<typeof fakeDeps>) => {
        const { planCommand } = await import('../../src/commands/plan.ts');
        await planCommand({ start: '2026-03-05', daysPerWeek: '5' }, f.deps);
      },
      'Undid the plan change',
      'reset of all progress',
    ],
    [
      'a note, named by its task',
      async (f: ReturnType<typeof fakeDeps>) => {
        const { noteCommand } = await import('../../src/commands/notes.ts');
        await noteCommand('w1-basics', ['a', 'thought'], {}, f.deps);
      },
      'Undid the note on w1-basics.',
      'reset',
    ],
    [
      'a reset of everything',
      async (f: ReturnType<typeof fakeDeps>) => {
        const { resetCommand } = await import('../../src/commands/mark.ts');
        await markCommand('done', ['w1-basics'], {}, f.deps);
        await resetCommand(undefined, { yes: true }, f.deps);
      },
      'Undid the reset of all progress',
      'plan change',
    ],
  ])('%s', async (_name, change, says, never) => {
    const { undoCommand } = await import('../../src/commands/mark.ts');
    const f = fakeDeps({ now: '2026-03-10T09:00:00', state: { startDate: '2026-03-01' } });
    await change(f);
    const before = f.stdout().length;
    await undoCommand({}, f.deps);
    const out = f.stdout().slice(before);
    expect(out).toContain(says);
    expect(out).not.toContain(never);
  });
});

describe("numbered lines: today's list as short ids", () => {
  it('done 1 and open 2:1 name the lines roadmap today shows; a line that is not there is a clear error', async () => {
    const f = fakeDeps({ now: '2026-03-02T09:00:00', state: { startDate: '2026-03-02' } });
    await todayCommand({ all: true }, f.deps);
    expect(f.stdout()).toMatch(/^ 1 ○ w1-basics /m);
    // Line 2 is the rest of the week, listed with --all (and numbered the same without it).
    expect(f.stdout()).toMatch(/^ 2 ○ w1-exercise /m);
    const { openCommand } = await import('../../src/commands/open.ts');
    expect((await openCommand('1:1', { print: true }, f.deps)).url).toBe(fixtureFirstResourceOf('w1-basics'));
    expect((await markCommand('done', ['1'], {}, f.deps)).changed).toEqual(['w1-basics']);
    // The day's lines stay put: line 1 is still w1-basics, ticked; what comes next is line 2, offered ahead.
    expect((await markCommand('done', ['1'], {}, f.deps)).unchanged).toEqual(['w1-basics']);
    expect((await markCommand('done', ['2'], {}, f.deps)).changed).toEqual(['w1-exercise']);
    await expect(markCommand('done', ['9'], {}, f.deps)).rejects.toThrow(/Today's list has \d+ lines?: there is no line 9/);
  });
});

function fixtureFirstResourceOf(id: string): string | undefined {
  return fixtureRoadmap.weeks.flatMap((w) => w.tasks).find((t) => t.id === id)?.resources[0]?.url;
}

describe('minutes as people write them', () => {
  it.each([
    ['90', 90],
    ['90m', 90],
    ['90 min', 90],
    ['1.5h', 90],
    ['2h', 120],
    ['1h30m', 90],
    ['1h 30', 90],
    ['2 hours', 120],
  ])('%j is %d minutes', async (text, minutes) => {
    const { minutesOption } = await import('../../src/commands/shared.ts');
    expect(minutesOption(fakeDeps().deps, text)).toBe(minutes);
  });

  it.each(['1.5', 'h', 'abc', '30h', '2m', '-5'])('%j is refused', async (text) => {
    const { minutesOption } = await import('../../src/commands/shared.ts');
    expect(() => minutesOption(fakeDeps().deps, text)).toThrow(UsageError);
  });
});
