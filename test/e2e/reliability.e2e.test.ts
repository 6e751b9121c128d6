// The store's guarantees, proven against the real binary: concurrent writers, SIGKILL mid-write,
// stale and held locks, private files.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import { readStoreFile } from '../../src/store/store.ts';
import { BIN, cleanEnv, readStore, roadmap, storeFile, tempHome, writeStore } from './helpers.ts';

const taskIds = roadmapJson.weeks.flatMap((w) => w.tasks.map((t) => t.id));

function start(home: string, args: string[], extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(home, extra), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

/** Waits until a process is stopped (SIGSTOP at a fault point): its state, not a timing, decides. */
async function stopped(pid: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('T')) return;
    if (Date.now() > deadline) throw new Error(`process ${pid} never stopped`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A pid that no process has: one that ran and ended. */
function deadPid(): number {
  const child = spawnSync('true');
  return child.pid!;
}

function writeLock(home: string, owner: { pid: number; host?: string; since?: string }, mtime?: Date): string {
  const lock = `${storeFile(home)}.lock`;
  fs.writeFileSync(
    lock,
    JSON.stringify({ pid: owner.pid, host: owner.host ?? os.hostname(), token: 'someone-else', since: owner.since ?? new Date().toISOString() }),
  );
  if (mtime) fs.utimesSync(lock, mtime, mtime);
  return lock;
}

const leftovers = (home: string) => fs.readdirSync(path.join(home, 'store')).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock') || f.endsWith('.stale'));

const linux = process.platform === 'linux';

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
    expect(leftovers(home)).toEqual([]);
  }, 60_000);

  it.each([
    ['dated now', 0],
    ['dated a day in the future (a clock step)', 86_400_000],
    ['dated a day ago', -86_400_000],
  ])('a lock whose process is gone is taken over at once, %s', (_name, offset) => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const lock = writeLock(home, { pid: deadPid() }, new Date(Date.now() + offset));
    const started = Date.now();
    const r = roadmap(home, ['done', 'w1-python-oop']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(4_000); // not the 5 s a live holder is waited for
    expect(readStore(home).progress['w1-python-oop'].status).toBe('done');
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('an old-style lock folder dated in the future does not lock the store forever; doctor --repair works too', () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const lock = `${storeFile(home)}.lock`;
    fs.mkdirSync(lock);
    const future = new Date(Date.now() + 3 * 86_400_000);
    fs.utimesSync(lock, future, future);
    expect(roadmap(home, ['doctor', '--lang', 'en']).stdout).toMatch(/Lock +left by an unknown owner .* the next change takes it over/);
    expect(roadmap(home, ['doctor', '--repair']).code).toBe(0);
    fs.mkdirSync(lock);
    fs.utimesSync(lock, future, future);
    const r = roadmap(home, ['done', 'w1-python-oop']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('a lock held by a live process: doctor says who and since when; a write waits a little, then says so (exit 1), the store unchanged', async () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const before = fs.readFileSync(storeFile(home), 'utf8');
    const holder = spawn('sleep', ['60']);
    try {
      const since = '2026-03-01T10:00:00.000Z';
      // Even a lock stamped long ago is not taken from a process that is alive.
      writeLock(home, { pid: holder.pid!, since }, new Date(Date.now() - 3_600_000));
      const doctor = roadmap(home, ['doctor', '--lang', 'en']);
      expect(doctor.stdout).toContain(`held by roadmap process ${holder.pid} on ${os.hostname()} since ${new Date(since).toLocaleString()}`);
      const json = JSON.parse(roadmap(home, ['doctor', '--json']).stdout);
      expect(json.lock).toEqual({ state: 'held', reason: 'alive', pid: holder.pid, host: os.hostname(), since });
      const started = Date.now();
      const r = await start(home, ['done', 'w1-python-oop', '--lang', 'en']).done;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(
          `^roadmap: The progress store is being changed by another roadmap command \\(process ${holder.pid}, since .*\\); nothing was changed\\. If that command is stopped \\(Ctrl-Z\\), resume it with 'fg'`,
        ),
      );
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      holder.kill();
    }
    expect(fs.readFileSync(storeFile(home), 'utf8')).toBe(before);
  }, 30_000);
});

