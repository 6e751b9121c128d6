// A roadmap's outline: task ranges found in the file's bytes, tasks whose details are read when used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSource, fromOutline, makeOutline, PAGE, type Outline, type OutlineSource } from '../../src/roadmaps/outline.ts';
import { loadChosenRoadmap, statChoice } from '../../src/roadmaps/active.ts';
import { derivedCache } from '../../src/cache/derived.ts';
import { en } from '../../src/i18n/en.ts';
import { RoadmapError } from '../../src/errors.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

/** The file's bytes in memory, counting the ranges read; `size` is the size the outline expects. */
function memorySource(bytes: Buffer, size = bytes.length) {
  const reads: [number, number][] = [];
  const source: OutlineSource = {
    range: (start, end) => {
      if (bytes.length !== size) throw new Error('changed');
      reads.push([start, end]);
      return bytes.subarray(start, end);
    },
  };
  return { source, reads };
}

/** The roadmap from its outline (through JSON, as it is kept), counting how the file's bytes are read. */
function outlined(roadmap: Roadmap, text: string) {
  const bytes = Buffer.from(text);
  const outline = makeOutline(roadmap, bytes);
  if (!outline) throw new Error('no outline');
  const { source, reads } = memorySource(bytes);
  const result = fromOutline(JSON.parse(JSON.stringify(outline)) as Outline, source, () => new Error('changed'));
  return { result, reads, outline };
}

/** A roadmap of `n` tasks in one week. */
function bigRoadmap(n: number): Roadmap {
  const task = fixtureRoadmap.weeks[0]!.tasks[0]!;
  return { ...fixtureRoadmap, weeks: [{ ...fixtureRoadmap.weeks[0]!, tasks: Array.from({ length: n }, (_, i) => ({ ...task, id: `t${i}`, estimateMinutes: i + 1 })) }] };
}

describe('makeOutline', () => {
  it('holds ids, estimates and places, not the details', () => {
    const text = JSON.stringify(fixtureRoadmap, null, 2);
    const outline = makeOutline(fixtureRoadmap, Buffer.from(text))!;
    expect(outline.size).toBe(Buffer.byteLength(text));
    const first = fixtureRoadmap.weeks[0]!.tasks[0]!;
    expect(outline.roadmap.weeks[0]!.tasks[0]!.slice(0, 2)).toEqual([first.id, first.estimateMinutes]);
    expect(JSON.stringify(outline)).not.toContain(first.resources[0]!.url!);
  });

  it('is undefined when the bytes are not the roadmap', () => {
    const other: Roadmap = { ...fixtureRoadmap, weeks: fixtureRoadmap.weeks.slice(1) };
    expect(makeOutline(other, Buffer.from(JSON.stringify(fixtureRoadmap)))).toBeUndefined();
    const renamed = structuredClone(fixtureRoadmap);
    renamed.weeks[0]!.tasks[0]!.id = 'renamed';
    expect(makeOutline(renamed, Buffer.from(JSON.stringify(fixtureRoadmap)))).toBeUndefined();
    expect(makeOutline(fixtureRoadmap, Buffer.from('{"weeks": [{"tasks": [{"id": "x"'))).toBeUndefined();
  });
});

