// A custom roadmap compiled into plain data: loaded from its compiled files while its source's status
// is unchanged, hashed when the status changed, validated and compiled again only when its content did.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadChosenRoadmap, statChoice } from '../../src/roadmaps/active.ts';
import { compiledDir, readIndex } from '../../src/roadmaps/compiled.ts';
import { en } from '../../src/i18n/en.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

function setup() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-compiled-'));
  const file = path.join(home, 'lab.json');
  fs.writeFileSync(file, JSON.stringify(fixtureRoadmap, null, 2));
  return { home, file, choice: statChoice(file, fixtureRoadmap.id) };
}

const opens = (file: string, body: () => Promise<unknown>) => async () => {
  const spy = vi.spyOn(fs, 'openSync');
  try {
    await body();
    return spy.mock.calls.filter(([f]) => f === file).length;
  } finally {
    spy.mockRestore();
  }
};

describe('loadChosenRoadmap', () => {
  it('compiles on first load, then loads plain objects from the compiled files without opening the source', async () => {
    const { home, file, choice } = setup();
    const first = await loadChosenRoadmap(choice, en, home);
    expect(first).toEqual(fixtureRoadmap);
    expect(readIndex(home, fixtureRoadmap.id)!.weeks).toHaveLength(fixtureRoadmap.weeks.length);
    let again: unknown;
    expect(await opens(file, async () => (again = await loadChosenRoadmap(choice, en, home)))()).toBe(0);
    expect(again).toEqual(fixtureRoadmap);
    // Plain data: a copy keeps everything.
    expect(structuredClone(again)).toEqual(fixtureRoadmap);
    expect({ ...(again as { weeks: { tasks: object[] }[] }).weeks[0]!.tasks[0] }).toEqual(fixtureRoadmap.weeks[0]!.tasks[0]);
  });

  it('a changed content is validated and compiled again; an invalid one is refused with its first problem', async () => {
    const { home, file, choice } = setup();
    await loadChosenRoadmap(choice, en, home);
    const edited = structuredClone(fixtureRoadmap);
    edited.weeks[0]!.tasks[0]!.title.en = 'Changed title';
    fs.writeFileSync(file, JSON.stringify(edited));
    expect((await loadChosenRoadmap(choice, en, home)).weeks[0]!.tasks[0]!.title.en).toBe('Changed title');
    fs.writeFileSync(file, JSON.stringify({ ...edited, weeks: 'none' }));
    await expect(loadChosenRoadmap(choice, en, home)).rejects.toThrow(/has changed and is no longer valid: .*weeks/);
    edited.id = 'other-id';
    fs.writeFileSync(file, JSON.stringify(edited));
    await expect(loadChosenRoadmap(choice, en, home)).rejects.toThrow(/other-id/);
  });

  it('a compiled file that is missing or does not match its index: compiled again from the source', async () => {
    const { home, choice } = setup();
    await loadChosenRoadmap(choice, en, home);
    const dir = compiledDir(home, fixtureRoadmap.id);
    const week = fs.readdirSync(dir).find((n) => n.startsWith('week-'))!;
    fs.writeFileSync(path.join(dir, week), '[]');
    expect(await loadChosenRoadmap(choice, en, home)).toEqual(fixtureRoadmap);
    fs.rmSync(path.join(dir, 'index.json'));
    expect(await loadChosenRoadmap(choice, en, home)).toEqual(fixtureRoadmap);
  });

  it('a source that is gone: a clear error', async () => {
    const { home, file, choice } = setup();
    await loadChosenRoadmap(choice, en, home);
    fs.rmSync(file);
    await expect(loadChosenRoadmap(choice, en, home)).rejects.toThrow(/cannot be read \(ENOENT\)/);
  });
});