describe.skipIf(!linux)('a paused writer (stopped with SIGSTOP at a fault point; /proc tells when)', () => {
  it('keeps its lock however long it is paused: the other command fails clearly, and nothing is lost when it resumes', async () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-search-skills']);
    const paused = start(home, ['done', 'w1-python-basics'], { ROADMAP_TEST_FAULT: 'after-read' });
    await stopped(paused.child.pid!);
    // What made the old lock stale: its time stamp. Make it look an hour old.
    const lock = `${storeFile(home)}.lock`;
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(lock, old, old);
    const before = fs.readFileSync(storeFile(home), 'utf8');
    const other = await start(home, ['done', 'w1-python-oop', '--lang', 'en']).done;
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`process ${paused.child.pid}`);
    expect(fs.readFileSync(storeFile(home), 'utf8')).toBe(before);
    paused.child.kill('SIGCONT');
    const resumed = await paused.done;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(roadmap(home, ['done', 'w1-python-oop']).code).toBe(0);
    const progress = readStore(home).progress;
    expect(Object.keys(progress).sort()).toEqual(['w1-python-basics', 'w1-python-oop', 'w1-search-skills']);
    expect(leftovers(home)).toEqual([]);
  }, 60_000);

  it.each([
    // Stopped before its append: it finds the store changed, reads again, and appends after the other.
    ['after-read', ['w1-search-skills', 'w1-python-oop', 'w1-python-basics']],
    // Stopped after its append (its change is in the log, so committed): the other replays it first.
    ['before-rename', ['w1-search-skills', 'w1-python-basics', 'w1-python-oop']],
  ])(
    'never writes over a store that changed while it was paused (%s): it reads again, and each change is kept once',
    async (point, order) => {
      const home = tempHome();
      roadmap(home, ['done', 'w1-search-skills']);
      const paused = start(home, ['done', 'w1-python-basics'], { ROADMAP_TEST_FAULT: point as string });
      await stopped(paused.child.pid!);
      // Its lock is removed by hand (or by a tool that thought it stale), and another command writes.
      fs.rmSync(`${storeFile(home)}.lock`);
      const other = roadmap(home, ['done', 'w1-python-oop']);
      expect(other.code, other.stderr).toBe(0);
      paused.child.kill('SIGCONT');
      const resumed = await paused.done;
      expect(resumed.code, resumed.stderr).toBe(0);
      const store = readStore(home);
      expect(Object.keys(store.progress).sort()).toEqual(['w1-python-basics', 'w1-python-oop', 'w1-search-skills']);
      expect(store.events.map((e: { seq: number; changes: { id: string }[] }) => [e.seq, e.changes[0]!.id])).toEqual(order.map((id, i) => [i + 1, id]));
      expect(store.log.lastSeq).toBe(3);
      expect(leftovers(home)).toEqual([]);
    },
    60_000,
  );
});

