import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../src/commands/transfer.ts';
import { markCommand } from '../../src/commands/mark.ts';
import { noteCommand } from '../../src/commands/notes.ts';
import { planCommand } from '../../src/commands/plan.ts';
import { undoCommand } from '../../src/commands/mark.ts';
import { UsageError } from '../../src/errors.ts';
import { mergeStates } from '../../src/core/merge.ts';
import { emptyState } from '../../src/core/state.ts';
import { fakeDeps } from '../helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-transfer-'));

async function busyStore() {
  const f = fakeDeps({ now: '2026-03-10T20:00:00', state: { startDate: '2026-03-01' } });
  await planCommand({ daysPerWeek: '5', minutes: '60' }, f.deps);
  await markCommand('done', ['w1-basics'], { date: '2026-03-08' }, f.deps);
  await markCommand('skip', ['w2-conda'], {}, f.deps);
  await noteCommand('w1-basics', ['a', 'note'], {}, f.deps);
  await markCommand('start', ['w2-numpy'], {}, f.deps);
  await undoCommand({}, f.deps);
  return f;
}

describe('export and import', () => {
  it('round-trips exactly into a fresh store', async () => {
    const f = await busyStore();
    const file = path.join(tmp(), 'backup.json');
    exportCommand(file, {}, f.deps);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The import itself is recorded last (so that undo can revert it); before it, all is as exported.
    const withoutImport = (s: typeof f.store.state) => ({ ...s, events: s.events.filter((e) => e.type !== 'import') });
    const fresh = fakeDeps();
    await importCommand(file, {}, fresh.deps);
    expect(withoutImport(fresh.store.state)).toEqual(f.store.state);
    expect(fresh.store.state.events.at(-1)).toMatchObject({ type: 'import', import: { file: 'backup.json', mode: 'merge', events: 6, notes: 1 } });
    const replaced = fakeDeps({ state: { startDate: '2020-01-01', progress: { x: { status: 'done', updatedAt: 'x' } } } });
    await importCommand(file, { replace: true }, replaced.deps);
    expect(withoutImport(replaced.store.state)).toEqual(f.store.state);
  });

  it('keeps the chosen weekdays of the plan', async () => {
    const f = fakeDeps({ now: '2026-03-10T20:00:00', state: { startDate: '2026-03-01' } });
    await planCommand({ days: 'sat,sun', minutes: '60' }, f.deps);
    const file = path.join(tmp(), 'weekend.json');
    exportCommand(file, {}, f.deps);
    const fresh = fakeDeps();
    await importCommand(file, {}, fresh.deps);
    expect(fresh.store.state.plan).toEqual({ daysPerWeek: 2, minutesPerDay: 60, weekdays: [0, 6] });
    await undoCommand({}, fresh.deps);
    expect(fresh.store.state.plan).toBeUndefined();
  });

  it('prints to stdout without a file, with the format version', async () => {
    const f = await busyStore();
    const before = f.stdout().length;
    exportCommand(undefined, {}, f.deps);
    const doc = JSON.parse(f.stdout().slice(before));
    expect(doc).toMatchObject({ format: 'roadmap-export', formatVersion: 1, roadmap: 'fixture', store: { schemaVersion: 2 } });
  });

  it('refuses to overwrite without --force', async () => {
    const f = await busyStore();
    const file = path.join(tmp(), 'x.json');
    fs.writeFileSync(file, 'keep');
    expect(() => exportCommand(file, {}, f.deps)).toThrow(UsageError);
    expect(fs.readFileSync(file, 'utf8')).toBe('keep');
    exportCommand(file, { force: true }, f.deps);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('roadmap-export');
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    // The place of the mistake as line:column.
    ['not JSON, with its place', '{\n  "format": "roadmap-export",,\n}', /in\.json:2:30: .*\(not valid JSON\); nothing was imported\.$/],
    ['not an export', '{"hello": 1}', /is not a roadmap export/],
    ['a newer format', JSON.stringify({ format: 'roadmap-export', formatVersion: 2, store: {} }), /export format 2, newer than this roadmap understands/],
    [
      'a newer store',
      JSON.stringify({ format: 'roadmap-export', formatVersion: 1, store: { schemaVersion: 9, progress: {}, events: [] } }),
      /newer than this roadmap understands/,
    ],
    [
      'a broken store',
      JSON.stringify({ format: 'roadmap-export', formatVersion: 1, store: { schemaVersion: 2, progress: 3, events: [] } }),
      /progress: must be an object/,
    ],
  ])('refuses %s and changes nothing', async (_name, text, pattern) => {
    const file = path.join(tmp(), 'in.json');
    fs.writeFileSync(file, text);
    const f = fakeDeps({ state: { startDate: '2026-03-01' } });
    await expect(importCommand(file, {}, f.deps)).rejects.toThrow(UsageError);
    await expect(importCommand(file, {}, f.deps)).rejects.toThrow(pattern);
    expect(f.store.writes).toBe(0);
  });

  it('refuses a missing file', async () => {
    const f = fakeDeps();
    await expect(importCommand('/nonexistent/x.json', {}, f.deps)).rejects.toThrow(/Cannot read .*ENOENT/);
  });
});

