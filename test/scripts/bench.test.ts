// The benchmark's pure helpers and generated data (the benchmark itself is not run here).

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, localDate, makeRoadmap, median, parseMaxRssKb, realisticStore, scaleStore, taskIds, verdict } from '../../scripts/bench-fixtures.mjs';
import { parseRoadmapText } from '../../src/roadmaps/validate.ts';
import { parseStoreText } from '../../src/store/store.ts';
import type { Roadmap } from '../../src/core/types.ts';

const TODAY = localDate(new Date());

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('does not reorder its input', () => {
    const values = [5, 1, 4];
    median(values);
    expect(values).toEqual([5, 1, 4]);
  });
});

describe('helpers', () => {
  it('moves dates by calendar days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('reads the peak memory from /usr/bin/time output', () => {
    expect(parseMaxRssKb('45312\n')).toBe(45312);
    expect(parseMaxRssKb('Command exited with non-zero status 1\n51200\n')).toBe(51200);
    expect(Number.isNaN(parseMaxRssKb(''))).toBe(true);
  });

  it('calls a ratio within its target a pass', () => {
    expect(verdict(1.2, 1.2)).toBe('PASS');
    expect(verdict(1.21, 1.2)).toBe('OVER');
    expect(verdict(NaN, 1.2)).toBe('n/a');
  });
});

describe('the 2,000-task roadmap', () => {
  const roadmap = makeRoadmap();
  const ids = taskIds(roadmap);

  it('has 40 weeks of 50 tasks with 2,000 unique ids', () => {
    expect(roadmap.id).toBe('bench-2000');
    expect(roadmap.weeks).toHaveLength(40);
    expect(roadmap.weeks.every((w) => w.tasks.length === 50)).toBe(true);
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
  });

  it('gives every task two resources with https URLs', () => {
    const tasks = roadmap.weeks.flatMap((w) => w.tasks);
    expect(tasks.every((t) => t.resources.length === 2 && t.resources.every((r) => /^https:\/\/example\.org\/t\/\d+$/.test(r.url ?? '')))).toBe(true);
  });

  it('passes the roadmap validator without a problem', () => {
    const { roadmap: parsed, problems } = parseRoadmapText(JSON.stringify(roadmap), 'bench-2000.json');
    expect(problems).toEqual([]);
    expect(parsed?.weeks).toHaveLength(40);
  });
});

describe('the stores', () => {
  const bundled = JSON.parse(fs.readFileSync(new URL('../../data/roadmap.json', import.meta.url), 'utf8')) as Roadmap;

  it('builds a realistic store three weeks in that the store accepts', () => {
    const state = realisticStore(taskIds(bundled), TODAY);
    const { state: loaded, foundVersion } = parseStoreText('progress.json', JSON.stringify(state));
    expect(foundVersion).toBe(2);
    expect(loaded.startDate).toBe(addDays(TODAY, -21));
    expect(Object.keys(loaded.progress).every((id) => taskIds(bundled).includes(id))).toBe(true);
    expect(loaded.notes).toHaveLength(2);
    expect(loaded.events.map((e) => e.seq)).toEqual(loaded.events.map((_, i) => i + 1));
  });

  it('builds a 3-year store with >= 1,000 event days and 500 notes that the store accepts', () => {
    const ids = taskIds(makeRoadmap());
    const state = scaleStore(ids, TODAY);
    const { state: loaded, foundVersion } = parseStoreText('progress.json', JSON.stringify(state, null, '\t'));
    expect(foundVersion).toBe(2);
    const dates = new Set(loaded.events.map((e) => e.date));
    expect(dates.size).toBeGreaterThanOrEqual(1000);
    expect(loaded.notes).toHaveLength(500);
    expect(new Set(loaded.notes!.map((n) => n.id)).size).toBe(500);
    expect(loaded.events.filter((e) => e.type === 'note')).toHaveLength(500);
    expect(new Set(loaded.events.map((e) => e.type))).toEqual(new Set(['done', 'start', 'skip', 'note', 'open']));
    // 1-3 events a day, all before today, each day a real local date.
    const perDay = new Map<string, number>();
    for (const e of loaded.events) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    expect([...perDay.values()].every((n) => n >= 1 && n <= 3)).toBe(true);
    expect([...dates].every((d) => d < TODAY && addDays(d, 0) === d)).toBe(true);
    expect(loaded.startDate).toBe(addDays(TODAY, -1100));
    // Every change refers to a task of the roadmap, and its before is the progress the one before left.
    const known = new Set(ids);
    const progress: Record<string, unknown> = {};
    for (const e of loaded.events) {
      for (const c of e.changes) {
        expect(known.has(c.id)).toBe(true);
        expect(c.before).toEqual(progress[c.id] ?? null);
        progress[c.id] = c.after;
      }
    }
    expect(progress).toEqual(loaded.progress);
  });

  it('is deterministic for a seed', () => {
    const ids = taskIds(makeRoadmap());
    expect(JSON.stringify(scaleStore(ids, '2025-06-01'))).toBe(JSON.stringify(scaleStore(ids, '2025-06-01')));
  });
});
