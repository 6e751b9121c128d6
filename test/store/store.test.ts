import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileStore, readStore, readStoreFile, writeStoreState } from '../../src/store/store.ts';
import { SNAPSHOT_VERSION } from '../../src/store/snapshot.ts';
import { migrate } from '../../src/store/migrate.ts';
import { applyChange } from '../../src/core/state.ts';
import { StoreError } from '../../src/errors.ts';
import { defaultConfigDir, storeDir } from '../../src/store/paths.ts';
import envPaths from 'env-paths';

let dir: string;
const now = () => new Date('2026-03-01T10:00:00Z');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-store-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const markDone = (ids: string[]) => (state: Parameters<typeof applyChange>[0]) => {
  const r = applyChange(state, { type: 'done', ids, at: now(), date: '2026-03-01' });
  return { state: r.state, result: r.changed };
};

describe('storeDir', () => {
  it('uses ROADMAP_HOME when set, else the per-user config folder', () => {
    expect(storeDir({ ROADMAP_HOME: '/tmp/x' })).toBe('/tmp/x');
    expect(storeDir({})).toMatch(/roadmap-nodejs$/);
  });

  it('is the folder conf itself would use (env-paths)', () => {
    expect(storeDir({ XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME })).toBe(envPaths('roadmap', { suffix: 'nodejs' }).config);
  });

  it.each([
    ['linux', {}, '/home/u/.config/roadmap-nodejs'],
    ['linux', { XDG_CONFIG_HOME: '/x/conf' }, '/x/conf/roadmap-nodejs'],
    ['darwin', {}, '/home/u/Library/Preferences/roadmap-nodejs'],
  ] as const)('on %s with %j: %s', (platform, env, dir) => {
    expect(defaultConfigDir(env, platform, '/home/u')).toBe(dir);
  });
});

describe('fileStore', () => {
  it('starts empty without creating anything, then writes a versioned file', async () => {
    const home = path.join(dir, 'home');
    const store = fileStore(home, now);
    expect(store.load().progress).toEqual({});
    expect(fs.existsSync(home)).toBe(false);
    await store.update(markDone(['w1-basics']));
    const json = JSON.parse(fs.readFileSync(store.path, 'utf8'));
    expect(json.schemaVersion).toBe(SNAPSHOT_VERSION);
    expect(json.progress['w1-basics'].status).toBe('done');
    expect(json.log.lastSeq).toBe(1);
    expect(store.load().progress['w1-basics']?.status).toBe('done');
  });

  it('creates its folder 0700 and its file 0600', async () => {
    const home = path.join(dir, 'private');
    const store = fileStore(home, now);
    await store.update(markDone(['a']));
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    expect(fs.statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('does not write when nothing changed', async () => {
    const store = fileStore(dir, now);
    await store.update((state) => ({ state, result: null }));
    expect(fs.existsSync(store.path)).toBe(false);
  });

  it('keeps ids the roadmap does not know', async () => {
    const store = fileStore(dir, now);
    await store.update(markDone(['an-old-id']));
    await store.update(markDone(['w1-basics']));
    expect(Object.keys(store.load().progress).sort()).toEqual(['an-old-id', 'w1-basics']);
  });

  it('refuses invalid JSON, names the file, leaves it as it was', async () => {
    const store = fileStore(dir, now);
    fs.writeFileSync(store.path, '{"schemaVersion": 2, "progress": {');
    expect(() => store.load()).toThrow(StoreError);
    expect(() => store.load()).toThrow(store.path);
    await expect(store.update(markDone(['a']))).rejects.toThrow(/not valid JSON/);
    expect(fs.readFileSync(store.path, 'utf8')).toBe('{"schemaVersion": 2, "progress": {');
  });

  it('refuses a wrong shape, naming the place', () => {
    const store = fileStore(dir, now);
    fs.writeFileSync(store.path, JSON.stringify({ schemaVersion: 2, progress: { a: { status: 'finished' } }, events: [] }));
    expect(() => store.load()).toThrow(/progress\.a\.status/);
  });

  it('refuses a newer schemaVersion and leaves the file untouched', async () => {
    const store = fileStore(dir, now);
    const text = JSON.stringify({ schemaVersion: SNAPSHOT_VERSION + 1, progress: {}, events: [] });
    fs.writeFileSync(store.path, text);
    await expect(store.update(markDone(['a']))).rejects.toThrow(/newer than this roadmap understands/);
    expect(fs.readFileSync(store.path, 'utf8')).toBe(text);
  });

  it('migrates a v1 store on write, after a backup of the original', async () => {
    const store = fileStore(dir, now);
    const v1 = { schemaVersion: 1, startDate: '2026-02-01', progress: { x: { status: 'done', updatedAt: 't' } }, events: [] };
    fs.writeFileSync(store.path, JSON.stringify(v1));
    expect(store.load().settings).toEqual({});
    await store.update(markDone(['a']));
    const now2 = JSON.parse(fs.readFileSync(store.path, 'utf8'));
    expect(now2.schemaVersion).toBe(SNAPSHOT_VERSION);
    expect(now2.settings).toEqual({});
    expect(now2.progress.x.status).toBe('done');
    const backups = fs.readdirSync(dir).filter((f) => f.includes('.v1-') && f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, backups[0]!), 'utf8'))).toEqual(v1);
  });
});