describe('fromOutline', () => {
  it('is the same roadmap, field for field, reading the file only when a detail is used, each page once', () => {
    const text = JSON.stringify(fixtureRoadmap, null, 2);
    const { result, reads } = outlined(fixtureRoadmap, text);
    expect(result.weeks.flatMap((w) => w.tasks.map((t) => [t.id, t.estimateMinutes]))).toEqual(
      fixtureRoadmap.weeks.flatMap((w) => w.tasks.map((t) => [t.id, t.estimateMinutes])),
    );
    expect(result.tips).toEqual(fixtureRoadmap.tips);
    expect(reads).toEqual([]);
    const task = result.weeks[0]!.tasks[0]!;
    expect(task.title).toEqual(fixtureRoadmap.weeks[0]!.tasks[0]!.title);
    expect(task.resources).toEqual(fixtureRoadmap.weeks[0]!.tasks[0]!.resources);
    expect(plain(result)).toEqual(plain(fixtureRoadmap));
    expect(reads).toEqual([[0, Buffer.byteLength(text)]]); // one page holds this small file
    expect(Object.getPrototypeOf(task).title).toBeUndefined(); // a tool looking at the prototype reads nothing
  });

  it('a large file is read by the page: a task reads its own page(s), the whole roadmap each page once', () => {
    const big = bigRoadmap(1000);
    const text = JSON.stringify(big, null, 2);
    const size = Buffer.byteLength(text);
    const pages = Math.ceil(size / PAGE);
    expect(pages).toBeGreaterThan(4);
    const { result, reads } = outlined(big, text);
    const middle = result.weeks[0]!.tasks[500]!;
    expect(middle.title).toEqual(big.weeks[0]!.tasks[500]!.title);
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads.length).toBeLessThanOrEqual(2);
    for (const [start, end] of reads) expect([start % PAGE, end - start <= PAGE]).toEqual([0, true]);
    expect(plain(result)).toEqual(plain(big));
    expect(reads.map(([start]) => start / PAGE).sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, i) => i));
  });

  it('an optional field is there only for the tasks that have it', () => {
    const withPaper = fixtureRoadmap.weeks.flatMap((w) => w.tasks).filter((t) => 'paper' in t);
    const { result } = outlined(fixtureRoadmap, JSON.stringify(fixtureRoadmap));
    expect(result.weeks.flatMap((w) => w.tasks).filter((t) => 'paper' in t).map((t) => t.id)).toEqual(withPaper.map((t) => t.id));
  });

  it('a file that no longer matches its outline is an error, not wrong details', () => {
    const text = JSON.stringify(fixtureRoadmap);
    const outline = makeOutline(fixtureRoadmap, Buffer.from(text))!;
    const changed = () => new Error('changed');
    const shifted = fromOutline(outline, memorySource(Buffer.from(` ${text.slice(0, -1)}`)).source, changed);
    expect(() => shifted.weeks[0]!.tasks[0]!.title).toThrow('changed');
    const swapped = fromOutline(outline, memorySource(Buffer.from(text.replace('"w1-basics"', '"w1-basicz"'))).source, changed);
    expect(() => swapped.weeks[0]!.tasks[0]!.resources).toThrow('changed');
    const longer = fromOutline(outline, memorySource(Buffer.from(`${text} `), Buffer.byteLength(text)).source, changed);
    expect(() => longer.weeks[0]!.tasks[0]!.title).toThrow('changed');
  });

  it('fileSource reads a range only from a file of the expected size', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-source-'));
    const file = path.join(dir, 'r.json');
    fs.writeFileSync(file, '0123456789');
    const failed = (e: unknown) => new Error(`failed ${(e as NodeJS.ErrnoException).code}`);
    const changed = () => new Error('changed');
    expect(fileSource(file, 10, failed, changed).range(2, 5).toString()).toBe('234');
    expect(() => fileSource(file, 11, failed, changed).range(2, 5)).toThrow('changed');
    expect(() => fileSource(path.join(dir, 'gone.json'), 10, failed, changed).range(2, 5)).toThrow('failed ENOENT');
    expect(() => fileSource(file, 10, failed, changed).range(8, 12)).toThrow('changed'); // past the end
  });
});

describe('loadChosenRoadmap with a cache', () => {
  it('keeps the outline on the first load and uses it after; a file changed after loading is a clear error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-outline-'));
    const file = path.join(dir, 'fixture.json');
    fs.writeFileSync(file, JSON.stringify(fixtureRoadmap, null, 2));
    const choice = statChoice(file, fixtureRoadmap.id);
    const cache = derivedCache(path.join(dir, 'cache'), 'test');
    const first = await loadChosenRoadmap(choice, en, cache);
    expect(Object.getPrototypeOf(first.roadmap.weeks[0]!.tasks[0])).toBe(Object.prototype); // parsed whole
    expect(fs.readdirSync(path.join(dir, 'cache'))).toHaveLength(1);

    const second = await loadChosenRoadmap(choice, en, cache);
    expect(Object.getPrototypeOf(second.roadmap.weeks[0]!.tasks[0])).not.toBe(Object.prototype); // from the outline
    expect(plain(second.roadmap)).toEqual(plain(fixtureRoadmap));

    const third = await loadChosenRoadmap(choice, en, cache);
    fs.writeFileSync(file, JSON.stringify(fixtureRoadmap));
    const error = (() => {
      try {
        return third.roadmap.weeks[1]!.tasks[0]!.title;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as Error).message).toBe(en.use.changedWhileReading(file));
  });
});
