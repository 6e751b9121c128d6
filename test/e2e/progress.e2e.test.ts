// Progress features through the real binary: back-dated marks, stats, notes, log, export -> import.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDay, readStore, roadmap, storeFile, tempHome } from './helpers.ts';

describe('progress (spawned)', () => {
  it('back-dated marks make a streak that a time-zone change does not rewrite', () => {
    const home = tempHome();
    const sh = { TZ: 'Asia/Shanghai' };
    expect(roadmap(home, ['done', 'w1-python-basics', '--date', localDay(-2)], sh).code).toBe(0);
    expect(roadmap(home, ['start', 'w1-python-oop', '--date', localDay(-1)], sh).code).toBe(0);
    expect(roadmap(home, ['note', 'w1-python-oop', 'everything', 'is', 'an', 'object', '--date', localDay(0)], sh).code).toBe(0);
    const inShanghai = JSON.parse(roadmap(home, ['stats', '--json', '--date', localDay(0)], sh).stdout);
    expect(inShanghai.streak.current).toBe(3);
    const inNewYork = JSON.parse(roadmap(home, ['stats', '--json', '--date', localDay(0)], { TZ: 'America/New_York' }).stdout);
    expect(inNewYork.activity.filter((d: { count: number }) => d.count > 0)).toEqual(inShanghai.activity.filter((d: { count: number }) => d.count > 0));
    const future = roadmap(home, ['done', 'w1-search-skills', '--date', localDay(3)]);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('in the future');
  });

  it('stats with NO_COLOR draws the heatmap in density characters', () => {
    const home = tempHome();
    roadmap(home, ['done', 'w1-python-basics']);
    const r = roadmap(home, ['stats', '--lang', 'en'], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Activity, last 26 weeks');
    expect(r.stdout).toMatch(/Less · ░ ▒ ▓ █ More/);
    expect(roadmap(home, ['stats', '--help']).stdout).toContain('Streak rules');
  });

  it('notes, log and report', () => {
    const home = tempHome();
    roadmap(home, ['note', 'w6-resnet', 'residual connections ease optimisation']);
    roadmap(home, ['done', 'w6-resnet']);
    expect(roadmap(home, ['notes', '--lang', 'en']).stdout).toContain('residual connections ease optimisation');
    expect(roadmap(home, ['show', 'w6-resnet', '--lang', 'en']).stdout).toContain('residual connections');
    const log = roadmap(home, ['log', '--lang', 'en']).stdout.trim().split('\n');
    expect(log[0]).toMatch(/#2 .*done +w6-resnet/);
    expect(log[1]).toMatch(/#1 .*note +w6-resnet: residual/);
    expect(roadmap(home, ['report', '--lang', 'en']).stdout).toMatch(/^# My progress: /);
  });

  it('export -> import into a fresh store round-trips exactly', () => {
    const from = tempHome();
    roadmap(from, ['plan', '--days-per-week', '5', '--minutes', '90', '--skip', 'w1']);
    roadmap(from, ['done', 'w2-conda']);
    roadmap(from, ['note', 'w2-conda', 'conda create -n dl python=3.11']);
    const file = path.join(from, 'progress-export.json');
    expect(roadmap(from, ['export', file]).code).toBe(0);
    const to = tempHome();
    const r = roadmap(to, ['import', file, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Imported \(merged with your progress\)/);
    // Everything as exported, then the import itself (which undo reverts as one step).
    // (The snapshot names its own log, which differs.)
    const { log: _to, notesSeq: _toSeq, ...imported } = readStore(to);
    const { log: _from, notesSeq: _fromSeq, ...exported } = readStore(from);
    expect({ ...imported, events: imported.events.slice(0, -1), activity: exported.activity }).toEqual(exported);
    expect(imported.events.at(-1)).toMatchObject({ type: 'import', import: { file: 'progress-export.json', mode: 'merge', backup: null } });
    const again = roadmap(to, ['import', file, '--lang', 'en']);
    expect(again.stdout).toMatch(/^Nothing new in .*progress-export\.json/);
    const undo = roadmap(to, ['undo', '--lang', 'en']);
    expect(undo.stdout).toMatch(/^Undid the import of progress-export\.json/);
    expect(readStore(to).progress).toEqual({});
    // A broken file changes nothing.
    fs.writeFileSync(file, '{"format":"roadmap-export","formatVersion":7}');
    const before = fs.readFileSync(storeFile(to), 'utf8');
    const bad = roadmap(to, ['import', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(storeFile(to), 'utf8')).toBe(before);
  });
});
