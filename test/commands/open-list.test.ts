import { describe, expect, it } from 'vitest';
import { openCommand } from '../../src/commands/open.ts';
import { listCommand, showCommand } from '../../src/commands/list.ts';
import { RoadmapError, UsageError } from '../../src/errors.ts';
import { fakeDeps } from '../helpers.ts';

describe('open', () => {
  it.each([
    ['w1-basics', 'https://docs.python.org/3/tutorial/index.html'],
    ['w1-basics:1', 'https://docs.python.org/3/tutorial/index.html'],
    ['w1-basics:2', 'https://stackoverflow.com/'],
  ])('%s opens %s', async (target, url) => {
    const f = fakeDeps();
    await openCommand(target, {}, f.deps);
    expect(f.opened).toEqual([url]);
    expect(f.stdout()).toBe(`Opened ${url}\n`);
  });

  it('--print only prints the URL', async () => {
    const f = fakeDeps();
    await openCommand('w1-basics:2', { print: true }, f.deps);
    expect(f.opened).toEqual([]);
    expect(f.stdout()).toBe('https://stackoverflow.com/\n');
  });

  it('prints the URL and a note when no browser can start', async () => {
    const f = fakeDeps({ browser: { opened: false, reason: 'no-display' } });
    await openCommand('w1-basics', {}, f.deps);
    expect(f.stdout()).toBe('https://docs.python.org/3/tutorial/index.html\n');
    expect(f.stderr()).toBe('Could not start a browser (no display); open the address above yourself.\n');
  });

  it.each(['w1-basics:3', 'w1-basics:0', 'w1-basics:x', 'w1-basics:'])('refuses %s', async (target) => {
    const f = fakeDeps();
    await expect(openCommand(target, {}, f.deps)).rejects.toThrow(UsageError);
    expect(f.opened).toEqual([]);
  });

  it('explains a resource without an address', async () => {
    const f = fakeDeps();
    await expect(openCommand('w1-exercise', {}, f.deps)).rejects.toThrow(RoadmapError);
    await expect(openCommand('w1-exercise', {}, f.deps)).rejects.toThrow('"Zhihu topic" has no known address');
  });

  it('never hands a non-web URL to the browser', async () => {
    const base = fakeDeps();
    const roadmap = structuredClone(base.deps.roadmap);
    roadmap.weeks[0]!.tasks[0]!.resources[0]!.url = 'file:///etc/passwd';
    const f = fakeDeps({ roadmap });
    await expect(openCommand('w1-basics', {}, f.deps)).rejects.toThrow(/only http and https/);
    expect(f.opened).toEqual([]);
  });
});

describe('list and show', () => {
  it('lists every week with marks and progress', () => {
    const f = fakeDeps({ state: { progress: { 'w1-basics': { status: 'done', updatedAt: 'x' }, 'w2-conda': { status: 'in-progress', updatedAt: 'x' } } } });
    listCommand({}, f.deps);
    const out = f.stdout();
    expect(out).toMatch(/Week 1 +Python +█{6}░{6} +50% +1\/2 done/);
    expect(out).toContain('✔ w1-basics');
    expect(out).toContain('◐ w2-conda');
    expect(out).toContain('○ w4-mentor');
    expect(out).toMatch(/Week 4\+ +Research/);
  });

  it.each([
    ['2', 'w2-3'],
    ['3', 'w2-3'],
    ['2-3', 'w2-3'],
    ['w1', 'w1'],
    ['40', 'w4+'],
  ])('--week %s shows %s', (week, id) => {
    const f = fakeDeps();
    const result = listCommand({ week, json: true }, f.deps);
    expect(result.map((w) => w.week.id)).toEqual([id]);
    expect(JSON.parse(f.stdout()).weeks[0].id).toBe(id);
  });

  it.each(['0', '-1', 'abc', '99999999'])('--week %s is refused', (week) => {
    const f = fakeDeps();
    expect(() => listCommand({ week }, f.deps)).toThrow(UsageError);
  });

  it('shows a task with its description, resources and dates', () => {
    const f = fakeDeps({
      state: { progress: { 'w1-basics': { status: 'done', startedAt: '2026-03-02T10:00:00.000Z', doneAt: '2026-03-04T10:00:00.000Z', updatedAt: 'x' } } },
    });
    showCommand('w1-basics', {}, f.deps);
    const out = f.stdout();
    expect(out).toContain('Python basics (added)  w1-basics  done');
    expect(out).toContain('started 2026-03-02, done 2026-03-04');
    expect(out).toContain('Strings, lists, dicts.');
    expect(out).toContain('2. [site] Stack Overflow (added)  https://stackoverflow.com/');
    const g = fakeDeps();
    showCommand('w1-basics', { json: true }, g.deps);
    expect(JSON.parse(g.stdout())).toMatchObject({ id: 'w1-basics', status: 'todo', doneAt: null, resources: [{ n: 1 }, { n: 2 }] });
  });
});
