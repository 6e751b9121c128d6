// The real binary, end to end: output, exit codes and the store on disk.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, readStore, roadmap, storeFile, tempHome, writeStore } from './helpers.ts';

describe('roadmap (spawned)', () => {
  it('today on a fresh home: week 1, starts the plan, writes a private versioned store', () => {
    const home = tempHome();
    const r = roadmap(home, ['today', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Week 1 · study day 1 of \d+\n/);
    expect(r.stdout).toMatch(/^Today · /m);
    expect(r.stdout).toContain('w1-python-basics');
    expect(r.stdout).toMatch(/1\. \[doc\] .*https:\/\/docs\.python\.org\/3\/tutorial\/index\.html/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colour into a pipe
    const store = readStore(home);
    expect(store.schemaVersion).toBe(4);
    expect(store.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fs.statSync(storeFile(home)).mode & 0o777).toBe(0o600);
  });

  it('done, list, show, undo, skip, reset round-trip through the store', () => {
    const home = tempHome();
    expect(roadmap(home, ['done', 'w1-python-basics', 'w1-python-oop']).code).toBe(0);
    expect(readStore(home).progress['w1-python-basics'].status).toBe('done');
    const list = roadmap(home, ['list', '--week', '1', '--lang', 'en']);
    expect(list.stdout).toMatch(/✔ w1-python-basics/);
    expect(list.stdout).toMatch(/○ w1-search-skills/);
    const show = JSON.parse(roadmap(home, ['show', 'w1-python-basics', '--json']).stdout);
    expect(show.status).toBe('done');
    expect(show.doneAt).toMatch(/^\d{4}-/);
    expect(roadmap(home, ['undo']).code).toBe(0);
    expect(readStore(home).progress['w1-python-basics']).toBeUndefined();
    expect(roadmap(home, ['skip', 'w1-search-skills']).code).toBe(0);
    expect(roadmap(home, ['start', 'w2-conda']).code).toBe(0);
    expect(readStore(home).progress['w2-conda'].status).toBe('in-progress');
    expect(roadmap(home, ['reset', 'w2-conda']).code).toBe(0);
    expect(readStore(home).progress['w2-conda']).toBeUndefined();
    expect(roadmap(home, ['reset']).code).toBe(2);
    expect(roadmap(home, ['reset', '--yes']).code).toBe(0);
    expect(readStore(home).progress).toEqual({});
  });

  it('today --json, on a given date, with overdue tasks first', () => {
    const home = tempHome();
    writeStore(home, { schemaVersion: 2, startDate: '2026-01-05', settings: {}, progress: {}, events: [] });
    const r = roadmap(home, ['today', '--date', '2026-01-20', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ date: '2026-01-20', week: 3, day: 2, planDay: 16 });
    expect(json.tasks[0]).toMatchObject({ id: 'w1-python-basics', status: 'todo', timing: 'overdue' });
    // The day's portion: the budget (the roadmap's pace, no plan) taken in order; the rest of the block counted.
    expect(json.budgetMinutes).toBeGreaterThan(0);
    expect(json.tasks.reduce((sum: number, t: { minutesToday: number }) => sum + t.minutesToday, 0)).toBeLessThanOrEqual(json.budgetMinutes);
    expect(json.later.tasks).toBeGreaterThan(0);
    expect(json.later.items.at(-1).week).toBe(json.weekBlock.label);
    expect(json.progress).toMatchObject({ done: 0, total: expect.any(Number) });
    expect(json.tasks[0].resources[0]).toMatchObject({ title: expect.any(String), url: expect.stringMatching(/^https:/), kind: 'doc' });
  });

  it('bad input: one line on stderr, exit 2, store unchanged', () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const before = fs.readFileSync(storeFile(home), 'utf8');
    for (const args of [
      ['done', 'w1-pyton-basics'],
      ['today', '--date', '2026-02-30'],
      ['list', '--frob'],
      ['open', 'w1-python-basics:99'],
    ]) {
      const r = roadmap(home, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^roadmap: /);
    }
    expect(roadmap(home, ['done', 'w1-pyton-basics']).stderr).toContain('Did you mean w1-python-basics');
    expect(fs.readFileSync(storeFile(home), 'utf8')).toBe(before);
  });

  it('open without a display prints the URL and a note, exit 0; --print only prints', () => {
    const home = tempHome();
    const r = roadmap(home, ['open', 'w1-python-exercise:2', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('https://leetcode.com/\n');
    expect(r.stderr).toContain('Could not start a browser (no display)');
    const p = roadmap(home, ['open', 'w1-python-exercise:2', '--print']);
    expect(p).toMatchObject({ code: 0, stdout: 'https://leetcode.com/\n', stderr: '' });
  });

  it('open respects BROWSER, passing the URL as one argument without a shell', () => {
    const home = tempHome();
    const log = `${home}/opened.txt`;
    const script = `${home}/fake-browser.sh`;
    fs.writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n`, { mode: 0o755 });
    const r = roadmap(home, ['open', 'w1-python-basics', '--lang', 'en'], { BROWSER: script });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Opened https://docs.python.org/3/tutorial/index.html\n');
    for (let i = 0; i < 50 && !fs.existsSync(log); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    expect(fs.readFileSync(log, 'utf8')).toBe('https://docs.python.org/3/tutorial/index.html\n');
  });

  it('speaks Chinese from the locale, and --version / --help work', () => {
    const home = tempHome();
    expect(roadmap(home, ['today'], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('第 1 周');
    expect(roadmap(home, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(roadmap(home, ['--help']).stdout).toContain('today');
  });

  it('a copy that was never built says so in one line, exit 1', () => {
    const home = tempHome();
    const copy = path.join(home, 'unbuilt');
    fs.cpSync(path.dirname(BIN), path.join(copy, 'bin'), { recursive: true });
    const r = spawnSync(process.execPath, [path.join(copy, 'bin', 'roadmap.js'), 'today'], { env: cleanEnv(home), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`roadmap: not built (${path.join(copy, 'dist', 'main.cjs')} is missing): run 'npm install' or 'npm run build' in ${copy}.\n`);
  });

  it('a damaged store is reported with its path, exit 1, and kept as it is', () => {
    const home = tempHome();
    fs.mkdirSync(`${home}/store`);
    fs.writeFileSync(storeFile(home), '{ not json');
    const r = roadmap(home, ['done', 'w1-python-basics']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(storeFile(home));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(storeFile(home), 'utf8')).toBe('{ not json');
  });
});
