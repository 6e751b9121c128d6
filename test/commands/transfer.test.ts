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
    ['not an export', '{"hello": 1}', /is not a roadmap export/],
    ['a newer format', JSON.stringify({ format: 'roadmap-export', formatVersion: 2, store: {} }), /export format 2, newer than this roadmap understands/],
    ['a newer store', JSON.stringify({ format: 'roadmap-export', formatVersion: 1, store: { schemaVersion: 9, progress: {}, events: [] } }), /newer than this roadmap understands/],
    ['a broken store', JSON.stringify({ format: 'roadmap-export', formatVersion: 1, store: { schemaVersion: 2, progress: 3, events: [] } }), /progress: must be an object/],
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
    expect(merged.notes!.map((n) => [n.id, n.text])).toEqual([['n1', 'a note'], ['n2', 'desk note']]);
    // Merging the same thing again changes nothing.
    expect(mergeStates(merged, desktop.store.state)).toEqual(merged);
  });

  it('into an empty store takes the import as it is', () => {
    const state = { ...emptyState(), startDate: '2026-01-01' };
    expect(mergeStates(emptyState(), state)).toEqual(state);
  });
});
