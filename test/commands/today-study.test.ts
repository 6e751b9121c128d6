// Start-up: `today` reads the small data/done-when.json for the task in focus, never data/study.json (its
// questions and answers are for quiz and review). A file of its own, so no other test has read it before.
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import { todayCommand } from '../../src/commands/today.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { fakeDeps } from '../helpers.ts';

describe('today and the study files', () => {
  it('reads done-when.json, not study.json', async () => {
    const read = vi.spyOn(fs, 'readFileSync');
    const f = fakeDeps({ roadmap: roadmapJson as Roadmap, state: { startDate: '2026-03-10' } });
    await todayCommand({}, f.deps);
    const files = read.mock.calls.map(([file]) => String(file));
    read.mockRestore();
    expect(f.stdout()).toContain('Done when (w1-python-basics)');
    expect(files.filter((file) => file.endsWith('done-when.json'))).toHaveLength(1);
    expect(files.filter((file) => file.endsWith('study.json'))).toEqual([]);
  });
});
