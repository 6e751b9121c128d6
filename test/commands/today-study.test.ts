// Start-up: `today` reads the task in focus's data/done-when/<id>.json alone, never data/study.json (its
// questions and answers are for quiz and review). A file of its own, so no other test has read it before.
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import { todayCommand } from '../../src/commands/today.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { fakeDeps } from '../helpers.ts';

describe('today and the study files', () => {
  it('reads the focus task’s done-when file alone, not study.json', async () => {
    const read = vi.spyOn(fs, 'readFileSync');
    const f = fakeDeps({ roadmap: roadmapJson as Roadmap, state: { startDate: '2026-03-10' } });
    await todayCommand({}, f.deps);
    const files = read.mock.calls.map(([file]) => String(file));
    read.mockRestore();
    expect(f.stdout()).toContain('Done when (w1-python-basics)');
    expect(files.filter((file) => file.includes('done-when'))).toEqual([expect.stringMatching(/[/\\]data[/\\]done-when[/\\]w1-python-basics\.json$/)]);
    expect(files.filter((file) => file.endsWith('study.json'))).toEqual([]);
  });
});