describe('mergeStates', () => {
  it('keeps both sides: newer marks win, history and notes are unioned in time order, undo links follow', async () => {
    const laptop = await busyStore();
    const desktop = fakeDeps({ now: '2026-03-12T09:00:00', state: { startDate: '2026-02-20' } });
    await markCommand('done', ['w1-basics'], {}, desktop.deps); // newer than the laptop's
    await markCommand('done', ['w4-mentor'], {}, desktop.deps);
    await undoCommand({}, desktop.deps);
    await noteCommand('w2-conda', ['desk', 'note'], {}, desktop.deps);
    const merged = mergeStates(laptop.store.state, desktop.store.state);
    expect(merged.startDate).toBe('2026-02-20');
    expect(merged.plan).toEqual({ daysPerWeek: 5, minutesPerDay: 60 });
    expect(merged.progress['w1-basics']!.doneAt).toBe(desktop.store.state.progress['w1-basics']!.doneAt);
    expect(merged.progress['w2-conda']!.status).toBe('skipped');
    expect(merged.progress['w4-mentor']).toBeUndefined();
    expect(merged.events.map((e) => e.seq)).toEqual(merged.events.map((_, i) => i + 1));
    expect(merged.events.length).toBe(laptop.store.state.events.length + desktop.store.state.events.length);
    const undo = merged.events.find((e) => e.type === 'undo' && e.date === '2026-03-12')!;
    expect(merged.events.find((e) => e.seq === undo.undoes)!.changes[0]!.id).toBe('w4-mentor');
    expect(merged.notes!.map((n) => [n.id, n.text])).toEqual([
      ['n1', 'a note'],
      ['n2', 'desk note'],
    ]);
    // Merging the same thing again changes nothing.
    expect(mergeStates(merged, desktop.store.state)).toEqual(merged);
  });

  it('into an empty store takes the import as it is', () => {
    const state = { ...emptyState(), startDate: '2026-01-01' };
    expect(mergeStates(emptyState(), state)).toEqual(state);
  });
});

