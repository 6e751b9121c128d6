// stats, notes, log, report and back-dated activity, in process with a fixed clock.
import { describe, expect, it } from 'vitest';
import { statsCommand } from '../../src/commands/stats.ts';
import { spentCommand } from '../../src/commands/spent.ts';
import { noteCommand, notesCommand } from '../../src/commands/notes.ts';
import { logCommand } from '../../src/commands/log.ts';
import { reportCommand } from '../../src/commands/report.ts';
import { markCommand, undoCommand } from '../../src/commands/mark.ts';
import { showCommand } from '../../src/commands/list.ts';
import { openCommand } from '../../src/commands/open.ts';
import { UsageError } from '../../src/errors.ts';
import { fakeDeps } from '../helpers.ts';

async function history() {
  const f = fakeDeps({ now: '2026-03-10T20:00:00', state: { startDate: '2026-03-01' } });
  await markCommand('done', ['w1-basics'], { date: '2026-03-08' }, f.deps);
  await markCommand('start', ['w1-exercise'], { date: '2026-03-09' }, f.deps);
  await markCommand('done', ['w1-exercise'], {}, f.deps);
  await noteCommand('w1-basics', ['dicts', 'are', 'hash', 'maps'], {}, f.deps);
  return f;
}

describe('back-dated activity', () => {
  it('records the day given, with timestamps on that day', async () => {
    const f = await history();
    const event = f.store.state.events[0]!;
    expect(event.date).toBe('2026-03-08');
    expect(new Date(f.store.state.progress['w1-basics']!.doneAt!).getDate()).toBe(8);
  });

  it.each(['2026-03-11', '2026-02-30', 'tomorrow', 'someday'])('refuses --date %s, changing nothing', async (date) => {
    const f = fakeDeps({ now: '2026-03-10T20:00:00' });
    await expect(markCommand('done', ['w1-basics'], { date }, f.deps)).rejects.toThrow(UsageError);
    await expect(noteCommand('w1-basics', ['x'], { date }, f.deps)).rejects.toThrow(UsageError);
    expect(f.store.writes).toBe(0);
  });
});

describe('stats', () => {
  it('gives progress, time, streaks and activity as JSON', async () => {
    const f = await history();
    f.stdout();
    statsCommand({ json: true }, f.deps);
    const json = JSON.parse(f.stdout().slice(f.stdout().indexOf('{\n  "date"')));
    expect(json.streak).toEqual({ current: 3, longest: 3 });
    expect(json.progress).toMatchObject({ done: 2, skipped: 0, total: 8, remaining: 6, percent: 25 });
    expect(json.minutesStudied).toBe(180);
    expect(json.weeks[0]).toMatchObject({ id: 'w1', done: 2, total: 2 });
    expect(json.activity.filter((d: { count: number }) => d.count > 0)).toEqual([
      { date: '2026-03-08', count: 1 },
      { date: '2026-03-09', count: 1 },
      { date: '2026-03-10', count: 2 },
    ]);
    expect(json.finish.date >= '2026-03-11').toBe(true);
  });

  it('prints bars, streak and the heatmap', async () => {
    const f = await history();
    const before = f.stdout().length;
    statsCommand({}, f.deps);
    const out = f.stdout().slice(before);
    expect(out).toMatch(/Progress {2}█{6}░{18} {2}25%/);
    expect(out).toContain('Streak    3 days · longest 3');
    expect(out).toContain('about 3 h (the estimates of the tasks done)');
    expect(out).toMatch(/Week 1 {4}Python +█{12} 100%/);
    expect(out).toContain('Less · ░ ▒ ▓ █ More');
  });

  it('before the plan starts, work done already gives a finish estimate', async () => {
    const f = fakeDeps({ now: '2026-03-01T20:00:00', state: { startDate: '2026-03-07' } });
    await markCommand('done', ['w1-basics'], {}, f.deps);
    const before = f.stdout().length;
    statsCommand({ json: true }, f.deps);
    const json = JSON.parse(f.stdout().slice(before));
    expect(json.finish).not.toBeNull();
    expect(json.finish.minutesPerStudyDay).toBeGreaterThan(0);
  });

  it('time logged where it is known, estimates only where it is not, and says which', async () => {
    const f = await history();
    // 50 min logged on w1-exercise (done, its estimate 60 no longer counts), 40 on w2-conda (in progress).
    await spentCommand('w1-exercise', '50', {}, f.deps);
    await spentCommand('w2-conda', '40', { date: '2026-03-09' }, f.deps);
    const before = f.stdout().length;
    statsCommand({ json: true }, f.deps);
    const json = JSON.parse(f.stdout().slice(before));
    expect([json.minutesStudied, json.minutesLogged, json.minutesEstimated]).toEqual([120 + 50 + 40, 90, 120]);
    const text = f.stdout().length;
    statsCommand({}, f.deps);
    expect(f.stdout().slice(text).replace(/\s+/g, ' ')).toContain(
      'about 3 h 30 min: 1 h 30 min logged, 2 h from the estimates of tasks done with no time logged',
    );
    // Logged time counts as a study day (streak, heatmap).
    expect(f.store.state.events.at(-1)).toMatchObject({ type: 'spent', date: '2026-03-09', minutes: 40 });
  });
});

