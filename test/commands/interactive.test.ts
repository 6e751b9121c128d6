import { describe, expect, it } from 'vitest';
import { menuCommand, pickDone, pickOpen } from '../../src/commands/interactive.ts';
import { CancelledError, UsageError } from '../../src/errors.ts';
import { statusOf } from '../../src/core/state.ts';
import { fakeDeps } from '../helpers.ts';

const state = { startDate: '2026-03-08' };

describe('roadmap done without an id', () => {
  it("offers today's tasks in a checkbox and marks the ticked ones", async () => {
    const f = fakeDeps({ stdinIsTTY: true, state, now: '2026-03-15T10:00:00', answers: [['w2-conda', 'w2-numpy']] });
    await pickDone(f.deps);
    expect(f.prompted[0]!.kind).toBe('checkbox');
    expect(f.prompted[0]!.choices!.map((c) => c.value)).toEqual(['w1-basics', 'w1-exercise', 'w2-conda', 'w2-jupyter', 'w2-numpy']);
    expect(statusOf(f.store.state, 'w2-conda')).toBe('done');
    expect(statusOf(f.store.state, 'w2-numpy')).toBe('done');
    expect(f.store.state.events).toHaveLength(1);
  });

  it('marks nothing when nothing is ticked', async () => {
    const f = fakeDeps({ stdinIsTTY: true, state, answers: [[]] });
    await pickDone(f.deps);
    expect(f.store.writes).toBe(0);
    expect(f.stdout()).toContain('Nothing marked.');
  });

  it('without a terminal says which argument is missing (exit 2) and asks nothing', async () => {
    const f = fakeDeps({ stdinIsTTY: false, state });
    await expect(pickDone(f.deps)).rejects.toThrow(UsageError);
    await expect(pickDone(f.deps)).rejects.toThrow('Missing argument <id>.');
    expect(f.prompted).toEqual([]);
  });

  it('Ctrl-C writes nothing', async () => {
    const f = fakeDeps({ stdinIsTTY: true, state, answers: [new CancelledError('Cancelled.')] });
    await expect(pickDone(f.deps)).rejects.toThrow(CancelledError);
    expect(f.store.writes).toBe(0);
  });
});

describe('roadmap open without a target', () => {
  it("lists resources with today's first and opens the chosen one", async () => {
    const f = fakeDeps({ stdinIsTTY: true, state, now: '2026-03-09T10:00:00', answers: [(choices: { value: string }[]) => choices[2]!.value] });
    await pickOpen(f.deps);
    const values = f.prompted[0]!.choices!.map((c) => c.value);
    expect(values.slice(0, 3)).toEqual(['w1-basics:1', 'w1-basics:2', 'w2-conda:1']);
    expect(values).not.toContain('w1-exercise:1'); // no address, nothing to open
    expect(f.opened).toEqual(['https://docs.conda.io/projects/conda/en/latest/user-guide/getting-started.html']);
  });

  it('is searched by the titles in both languages and the task id, whatever the interface language', async () => {
    const f = fakeDeps({ stdinIsTTY: true, state, now: '2026-03-09T10:00:00', answers: [(choices: { value: string }[]) => choices[0]!.value] });
    await pickOpen(f.deps);
    const zhip = f.prompted[0]!.choices!.find((c) => c.value === 'w1-basics:1') as { keywords?: string } | undefined;
    expect(zhip?.keywords).toBe('Python tutorial（中） Python tutorial 学习 Python 基础 Python basics w1-basics');
  });

  it('without a terminal: exit 2 naming the argument', async () => {
    const f = fakeDeps({ state });
    await expect(pickOpen(f.deps)).rejects.toThrow('Missing argument <target>.');
  });
});

describe('bare roadmap', () => {
  it('without a terminal prints today and returns', async () => {
    const f = fakeDeps({ state });
    await menuCommand({}, f.deps);
    expect(f.stdout()).toContain('Today');
    expect(f.prompted).toEqual([]);
  });

  it('in a terminal shows today, then the menu until quit', async () => {
    const f = fakeDeps({ stdinIsTTY: true, state, now: '2026-03-08T10:00:00', answers: ['done', ['w1-basics'], 'list', 'quit'] });
    await menuCommand({}, f.deps);
    expect(f.prompted.map((p) => p.kind)).toEqual(['select', 'checkbox', 'select', 'select']);
    expect(f.prompted[0]!.choices!.map((c) => c.value)).toEqual(['done', 'open', 'list', 'plan', 'quit']);
    expect(statusOf(f.store.state, 'w1-basics')).toBe('done');
    expect(f.stdout()).toContain('Done: w1-basics');
    expect(f.stdout()).toMatch(/✔ w1-basics/);
  });
});