describe('hostile and odd imports: refused with the place of the first problem (exit 2), nothing changed', () => {
  const at = '2026-03-01T10:00:00.000Z';
  const done = { status: 'done', doneAt: at, updatedAt: at };
  const base = () => ({
    schemaVersion: 2,
    startDate: '2026-03-01',
    settings: {},
    progress: { 'w1-basics': done },
    events: [{ seq: 1, at, date: '2026-03-01', type: 'done', changes: [{ id: 'w1-basics', before: null, after: done }] }] as Record<string, unknown>[],
    notes: [] as Record<string, unknown>[],
  });
  const exportOf = (store: unknown) => JSON.stringify({ format: 'roadmap-export', formatVersion: 1, exportedAt: at, roadmap: 'fixture', store });
  const plan = (before: unknown) => ({
    seq: 2,
    at,
    date: '2026-03-01',
    type: 'plan',
    changes: [],
    plan: { before, after: { daysPerWeek: 5, minutesPerDay: 60 } },
  });

  it.each([
    [
      'a plan event whose before has 99 days a week',
      (s: ReturnType<typeof base>) => s.events.push(plan({ daysPerWeek: 99, minutesPerDay: 60 })),
      'store.events[1].plan.before.daysPerWeek: must be 1 to 7',
    ],
    [
      'a plan event whose weekdays name a day 8',
      (s: ReturnType<typeof base>) => s.events.push({ ...plan(null), plan: { before: null, after: { daysPerWeek: 2, minutesPerDay: 60, weekdays: [0, 8] } } }),
      'store.events[1].plan.after.weekdays: must be a list of weekdays, 0 (Sunday) to 6 (Saturday)',
    ],
    [
      'a plan whose weekdays disagree with its days a week',
      (s: ReturnType<typeof base>) => Object.assign(s, { plan: { daysPerWeek: 5, minutesPerDay: 60, weekdays: [0, 6] } }),
      'plan.weekdays: names 2 days, but daysPerWeek is 5',
    ],
    ['a seq of 1e308', (s: ReturnType<typeof base>) => (s.events[0]!.seq = 1e308), 'store.events[0].seq: must be a whole number larger than the one before'],
    ['seqs out of order', (s: ReturnType<typeof base>) => s.events.push({ ...s.events[0]!, seq: 1 }), 'store.events[1].seq'],
    ['an event without at', (s: ReturnType<typeof base>) => delete s.events[0]!.at, 'store.events[0].at: must be an ISO instant'],
    [
      'a note without at',
      (s: ReturnType<typeof base>) => s.notes.push({ id: 'n1', taskId: 'w1-basics', date: '2026-03-01', text: 'hi' }),
      'store.notes[0].at: must be an ISO instant',
    ],
    [
      'a note of 10 MB',
      (s: ReturnType<typeof base>) => s.notes.push({ id: 'n1', taskId: 'w1-basics', date: '2026-03-01', at, text: 'x'.repeat(10_000_000) }),
      'store.notes[0].text: longer than 20000 characters',
    ],
    [
      'an undo of an event that is not there',
      (s: ReturnType<typeof base>) => s.events.push({ seq: 2, at, date: '2026-03-01', type: 'undo', changes: [], undoes: 7 }),
      'store.events[1].undoes: must name an earlier event',
    ],
    [
      'a task mark with a made-up status',
      (s: ReturnType<typeof base>) => ((s.progress as Record<string, unknown>)['w1-basics'] = { status: 'mastered', updatedAt: at }),
      'progress.w1-basics.status: must be in-progress, done or skipped',
    ],
    [
      'a task id with a terminal escape',
      (s: ReturnType<typeof base>) => ((s.progress as Record<string, unknown>)['\u001b]0;owned\u0007'] = done),
      'is not a task id',
    ],
    ['an unknown setting', (s: ReturnType<typeof base>) => ((s.settings as Record<string, unknown>).shell = 'rm -rf ~'), 'store.settings.shell: unknown field'],
  ])('%s', async (_name, spoil, place) => {
    const file = path.join(tmp(), 'in.json');
    const store = base();
    spoil(store);
    fs.writeFileSync(file, exportOf(store));
    const f = await busyStore();
    const before = structuredClone(f.store.state);
    const writes = f.store.writes;
    const error = await importCommand(file, {}, f.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toContain(place);
    expect((error as UsageError).message).not.toContain('\u001b');
    expect(await importCommand(file, { replace: true }, f.deps).catch((e: unknown) => (e as Error).message)).toContain(place);
    expect(f.store.state).toEqual(before);
    expect(f.store.writes).toBe(writes);
    expect(f.store.backups.size).toBe(0);
  });

  it('an import never switches the roadmap in use', async () => {
    const file = path.join(tmp(), 'in.json');
    const store = { ...base(), settings: { lang: 'zh', roadmap: { file: '/tmp/evil.json', id: 'evil', mtimeMs: 1, size: 1 } } };
    fs.writeFileSync(file, exportOf(store));
    for (const replace of [false, true]) {
      const f = fakeDeps({ state: { startDate: '2026-03-01', progress: { other: done } as never } });
      await importCommand(file, { replace }, f.deps);
      expect(f.store.state.settings.roadmap).toBeUndefined();
      expect(f.store.state.progress['w1-basics']).toEqual(done);
    }
  });

  it('300,000 events: imported and listed by log without overflowing the stack', async () => {
    const file = path.join(tmp(), 'in.json');
    const store = base();
    store.events = Array.from({ length: 300_000 }, (_, i) => ({ seq: i + 1, at, date: '2026-03-01', type: 'open', changes: [], resource: 'w1-basics:1' }));
    fs.writeFileSync(file, exportOf(store));
    const f = fakeDeps();
    await importCommand(file, {}, f.deps);
    expect(f.store.state.events).toHaveLength(300_001);
    const { logCommand } = await import('../../src/commands/log.ts');
    expect(logCommand({}, f.deps)).toHaveLength(300_001);
  }, 60_000);
});

describe('undo right after an import undoes the import, as one step', () => {
  it.each([false, true])('replace: %s', async (replace) => {
    const laptop = await busyStore();
    const file = path.join(tmp(), 'laptop.json');
    exportCommand(file, {}, laptop.deps);
    const desk = fakeDeps({ now: '2026-03-12T09:00:00', state: { startDate: '2026-02-20' } });
    await markCommand('done', ['w4-mentor'], {}, desk.deps);
    await noteCommand('w2-conda', ['desk', 'note'], {}, desk.deps);
    const before = structuredClone(desk.store.state);
    await importCommand(file, { replace }, desk.deps);
    expect(desk.store.state.events.at(-1)!.type).toBe('import');
    // Opening a resource after the import is activity of this machine: kept by the undo.
    desk.store.state = {
      ...desk.store.state,
      events: [
        ...desk.store.state.events,
        { seq: desk.store.state.events.length + 1, at: '2026-03-12T10:00:00.000Z', date: '2026-03-12', type: 'open', changes: [], resource: 'w1-basics:1' },
      ],
    };
    const undone = await undoCommand({}, desk.deps);
    expect(undone!.type).toBe('import');
    expect(desk.stdout()).toContain('Undid the import of laptop.json: your progress is as it was before it');
    const after = desk.store.state;
    expect(after.progress).toEqual(before.progress);
    expect(after.notes).toEqual(before.notes);
    expect(after.startDate).toBe(before.startDate);
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(after.events.slice(before.events.length).map((e) => e.type)).toEqual(['open', 'undo']);
    // The next undo goes on with what was there before the import.
    await undoCommand({}, desk.deps);
    expect(desk.store.state.notes).toEqual([]);
  });

  it('a backup that was changed since the import is not restored', async () => {
    const laptop = await busyStore();
    const file = path.join(tmp(), 'laptop.json');
    exportCommand(file, {}, laptop.deps);
    const desk = fakeDeps({ state: { startDate: '2026-02-20' } });
    await markCommand('done', ['w4-mentor'], {}, desk.deps);
    await importCommand(file, {}, desk.deps);
    const [name] = [...desk.store.backups.keys()];
    desk.store.backups.set(name!, Buffer.from('{"schemaVersion":2,"progress":{},"events":[]}'));
    const state = desk.store.state;
    await expect(undoCommand({}, desk.deps)).rejects.toThrow(/was changed since it was made/);
    expect(desk.store.state).toBe(state);
  });

  it('importing the same file again says nothing new, and writes nothing', async () => {
    const laptop = await busyStore();
    const file = path.join(tmp(), 'laptop.json');
    exportCommand(file, {}, laptop.deps);
    const desk = fakeDeps({ state: { startDate: '2026-02-20' } });
    await markCommand('done', ['w4-mentor'], {}, desk.deps);
    await importCommand(file, {}, desk.deps);
    const writes = desk.store.writes;
    const again = await importCommand(file, {}, desk.deps);
    expect(again.nothingNew).toBe(true);
    expect(desk.stdout()).toMatch(/Nothing new in .*laptop\.json.*: everything in it is already in your progress\. Nothing was changed\./);
    expect(desk.store.writes).toBe(writes);
    expect(desk.store.backups.size).toBe(1);
  });
});