describe('crashes', () => {
  it.skipIf(!linux)(
    'SIGKILL before the append leaves the store as it was; the next write tidies up',
    async () => {
      const home = tempHome();
      roadmap(home, ['done', 'w1-search-skills']);
      const before = fs.readFileSync(storeFile(home), 'utf8');
      const log = fs.readFileSync(path.join(home, 'store', 'events.jsonl'), 'utf8');
      const run = start(home, ['done', 'w1-python-basics'], { ROADMAP_TEST_FAULT: 'after-read' });
      await stopped(run.child.pid!);
      run.child.kill('SIGKILL');
      expect((await run.done).signal).toBe('SIGKILL');
      expect(fs.readFileSync(storeFile(home), 'utf8')).toBe(before);
      expect(fs.readFileSync(path.join(home, 'store', 'events.jsonl'), 'utf8')).toBe(log);
      const next = roadmap(home, ['done', 'w1-python-oop']);
      expect(next.code, next.stderr).toBe(0);
      expect(Object.keys(readStore(home).progress).sort()).toEqual(['w1-python-oop', 'w1-search-skills']);
      expect(leftovers(home)).toEqual([]);
    },
    30_000,
  );

  it.skipIf(!linux)(
    'SIGKILL after the append, before the snapshot: the change is in the log (committed), replayed by the next read, and kept once',
    async () => {
      const home = tempHome();
      roadmap(home, ['done', 'w1-search-skills']);
      const before = fs.readFileSync(storeFile(home), 'utf8');
      const run = start(home, ['done', 'w1-python-basics'], { ROADMAP_TEST_FAULT: 'before-rename' });
      await stopped(run.child.pid!);
      // Mid-write: the new snapshot is in a temp file beside the old one, which is untouched.
      expect(fs.readdirSync(path.join(home, 'store')).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      run.child.kill('SIGKILL');
      expect((await run.done).signal).toBe('SIGKILL');
      expect(fs.readFileSync(storeFile(home), 'utf8')).toBe(before);
      const list = roadmap(home, ['list', '--json']);
      expect(JSON.parse(list.stdout).weeks[0].tasks.find((t: { id: string }) => t.id === 'w1-python-basics').status).toBe('done');
      const doctor = roadmap(home, ['doctor', '--lang', 'en']);
      expect(doctor.stdout).toMatch(/1 event .*replayed/);
      const next = roadmap(home, ['done', 'w1-python-oop']);
      expect(next.code, next.stderr).toBe(0);
      expect(readStore(home).events.map((e: { changes: { id: string }[] }) => e.changes[0]!.id)).toEqual([
        'w1-search-skills',
        'w1-python-basics',
        'w1-python-oop',
      ]);
      expect(leftovers(home)).toEqual([]);
    },
    30_000,
  );

  it('SIGKILL at any moment, until writers were both killed and finished, leaves a valid store that readers never see half-written', async () => {
    const home = tempHome();
    // A long history makes each write take a while, so that some kills land during one.
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      seq: i + 1,
      at: '2026-01-01T00:00:00.000Z',
      date: '2026-01-01',
      type: 'done',
      changes: [{ id: `old-${i}`, before: null, after: { status: 'done', updatedAt: 'x' } }],
    }));
    writeStore(home, { schemaVersion: 2, startDate: '2026-01-01', settings: {}, progress: {}, events });
    let killed = 0;
    let finished = 0;
    const seen = { complete: 0, partial: 0 };
    const poller = setInterval(() => {
      try {
        JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
        seen.complete++;
      } catch {
        seen.partial++;
      }
    }, 2);
    const deadline = Date.now() + 90_000;
    // Not tuned to how long a write takes: the delay grows until writers finish, shrinks when they all do.
    let delay = 50;
    for (let round = 0; (killed < 3 || finished < 3) && Date.now() < deadline; round++) {
      const id = taskIds[round % taskIds.length]!;
      const run = start(home, round % 3 === 2 ? ['undo'] : ['done', id]);
      const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      const result = await run.done;
      clearTimeout(timer);
      if (result.signal === 'SIGKILL') {
        killed++;
        delay = Math.round(delay * 1.3) + 5;
      } else {
        expect(result.code, result.stderr).toBe(0);
        finished++;
        delay = Math.max(1, Math.round(delay * 0.7));
      }
      expect(readStoreFile(storeFile(home))).not.toBeNull();
    }
    clearInterval(poller);
    expect(killed).toBeGreaterThanOrEqual(3);
    expect(finished).toBeGreaterThanOrEqual(3);
    expect(seen.partial).toBe(0);
    expect(seen.complete).toBeGreaterThan(10);
    const r = roadmap(home, ['list', '--json']);
    expect(r.code).toBe(0);
    JSON.parse(r.stdout);
    expect(leftovers(home)).toEqual([]);
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
    ['a newer version', JSON.stringify({ schemaVersion: 5, progress: {}, events: [] }), /schemaVersion 5, newer than this roadmap understands/],
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

  it('a damaged notes file: today, done and show of a task without notes work; notes and show of a task with notes refuse (exit 1); doctor --repair keeps the whole notes', () => {
    const home = tempHome();
    expect(roadmap(home, ['note', 'w1-python-basics', 'first note']).code).toBe(0);
    expect(roadmap(home, ['note', 'w1-python-basics', 'second note, cut by the damage']).code).toBe(0);
    const notesFile = path.join(home, 'store', 'notes.json');
    const whole = fs.readFileSync(notesFile, 'utf8');
    const cut = whole.slice(0, whole.lastIndexOf('second note'));
    fs.writeFileSync(notesFile, cut);
    for (const args of [['today'], ['done', 'w1-python-oop'], ['show', 'w1-python-oop']]) expect(roadmap(home, args).code, args.join(' ')).toBe(0);
    for (const args of [['notes'], ['show', 'w1-python-basics']]) {
      const r = roadmap(home, [...args, '--lang', 'en']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/The notes file .*notes\.json is damaged/);
      expect(r.stderr).toMatch(/roadmap doctor --repair/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fs.readFileSync(notesFile, 'utf8')).toBe(cut);
    expect(roadmap(home, ['doctor', '--lang', 'en']).code).toBe(1);
    expect(roadmap(home, ['doctor', '--repair', '--lang', 'en']).code).toBe(0);
    expect(fs.readdirSync(path.join(home, 'store')).some((f) => /^notes\.json\.damaged-.*\.bak$/.test(f))).toBe(true);
    const notes = roadmap(home, ['notes', '--json']);
    expect(notes.code).toBe(0);
    expect(JSON.parse(notes.stdout).notes.map((n: { text: string }) => n.text)).toEqual(['first note']);
    expect(readStore(home).progress['w1-python-oop'].status).toBe('done');
    expect(roadmap(home, ['doctor']).code).toBe(0);
  });

  it('doctor --repair on a log with a torn last line says it tidied the store (no backup to name), in both languages', () => {
    for (const [lang, said] of [
      ['en', /^The store is in step with its event log again .*nothing was lost\.\n$/],
      ['zh', /^进度存储已与事件日志重新一致.*没有丢失任何内容。\n$/],
    ] as const) {
      const home = tempHome();
      expect(roadmap(home, ['done', 'w1-python-basics']).code).toBe(0);
      fs.appendFileSync(path.join(home, 'store', 'events.jsonl'), '{"seq":2,"at":"2026');
      const r = roadmap(home, ['doctor', '--repair', '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(said);
      expect(roadmap(home, ['doctor']).code).toBe(0);
      expect(readStore(home).progress['w1-python-basics'].status).toBe('done');
    }
  });

  it('doctor finds the damage (exit 1) and doctor --repair keeps a backup and recovers', () => {
    const home = tempHome();
    const text = JSON.stringify({
      schemaVersion: 2,
      startDate: '2026-01-05',
      progress: { 'w1-python-basics': { status: 'done', updatedAt: 'x' }, junk: 5 },
      events: [],
    });
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