describe('notes', () => {
  it('adds dated notes, lists them, and show prints them', async () => {
    const f = await history();
    await noteCommand('w1-basics', ['second'], { date: '2026-03-09' }, f.deps);
    const list = fakeDeps({ state: f.store.state });
    notesCommand({}, list.deps);
    expect(list.stdout()).toBe('w1-basics  Python basics\n  2026-03-10\n    dicts are hash maps\n  2026-03-09\n    second\n');
    const show = fakeDeps({ state: f.store.state });
    showCommand('w1-basics', {}, show.deps);
    expect(show.stdout()).toContain('Notes\n  2026-03-10\n    dicts are hash maps');
  });

  it('opens the editor in a terminal when no text is given; refuses without a terminal', async () => {
    const tty = fakeDeps({ stdinIsTTY: true, answers: ['  from the editor\n'] });
    const note = await noteCommand('w1-basics', [], {}, tty.deps);
    expect(note?.text).toBe('from the editor');
    expect(tty.prompted[0]!.kind).toBe('editor');
    const pipe = fakeDeps();
    await expect(noteCommand('w1-basics', [], {}, pipe.deps)).rejects.toThrow('Missing argument <text>.');
    // An editor left empty is a change of mind: nothing saved, said so, exit 0 (no error).
    const empty = fakeDeps({ stdinIsTTY: true, answers: ['   '] });
    expect(await noteCommand('w1-basics', [], {}, empty.deps)).toBeNull();
    expect(empty.stdout()).toBe('Nothing saved: the note was left empty.\n');
    expect(empty.store.writes).toBe(0);
    // An empty text given on the command line is a mistake.
    await expect(noteCommand('w1-basics', [' '], {}, empty.deps)).rejects.toThrow('The note is empty');
  });

  it('undo removes the note', async () => {
    const f = await history();
    await undoCommand({}, f.deps);
    expect(f.store.state.notes).toEqual([]);
  });
});

describe('log', () => {
  it('lists events newest first, marks undone ones, filters by --since', async () => {
    const f = await history();
    await undoCommand({}, f.deps);
    const log = fakeDeps({ state: f.store.state });
    logCommand({ since: '2026-03-09' }, log.deps);
    const lines = log.stdout().trim().split('\n');
    expect(lines[0]).toMatch(/^#5 {2}2026-03-10 {2}undo {3}reverts #4$/);
    expect(lines[1]).toMatch(/^#4 {2}2026-03-10 {2}note {3}w1-basics: dicts are hash maps .*\(undone\)/);
    expect(lines[2]).toMatch(/^#3 {2}2026-03-10 {2}done {3}w1-exercise$/);
    expect(lines[3]).toMatch(/^#2 {2}2026-03-09 {2}start {2}w1-exercise$/);
    expect(lines).toHaveLength(4);
  });
});

describe('report', () => {
  it('prints a Markdown summary', async () => {
    const f = await history();
    const md = reportCommand({ format: 'md' }, fakeDeps({ state: f.store.state, now: '2026-03-10T21:00:00' }).deps);
    expect(md).toContain('# My progress: Fixture roadmap');
    expect(md).toContain('- **25%** of the roadmap: 2 tasks done, 0 skipped, of 8');
    expect(md).toContain('- Streak: 3 days (longest 3)');
    expect(reportCommand({ format: 'md' }, fakeDeps({ now: '2026-03-10T21:00:00' }).deps)).not.toContain('1 days');
    expect(md).toContain('| 1 | Python | 2/2 |');
    expect(md).toContain('- Python basics (added) (`w1-basics`, 2026-03-08)');
    expect(md).toContain('- 1 note taken');
    expect(md).toContain('- Studied: about 3 h (the estimates of the tasks done)');
    // Skipped is not done: it is said beside the count.
    await markCommand('skip', ['w2-conda'], {}, f.deps);
    const skipped = reportCommand({ format: 'md' }, fakeDeps({ state: f.store.state, now: '2026-03-10T21:00:00' }).deps);
    expect(skipped).toContain('| 2-3 | Tools (added) | 0/3 (1 skipped) |');
  });

  it('refuses other formats', () => {
    expect(() => reportCommand({ format: 'pdf' }, fakeDeps().deps)).toThrow(UsageError);
  });
});

describe('open counts as activity', () => {
  it('records an open event, but not for --print', async () => {
    const f = fakeDeps();
    await openCommand('w1-basics:2', {}, f.deps);
    await openCommand('w1-basics:1', { print: true }, f.deps);
    expect(f.store.state.events.map((e) => [e.type, e.resource])).toEqual([['open', 'w1-basics:2']]);
    await undoCommand({}, f.deps);
    expect(f.stdout()).toContain('Nothing to undo.');
  });
});
