// The notes file beside the snapshot (store v4): who reads it, how a crash at each point of a note's
// write is recovered from the log, the migration from a v3 snapshot, and doctor's check and repair.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStore, readStore, type FaultPoint } from '../../src/store/store.ts';
import { checkStore, repairStore } from '../../src/store/repair.ts';
import { applyChange, type ProgressState } from '../../src/core/state.ts';
import { addNote } from '../../src/core/activity.ts';
import { StoreError } from '../../src/errors.ts';

let dir: string;
const now = () => new Date('2026-03-01T10:00:00Z');
const file = () => path.join(dir, 'progress.json');
const notesFile = () => path.join(dir, 'notes.json');
const json = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-notes-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const done = (id: string) => (state: ProgressState) => ({
  state: applyChange(state, { type: 'done', ids: [id], at: now(), date: '2026-03-01' }).state,
  result: undefined,
});
const note = (id: string, text: string) => (state: ProgressState) => ({ state: addNote(state, id, text, now(), '2026-03-01').state, result: undefined });

class Stopped extends Error {}
/** A store whose write stops (as a killed process would) at `point`. */
const stoppingAt = (point: FaultPoint) =>
  fileStore(dir, now, 'progress.json', (p) => {
    if (p === point) throw new Stopped(p);
  });

describe('the notes file', () => {
  it('holds the notes; the snapshot holds only their count per task and the last event that changed them', async () => {
    const store = fileStore(dir, now);
    await store.update(done('a'));
    await store.update(note('a', 'first'), { notes: true });
    await store.update(note('b', 'second'), { notes: true });
    await store.update(done('b'));
    const snapshot = json(file());
    expect(snapshot.schemaVersion).toBe(4);
    expect(snapshot.notes).toBeUndefined();
    expect(snapshot).toMatchObject({ notesSeq: 3, noteCounts: { a: 1, b: 1 }, lastNoteId: 2, log: { lastSeq: 4 } });
    const notes = json(notesFile());
    expect(notes.log).toEqual({ id: snapshot.log.id, lastSeq: 3 });
    expect(notes.notes.map((n: { text: string }) => n.text)).toEqual(['first', 'second']);
    expect(
      fileStore(dir, now)
        .notes()
        .map((n) => n.id),
    ).toEqual(['n1', 'n2']);
  });

  it('is not read by the snapshot, nor by a change that does not need it', async () => {
    const store = fileStore(dir, now);
    await store.update(note('a', 'kept'), { notes: true });
    fs.writeFileSync(notesFile(), '{ damaged');
    const other = fileStore(dir, now);
    expect(other.snapshot().noteCounts).toEqual({ a: 1 });
    await other.update(done('a'));
    expect(fs.readFileSync(notesFile(), 'utf8')).toBe('{ damaged');
    expect(() => fileStore(dir, now).notes()).toThrow(/notes file .*notes\.json is damaged/);
  });

  it('refuses a change that adds a note without asking for the notes (it would lose the others)', async () => {
    const store = fileStore(dir, now);
    await store.update(note('a', 'one'), { notes: true });
    await expect(fileStore(dir, now).update(note('a', 'two'))).rejects.toThrow(/without the notes/);
    expect(fileStore(dir, now).notes()).toHaveLength(1);
  });

  it.each([
    ['after-append', 'the log has the note, the notes file and the snapshot do not'],
    ['after-notes', 'the log and the notes file have it, the snapshot does not'],
    ['before-rename', 'the snapshot was not put in place'],
  ] as const)('a write stopped %s (%s): the log is replayed, nothing lost or doubled', async (point, _why) => {
    const store = fileStore(dir, now);
    await store.update(note('a', 'one'), { notes: true });
    await expect(stoppingAt(point).update(note('a', 'two'), { notes: true })).rejects.toThrow(point === 'before-rename' ? /before-rename/ : Stopped);
    // A reader sees both notes at once.
    const read = readStore(file())!;
    expect(read.replayed).toBe(1);
    expect(read.view.noteCounts).toEqual({ a: 2 });
    expect(
      fileStore(dir, now)
        .notes()
        .map((n) => n.text),
    ).toEqual(['one', 'two']);
    // The next write, even one that is not about notes, brings the notes file up to date.
    await fileStore(dir, now).update(done('a'));
    expect(json(notesFile()).notes.map((n: { text: string }) => n.text)).toEqual(['one', 'two']);
    expect(json(file())).toMatchObject({ noteCounts: { a: 2 }, log: { lastSeq: 3 } });
    // The snapshot names an event the notes file includes (the note's, or the write that caught the file up).
    expect(json(file()).notesSeq).toBeGreaterThanOrEqual(2);
    expect(json(file()).notesSeq).toBeLessThanOrEqual(json(notesFile()).log.lastSeq);
    expect(readStore(file())!.replayed).toBe(0);
  });

  it('an undo of a note removes it from the notes file', async () => {
    const store = fileStore(dir, now);
    await store.update(note('a', 'one'), { notes: true });
    const { undoLast } = await import('../../src/core/state.ts');
    await fileStore(dir, now).update((s) => ({ state: undoLast(s, now(), '2026-03-01')!.state, result: undefined }), { history: true });
    expect(json(notesFile()).notes).toEqual([]);
    expect(json(file()).noteCounts).toEqual({});
  });
});

