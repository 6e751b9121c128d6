// The store's guarantees, proven against the real binary: concurrent writers, SIGKILL mid-write,
// stale and held locks, private files.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import { readStoreFile } from '../../src/store/store.ts';
import { BIN, cleanEnv, readStore, roadmap, storeFile, tempHome, writeStore } from './helpers.ts';

const taskIds = roadmapJson.weeks.flatMap((w) => w.tasks.map((t) => t.id));

function start(home: string, args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

describe('concurrent use', () => {
  it('30 processes marking 30 different tasks at once record all 30', async () => {
    const home = tempHome();
    const ids = taskIds.slice(0, 30);
    const results = await Promise.all(ids.map((id) => start(home, ['done', id]).done));
    expect(results.map((r) => r.code)).toEqual(ids.map(() => 0));
    const store = readStore(home);
    expect(Object.keys(store.progress).sort()).toEqual([...ids].sort());
    expect(store.events).toHaveLength(30);
    expect(new Set(store.events.map((e: { seq: number }) => e.seq)).size).toBe(30);
  }, 60_000);

  it('a lock left by a killed process is taken over', () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const lock = `${storeFile(home)}.lock`;
    fs.mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    const r = roadmap(home, ['done', 'w1-python-oop']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readStore(home).progress['w1-python-oop'].status).toBe('done');
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('a lock held by a live process gives a clear message, exit 1, not a hang', async () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const before = fs.readFileSync(storeFile(home), 'utf8');
    const release = await lockfile.lock(path.dirname(storeFile(home)), { lockfilePath: `${storeFile(home)}.lock`, realpath: false, stale: 5000, update: 1000 });
    try {
      const started = Date.now();
      const r = await start(home, ['done', 'w1-python-oop']).done;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^roadmap: The progress store is locked by another roadmap command/);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await release();
    }
    expect(fs.readFileSync(storeFile(home), 'utf8')).toBe(before);
  }, 30_000);
});

describe('crashes', () => {
  it('SIGKILL in the middle of writes, many times, leaves a valid store', async () => {
    const home = tempHome();
    // A large history makes each write take long enough to be interrupted.
    const events = Array.from({ length: 20_000 }, (_, i) => ({ seq: i + 1, at: '2026-01-01T00:00:00.000Z', date: '2026-01-01', type: 'done', changes: [{ id: `old-${i}`, before: null, after: { status: 'done', updatedAt: 'x' } }] }));
    writeStore(home, { schemaVersion: 2, startDate: '2026-01-01', settings: {}, progress: {}, events });
    const lock = `${storeFile(home)}.lock`;
    let killed = 0;
    const lengths = new Set<number>();
    // A reader polling all along must never see a half-written file either.
    const seen = { complete: 0, partial: 0 };
    const poller = setInterval(() => {
      try {
        JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
        seen.complete++;
      } catch {
        seen.partial++;
      }
    }, 2);
    for (let round = 0; round < 30; round++) {
      const id = taskIds[round % taskIds.length]!;
      const run = start(home, round % 3 === 2 ? ['undo'] : ['done', id]);
      const delay = 40 + ((round * 137) % 400); // a write here takes about 250 ms: most kills land during one
      const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      const result = await run.done;
      clearTimeout(timer);
      if (result.signal === 'SIGKILL') killed++;
      // The file is valid JSON with the store's shape after every kill.
      const loaded = readStoreFile(storeFile(home));
      expect(loaded).not.toBeNull();
      lengths.add(loaded!.state.events.length);
      // Lock recovery is tested above; here the next writer should not wait for staleness.
      fs.rmSync(lock, { recursive: true, force: true });
    }
    clearInterval(poller);
    expect(seen.partial).toBe(0);
    expect(seen.complete).toBeGreaterThan(100);
    expect(killed).toBeGreaterThan(5);
    expect(lengths.size).toBeGreaterThan(1); // some writes completed between the kills
    const r = roadmap(home, ['list', '--json']);
    expect(r.code).toBe(0);
    JSON.parse(r.stdout);
  }, 120_000);
});

describe('private files', () => {
  it('creates the store folder 0700 and its files 0600, backups too', () => {
    const home = tempHome();
    writeStore(home, { schemaVersion: 1, startDate: null, progress: {}, events: [] });
    fs.rmSync(path.join(home, 'store'), { recursive: true });
    expect(roadmap(home, ['done', 'w1-python-basics']).code).toBe(0);
    const dir = path.join(home, 'store');
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    fs.writeFileSync(storeFile(home), JSON.stringify({ schemaVersion: 1, startDate: null, progress: {}, events: [] }));
    expect(roadmap(home, ['done', 'w1-python-oop']).code).toBe(0);
    for (const f of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, f)).mode & 0o777, f).toBe(0o600);
    expect(fs.readdirSync(dir).some((f) => /^progress\.json\.v1-.*\.bak$/.test(f))).toBe(true);
  });
});

describe('damaged and foreign stores', () => {
  it.each([
    ['invalid JSON', '{"schemaVersion": 2, "progress": {', /is not valid JSON/],
    ['a wrong shape', JSON.stringify({ schemaVersion: 2, progress: [], events: [] }), /has a wrong shape: progress: must be an object/],
    ['a newer version', JSON.stringify({ schemaVersion: 3, progress: {}, events: [] }), /schemaVersion 3, newer than this roadmap understands/],
  ])('%s: named with its file, kept as is, exit 1, a way out', (_name, text, pattern) => {
    const home = tempHome();
    fs.mkdirSync(path.join(home, 'store'));
    fs.writeFileSync(storeFile(home), text);
    for (const args of [['today'], ['done', 'w1-python-basics'], ['list']]) {
      const r = roadmap(home, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).toContain(storeFile(home));
      expect(r.stderr).toMatch(/roadmap doctor|Upgrade roadmap/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fs.readFileSync(storeFile(home), 'utf8')).toBe(text);
    expect(fs.readdirSync(path.join(home, 'store'))).toEqual(['progress.json']);
  });

  it('doctor finds the damage (exit 1) and doctor --repair keeps a backup and recovers', () => {
    const home = tempHome();
    const text = JSON.stringify({ schemaVersion: 2, startDate: '2026-01-05', progress: { 'w1-python-basics': { status: 'done', updatedAt: 'x' }, junk: 5 }, events: [] });
    writeStore(home, text === '' ? {} : JSON.parse(text));
    const check = roadmap(home, ['doctor', '--lang', 'en']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/✘ Store/);
    expect(check.stdout).toContain("Run 'roadmap doctor --repair'");
    const repair = roadmap(home, ['doctor', '--repair', '--lang', 'en']);
    expect(repair.code).toBe(0);
    expect(repair.stdout).toMatch(/kept as .*progress\.json\.damaged-.*\.bak; salvaged 1 task marks/);
    expect(roadmap(home, ['doctor']).code).toBe(0);
    expect(readStore(home).progress).toEqual({ 'w1-python-basics': { status: 'done', updatedAt: 'x' } });
    expect(readStore(home).startDate).toBe('2026-01-05');
  });
});

describe('no prompt without a terminal', () => {
  it('reset with stdin closed does not wait: exit 2 at once', () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const r = roadmap(home, ['reset']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(readStore(home).progress['w1-python-basics'].status).toBe('done');
  });
});
