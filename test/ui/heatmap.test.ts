import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { activityWindow } from '../../src/core/activity.ts';
import { messages } from '../../src/i18n/index.ts';
import { level, renderHeatmap } from '../../src/ui/heatmap.ts';
import { displayWidth } from '../../src/ui/width.ts';

const active = new Map([
  ['2026-06-02', 1],
  ['2026-07-01', 2],
  ['2026-09-15', 3],
  ['2026-11-02', 5],
  ['2026-11-27', 9],
]);

describe('heatmap', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 3],
    [5, 4],
    [40, 4],
  ])('%i events is level %i', (count, lvl) => expect(level(count)).toBe(lvl));

  it('renders with NO_COLOR in characters of rising density (snapshot)', () => {
    const out = renderHeatmap(activityWindow(active, '2026-11-28', 26), new Chalk({ level: 0 }), messages('en'));
    expect(out).toMatchInlineSnapshot(`
      "    Jun     Jul     Aug       Sep     Oct     Nov
      Mon · · · · · · · · · · · · · · · · · · · · · · █ · · ·
          ░ · · · · · · · · · · · · · · ▓ · · · · · · · · · ·
      Wed · · · · ▒ · · · · · · · · · · · · · · · · · · · · ·
          · · · · · · · · · · · · · · · · · · · · · · · · · ·
      Fri · · · · · · · · · · · · · · · · · · · · · · · · · █
          · · · · · · · · · · · · · · · · · · · · · · · · · ·
          · · · · · · · · · · · · · · · · · · · · · · · · ·
          Less · ░ ▒ ▓ █ More"
    `);
  });

  it('drops the first month label when the next month starts right after it', () => {
    const top = renderHeatmap(activityWindow(new Map(), '2025-03-17', 26), new Chalk({ level: 0 }), messages('en')).split('\n')[0];
    expect(top).toBe('      Oct     Nov     Dec       Jan     Feb     Mar');
  });

  it('lines up with Chinese labels', () => {
    const out = renderHeatmap(activityWindow(active, '2026-11-28', 26), new Chalk({ level: 0 }), messages('zh'));
    const rows = out.split('\n').slice(1, 8);
    const cellsStart = rows.map((r) => displayWidth(r) - displayWidth(r.replace(/^\S*\s+/, '')));
    expect(new Set(cellsStart.filter((_, i) => i !== 6)).size).toBe(1);
    expect(out.split('\n')[0]).toMatch(/^ {5}6月/);
  });

  it('colours squares when colour is on', () => {
    const out = renderHeatmap(activityWindow(active, '2026-11-28', 26), new Chalk({ level: 3 }), messages('en'));
    expect(out).toContain('\u001b[38;2;57;211;83m■');
    expect(out).not.toContain('█');
  });
});
