import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentOf, fileStore, readStoreFile } from '../../src/store/store.ts';
import { derivedCache } from '../../src/cache/derived.ts';
import { migrate } from '../../src/store/migrate.ts';
import { applyChange, SCHEMA_VERSION } from '../../src/core/state.ts';
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
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json.progress['w1-basics'].status).toBe('done');
    expect(json.events).toHaveLength(1);
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
    const text = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, progress: {}, events: [] });
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
    expect(now2.schemaVersion).toBe(2);
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

describe('fileStore current(): the state without its history, from the cache while the file is unchanged', () => {
  const withHistory = async (home: string) => {
    const store = fileStore(home, now);
    await store.update(markDone(['w1-basics']));
    await store.update(markDone(['w1-numpy']));
    return store.path;
  };
  /** How many times the store file itself is read while `body` runs. */
  function readsOf(file: string, body: () => void): number {
    const spy = vi.spyOn(fs, 'openSync');
    try {
      body();
      return spy.mock.calls.filter(([f]) => f === file).length;
    } finally {
      spy.mockRestore();
    }
  }

  it('after one full read, later runs get the current state without reading the store', async () => {
    const home = path.join(dir, 'home');
    const file = await withHistory(home);
    const cache = derivedCache(path.join(dir, 'cache'), 'test');
    const full = fileStore(home, now, undefined, cache).load();
    expect(full.events).toHaveLength(2);
    let current: ReturnType<ReturnType<typeof fileStore>['current']> | undefined;
    expect(readsOf(file, () => (current = fileStore(home, now, undefined, cache).current()))).toBe(0);
    expect(current).toEqual(currentOf(full));
    expect(current).not.toHaveProperty('events');
    expect(current).not.toHaveProperty('notes');
  });

  it('a write keeps the new current state, and a change by anything else is seen', async () => {
    const home = path.join(dir, 'home');
    const file = await withHistory(home);
    const cache = derivedCache(path.join(dir, 'cache'), 'test');
    await fileStore(home, now, undefined, cache).update(markDone(['w2-pandas']));
    expect(readsOf(file, () => expect(fileStore(home, now, undefined, cache).current().progress['w2-pandas']?.status).toBe('done'))).toBe(0);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    doc.progress['w2-pandas'].status = 'skipped';
    fs.writeFileSync(file, JSON.stringify(doc));
    expect(readsOf(file, () => expect(fileStore(home, now, undefined, cache).current().progress['w2-pandas']?.status).toBe('skipped'))).toBe(1);
  });

  it('a damaged entry, or no cache at all, reads the store', async () => {
    const home = path.join(dir, 'home');
    const file = await withHistory(home);
    const folder = path.join(dir, 'cache');
    const cache = derivedCache(folder, 'test');
    fileStore(home, now, undefined, cache).load();
    const [entry] = fs.readdirSync(folder);
    const text = fs.readFileSync(path.join(folder, entry!), 'utf8');
    fs.writeFileSync(path.join(folder, entry!), `${text.split('\n')[0]}\n{"progress": {`);
    expect(readsOf(file, () => expect(fileStore(home, now, undefined, cache).current().progress['w1-numpy']?.status).toBe('done'))).toBe(1);
    expect(readsOf(file, () => expect(fileStore(home, now).current().progress['w1-numpy']?.status).toBe('done'))).toBe(1);
  });

  it('a damaged store is still reported by current(), whatever the cache held before', async () => {
    const home = path.join(dir, 'home');
    const file = await withHistory(home);
    const cache = derivedCache(path.join(dir, 'cache'), 'test');
    fileStore(home, now, undefined, cache).load();
    fs.writeFileSync(file, '{ "schemaVersion": 2, "progress": ');
    expect(() => fileStore(home, now, undefined, cache).current()).toThrow(StoreError);
  });
});
