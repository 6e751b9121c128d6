// The day's portion through the real binary: a plan, today's numbered lines, `done 1`, time logged with
// `spent`, relative dates, undo's wording, and `roadmap --minutes N` as today. Fresh ROADMAP_HOME and
// ROADMAP_CACHE for each test (helpers.ts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localDay, readEvents, readStore, roadmap, storeFile, tempHome } from './helpers.ts';

/** A fresh home with a plan that starts today: every day a study day, 90 minutes. */
function planned(): string {
  const home = tempHome();
  const r = roadmap(home, ['plan', '--start', localDay(), '--days-per-week', '7', '--minutes', '90', '--lang', 'en']);
  expect(r.code, r.stderr).toBe(0);
  return home;
}

describe('a day of the plan (spawned)', () => {
  it('today is the plan minutes in roadmap order; done 1 ticks line 1 and the day is done', () => {
    const home = planned();
    const today = roadmap(home, ['today', '--lang', 'en']);
    expect(today.code).toBe(0);
    expect(today.stderr).toBe('');
    // Week 1's 840 min at 90 a day: 10 study days.
    expect(today.stdout.split('\n')[0]).toBe('Week 1 · study day 1 of 10');
    expect(today.stdout).toContain('\nToday · 1 h 30 min (your plan)\n 1 ○ w1-python-basics  Python basics  90 of the 360 min left\n');
    // The rest of the week is counted, not listed.
    expect(today.stdout).toMatch(/\nLater in week 1: 3 more tasks, ~\d+ h( \d+ min)? \(roadmap today --all lists them\)\.\n/);
    expect(today.stdout).not.toContain('w1-python-oop');

    const done = roadmap(home, ['done', '1', '--lang', 'en']);
    expect([done.code, done.stdout, done.stderr]).toEqual([0, 'Done: w1-python-basics\n', '']);
    expect(readStore(home).progress['w1-python-basics'].status).toBe('done');
    const after = roadmap(home, ['today', '--lang', 'en']);
    expect(after.stdout).toContain(' 1 ✔ w1-python-basics  Python basics  ~360 min  done\n');
    expect(after.stdout).toContain('\nDone for today: ~6 h of work. Well done.\nStreak: 1 day.\n');
    expect(after.stdout).toMatch(/\nAhead, if you want more \(optional\)\n 2 ○ w1-python-oop /);
  });

  it('spent logs time (today, or a day said as people say it); undo says what it undid', () => {
    const home = planned();
    const spent = roadmap(home, ['spent', '1', '1.5h', '--lang', 'en']);
    expect([spent.code, spent.stderr]).toEqual([0, '']);
    expect(spent.stdout).toBe(`Logged 90 min on w1-python-basics for ${localDay()}.\n90 min logged in all; about 270 of its 360 min left.\n`);
    const today = roadmap(home, ['today', '--lang', 'en']);
    expect(today.stdout).toContain(" 1 ✔ w1-python-basics  Python basics  90 of the 360 min left  today's part logged\n");
    expect(today.stdout).toContain('Done for today: ~1 h 30 min of work.');

    const undo = roadmap(home, ['undo', '--lang', 'en']);
    expect([undo.code, undo.stdout]).toEqual([0, 'Undid the 90 min logged on w1-python-basics.\n']);
    expect(readStore(home).progress['w1-python-basics']).toBeUndefined();

    // A day said as people say it: -1 is yesterday (before this plan's start, still a day that happened).
    const back = roadmap(home, ['spent', 'W1-Python-OOP', '20m', '--date', '-1', '--lang', 'en']);
    expect([back.code, back.stderr]).toEqual([0, '']);
    const events = readEvents(home);
    expect(events.at(-1)).toMatchObject({ type: 'spent', date: localDay(-1), minutes: 20 });
    expect(readStore(home).progress['w1-python-oop'].spentOn).toEqual({ [localDay(-1)]: 20 });
  });

  it('bad time: one line on stderr, exit 2, nothing written', () => {
    const home = planned();
    const before = fs.readFileSync(storeFile(home));
    for (const args of [
      ['spent', '1', '0'],
      ['spent', '1', 'a while'],
      ['spent', '9'],
      ['spent', 'w1-python-basics', '30', '--date', 'tomorrow'],
    ]) {
      const r = roadmap(home, [...args, '--lang', 'en']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^roadmap: /);
      expect(r.stdout).toBe('');
    }
    expect(fs.readFileSync(storeFile(home)).equals(before)).toBe(true);
  });

  it('roadmap --minutes N and roadmap --date D are today with those options', () => {
    const home = planned();
    const minutes = roadmap(home, ['--minutes', '45', '--lang', 'en']);
    expect(minutes.code, minutes.stderr).toBe(0);
    expect(minutes.stdout).toContain('\nToday · 45 min (--minutes)\n 1 ○ w1-python-basics  Python basics  45 of the 360 min left\n');
    const date = roadmap(home, ['--date', 'today', '--json']);
    expect(date.code, date.stderr).toBe(0);
    expect(JSON.parse(date.stdout)).toMatchObject({ date: localDay(), budgetMinutes: 90 });
  });
});