describe('a v3 snapshot (the notes inline)', () => {
  const v3 = async () => {
    // Written by this roadmap as v4, then put back the way a v3 snapshot held it.
    const store = fileStore(dir, now);
    await store.update(note('a', 'old note'), { notes: true });
    const { notesSeq: _s, noteCounts: _c, ...snapshot } = json(file());
    fs.writeFileSync(file(), JSON.stringify({ ...snapshot, schemaVersion: 3, notes: json(notesFile()).notes }));
    fs.rmSync(notesFile());
  };

  it('is read as it is, and its first write moves the notes out after a dated backup', async () => {
    await v3();
    const before = fs.readFileSync(file(), 'utf8');
    expect(
      fileStore(dir, now)
        .notes()
        .map((n) => n.text),
    ).toEqual(['old note']);
    expect(fileStore(dir, now).snapshot().noteCounts).toEqual({ a: 1 });
    expect(checkStore(file())).toMatchObject({ status: 'old', schemaVersion: 3 });
    await fileStore(dir, now).update(done('a'));
    const backups = fs.readdirSync(dir).filter((f) => f.startsWith('progress.json.v3-') && f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, backups[0]!), 'utf8')).toBe(before);
    expect(json(file())).toMatchObject({ schemaVersion: 4, noteCounts: { a: 1 } });
    expect(json(file()).notes).toBeUndefined();
    expect(json(notesFile()).notes.map((n: { text: string }) => n.text)).toEqual(['old note']);
    expect(checkStore(file()).status).toBe('ok');
  });
});

describe('doctor and the notes file', () => {
  it.each([
    ['damaged', (f: string) => fs.writeFileSync(f, fs.readFileSync(f, 'utf8').slice(0, -40)), 'invalid-json'],
    ['missing', (f: string) => fs.rmSync(f), 'wrong-shape'],
    ['of another log', (f: string) => fs.writeFileSync(f, JSON.stringify({ ...json(f), log: { id: 'other', lastSeq: 9 } })), 'wrong-shape'],
  ] as const)('a notes file %s is reported; the repair keeps the snapshot and what the notes file still holds', async (_kind, spoil, problem) => {
    const store = fileStore(dir, now);
    await store.update(done('a'));
    await store.update(note('a', 'first note'), { notes: true });
    await store.update(note('b', 'second note, a longer one to be cut'), { notes: true });
    spoil(notesFile());
    expect(() => fileStore(dir, now).notes()).toThrow(StoreError);
    const health = checkStore(file());
    expect(health).toMatchObject({ status: problem, notesOnly: true });
    const result = await repairStore(file(), now());
    expect(result.repaired).toBe(true);
    const repaired = fileStore(dir, now);
    expect(repaired.snapshot().progress.a?.status).toBe('done');
    expect(repaired.load().events).toHaveLength(3);
    // The cut file keeps its first whole note; another log's notes are kept as they are.
    expect(repaired.notes().length).toBe(_kind === 'missing' ? 0 : _kind === 'damaged' ? 1 : 2);
    expect(checkStore(file()).status).toBe('ok');
  });
});