describe('migrate', () => {
  it('v1 -> v2 adds settings and keeps everything else', () => {
    const v1 = { schemaVersion: 1, startDate: null, progress: { a: { status: 'done' } }, events: [{ seq: 1 }] };
    expect(migrate(v1)).toEqual({ ...v1, schemaVersion: 2, settings: {} });
    expect(v1.schemaVersion).toBe(1);
  });
  it('leaves a current document alone', () => {
    const doc = { schemaVersion: 2, settings: { lang: 'zh' } };
    expect(migrate(doc)).toBe(doc);
  });
});

describe('readStoreFile', () => {
  it('returns null for a missing file', () => {
    expect(readStoreFile(path.join(dir, 'nope.json'))).toBeNull();
  });
});

describe('a store that cannot be written', () => {
  it('names the file when the folder is a file', async () => {
    const blocker = path.join(dir, 'not-a-dir');
    fs.writeFileSync(blocker, 'x');
    const store = fileStore(path.join(blocker, 'home'), now);
    await expect(store.update(markDone(['a']))).rejects.toThrow(StoreError);
    await expect(store.update(markDone(['a']))).rejects.toThrow(/not-a-dir\/home is not a folder \(a file is in the way\); nothing was changed/);
  });
});

describe('snapshot + log', () => {
  const withHistory = async (home: string) => {
    const store = fileStore(home, now);
    await store.update(markDone(['w1-basics']));
    await store.update(markDone(['w1-numpy']));
    return store.path;
  };
  /** How many times `file` is opened while `body` runs. */
  function opensOf(file: string, body: () => void): number {
    const spy = vi.spyOn(fs, 'openSync');
    try {
      body();
      return spy.mock.calls.filter(([f]) => f === file).length;
    } finally {
      spy.mockRestore();
    }
  }
  const logOf = (home: string) => path.join(home, 'events.jsonl');
  const lines = (home: string) =>
    fs
      .readFileSync(logOf(home), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));

  it('a write appends its event to events.jsonl and writes a small snapshot that names the log', async () => {
    const home = path.join(dir, 'home');
    await withHistory(home);
    const [header, ...events] = lines(home);
    expect(header).toMatchObject({ format: 'roadmap-events' });
    expect(events.map((e) => [e.seq, e.type, e.changes[0].id])).toEqual([
      [1, 'done', 'w1-basics'],
      [2, 'done', 'w1-numpy'],
    ]);
    const snapshot = JSON.parse(fs.readFileSync(path.join(home, 'progress.json'), 'utf8'));
    expect(snapshot).toMatchObject({
      schemaVersion: SNAPSHOT_VERSION,
      log: { id: header.id, bytes: fs.statSync(logOf(home)).size, lastSeq: 2 },
      activity: { '2026-03-01': 2 },
      doneOn: { 'w1-basics': '2026-03-01', 'w1-numpy': '2026-03-01' },
    });
    expect(snapshot).not.toHaveProperty('events');
    expect(fs.statSync(logOf(home)).mode & 0o777).toBe(0o600);
  });

  it('snapshot() reads progress.json and never the log; load() reads the history', async () => {
    const home = path.join(dir, 'home');
    await withHistory(home);
    let view: ReturnType<ReturnType<typeof fileStore>['snapshot']> | undefined;
    expect(opensOf(logOf(home), () => (view = fileStore(home, now).snapshot()))).toBe(0);
    expect(view!.progress['w1-numpy']?.status).toBe('done');
    expect(view!.activity).toEqual({ '2026-03-01': 2 });
    expect(fileStore(home, now).load().events).toHaveLength(2);
  });

  it('a write without history does not read the log (done is as fast with a long history as with none)', async () => {
    const home = path.join(dir, 'home');
    const store = fileStore(home, now);
    for (let i = 0; i < 3; i++) await store.update(markDone([`t${i}`]));
    // Damage an event in the middle: reading the history would now fail.
    const text = fs.readFileSync(logOf(home), 'utf8').split('\n');
    text[2] = text[2]!.replace('{', '[');
    fs.writeFileSync(logOf(home), text.join('\n'));
    await fileStore(home, now).update(markDone(['t9']));
    expect(fileStore(home, now).snapshot().progress['t9']?.status).toBe('done');
    expect(() => fileStore(home, now).load()).toThrow(/events\.jsonl is damaged at line 3/);
  });

  it('events a crash left in the log after the snapshot are replayed, then kept by the next write', async () => {
    const home = path.join(dir, 'home');
    await withHistory(home);
    const at = '2026-03-01T11:00:00.000Z';
    fs.appendFileSync(
      logOf(home),
      `${JSON.stringify({ seq: 3, at, date: '2026-03-02', type: 'skip', changes: [{ id: 'w2-conda', before: null, after: { status: 'skipped', skippedAt: at, updatedAt: at } }] })}\n`,
    );
    const store = fileStore(home, now);
    expect(store.snapshot().progress['w2-conda']?.status).toBe('skipped');
    expect(store.snapshot().activity).toEqual({ '2026-03-01': 2, '2026-03-02': 1 });
    expect(readStore(store.path)!.replayed).toBe(1);
    await fileStore(home, now).update(markDone(['w3-x']));
    expect(
      lines(home)
        .slice(1)
        .map((e) => e.seq),
    ).toEqual([1, 2, 3, 4]);
    expect(readStore(store.path)!.replayed).toBe(0);
  });

  it('a torn last line (a crash during an append) is dropped, reported, and cut off by the next write', async () => {
    const home = path.join(dir, 'home');
    await withHistory(home);
    fs.appendFileSync(logOf(home), '{"seq": 3, "at": "2026-03-0');
    expect(readStore(path.join(home, 'progress.json'))!.torn).toBe(27);
    expect(fileStore(home, now).load().events).toHaveLength(2);
    await fileStore(home, now).update(markDone(['w3-x']));
    expect(
      lines(home)
        .slice(1)
        .map((e) => e.seq),
    ).toEqual([1, 2, 3]);
  });

  it('a rewrite stopped after its new log was in place is finished from progress.json.next', async () => {
    const home = path.join(dir, 'home');
    await withHistory(home);
    const file = path.join(home, 'progress.json');
    const state = fileStore(home, now).load();
    // What writeStoreState leaves when it stops between the log and the rename.
    const before = fs.readFileSync(file);
    writeStoreState(file, { ...state, events: state.events.slice(0, 1), progress: { 'w1-basics': state.progress['w1-basics']! } });
    const after = fs.readFileSync(file);
    fs.writeFileSync(`${file}.next`, after);
    fs.writeFileSync(file, before);
    const found = readStore(file)!;
    expect(found.pending).toBe(true);
    expect(Object.keys(found.view.progress)).toEqual(['w1-basics']);
    // The next change finishes the rewrite, with the history of the new log (a write that does not ask for
    // the history, as `done` does not, included: it once failed here with "a change made without the history").
    await fileStore(home, now).update(markDone(['w3-x']));
    expect(fs.existsSync(`${file}.next`)).toBe(false);
    const done = readStore(file)!;
    expect([done.pending, Object.keys(done.view.progress).sort()]).toEqual([false, ['w1-basics', 'w3-x']]);
    expect(
      fileStore(home, now)
        .load()
        .events.map((e) => e.seq),
    ).toEqual([state.events[0]!.seq, state.events[0]!.seq + 1]);
    // A .next that names another log (stopped before the log) is ignored.
    fs.writeFileSync(`${file}.next`, after.toString().replace(/"id": "[^"]+"/, '"id": "other"'));
    expect(readStore(file)!.pending).toBe(false);
  });

  it('a store of schema 2 (one file) is read as it is, and turned into snapshot + log on the first write, losing nothing', async () => {
    const home = path.join(dir, 'home');
    fs.mkdirSync(home);
    const at = '2026-02-01T10:00:00.000Z';
    const note = { id: 'n1', taskId: 'w1-basics', date: '2026-02-01', at, text: 'hello' };
    const v2 = {
      schemaVersion: 2,
      startDate: '2026-02-01',
      settings: { lang: 'zh' },
      plan: { daysPerWeek: 5, minutesPerDay: 60 },
      progress: { 'w1-basics': { status: 'done', doneAt: at, updatedAt: at } },
      events: [
        { seq: 1, at, date: '2026-02-01', type: 'done', changes: [{ id: 'w1-basics', before: null, after: { status: 'done', doneAt: at, updatedAt: at } }] },
        { seq: 2, at, date: '2026-02-01', type: 'note', changes: [], note: { before: null, after: note } },
      ],
      notes: [note],
    };
    const file = path.join(home, 'progress.json');
    fs.writeFileSync(file, JSON.stringify(v2));
    const store = fileStore(home, now);
    expect(store.load()).toEqual(v2);
    await store.update(markDone(['w2-conda']));
    const backups = fs.readdirSync(home).filter((f) => /^progress\.json\.v2-.*\.bak$/.test(f));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(home, backups[0]!), 'utf8'))).toEqual(v2);
    const migrated = fileStore(home, now).load();
    expect(migrated.events.slice(0, 2)).toEqual(v2.events);
    expect(migrated.notes).toEqual(v2.notes);
    expect(migrated.settings).toEqual(v2.settings);
    expect(migrated.plan).toEqual(v2.plan);
    expect(migrated.progress['w2-conda']?.status).toBe('done');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion).toBe(SNAPSHOT_VERSION);
    expect(lines(home)).toHaveLength(4);
  });

  it('a damaged snapshot is still reported, whatever the log holds', async () => {
    const home = path.join(dir, 'home');
    const file = await withHistory(home);
    fs.writeFileSync(file, '{ "schemaVersion": 3, "progress": ');
    expect(() => fileStore(home, now).snapshot()).toThrow(StoreError);
  });
});
