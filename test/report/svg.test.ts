// The progress page's charts: geometry worked out from data (checked on its numbers), escaping, empty states.
import { describe, expect, it } from 'vitest';
import {
  BAR_WIDTH,
  BURNUP_SIZE,
  CELL,
  GAP,
  HEATMAP_LEFT,
  HEATMAP_TOP,
  barRects,
  barSvg,
  burnUpGeometry,
  burnUpSvg,
  esc,
  heatmapCells,
  heatmapSvg,
  monthLabels,
  niceStep,
  num,
  type BurnUpData,
  type Day,
} from '../../src/report/svg.ts';
import { activityWindow } from '../../src/core/activity.ts';

const words = { title: 'Plan & <progress>', weekAxis: 'week', tasksAxis: 'tasks', plan: 'plan', done: 'done', projected: 'projected' };
const plot = { left: BURNUP_SIZE.left, right: BURNUP_SIZE.width - BURNUP_SIZE.right, top: BURNUP_SIZE.top, bottom: BURNUP_SIZE.height - BURNUP_SIZE.bottom };

describe('esc', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"double" 'single'`, '&quot;double&quot; &#39;single&#39;'],
    ['\u001b[31mred', '\\u{1b}[31mred'],
    ['bidi \u202e override', 'bidi \\u{202e} override'],
    ['line\nbreak\ttab', 'line\nbreak\ttab'],
    ['卷积核 5×5。', '卷积核 5×5。'],
  ])('%j -> %j', (text, expected) => {
    expect(esc(text)).toBe(expected);
  });

  it('leaves no raw control character', () => {
    const all = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).join('');
    expect(esc(all)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it.each([
    [1.005, '1'],
    [12.345, '12.35'],
    [-0.001, '0'],
    [40, '40'],
  ])('num(%d) = %s', (n, text) => {
    expect(num(n)).toBe(text);
  });
});

describe('bars', () => {
  it.each([
    { segments: [3, 1], total: 4, expected: [0, 75, 75, 25] },
    { segments: [1, 0, 1], total: 4, expected: [0, 25, 25, 25] },
    { segments: [5], total: 4, expected: [0, 100] }, // clamped at the end
    { segments: [3, 3], total: 4, expected: [0, 75, 75, 25] },
    { segments: [-2, 2], total: 4, expected: [0, 50] },
  ])('segments $segments of $total', ({ segments, total, expected }) => {
    const rects = barRects(
      segments.map((value, i) => ({ value, cls: `c${i}` })),
      total,
    );
    expect(rects.flatMap((r) => [r.x, r.width])).toEqual(expected);
    expect(rects.every((r) => r.x + r.width <= BAR_WIDTH)).toBe(true);
  });

  it('an empty total draws the track only', () => {
    expect(barRects([{ value: 1, cls: 'done' }], 0)).toEqual([]);
    const svg = barSvg([{ value: 1, cls: 'done' }], 0, 'Week <1>');
    expect(svg).toContain('class="track"');
    expect(svg).not.toContain('class="done"');
    expect(svg).toContain('aria-label="Week &lt;1&gt;"');
    expect(svg).toContain('viewBox="0 0 100 6"');
    expect(svg).toContain('width="100%"');
  });
});

describe('burn-up geometry', () => {
  const data: BurnUpData = { total: 10, plan: [0, 2, 5, 8, 10], actual: [0, 1, 3], projection: { week: 6 } };

  it('scales weeks to x and tasks to y inside the plot', () => {
    const g = burnUpGeometry(data);
    // The axis runs to the projected finish (6 weeks), the y axis to the total.
    expect(g.weeks).toBe(6);
    expect(g.yMax).toBe(10);
    const xOf = (w: number) => plot.left + (w / 6) * (plot.right - plot.left);
    const yOf = (v: number) => plot.bottom - (v / 10) * (plot.bottom - plot.top);
    expect(g.plan).toEqual(data.plan.map((v, i) => ({ x: xOf(i), y: yOf(v) })));
    expect(g.actual).toEqual(data.actual.map((v, i) => ({ x: xOf(i), y: yOf(v) })));
    // From now (week 2, 3 done) straight to the total at week 6.
    expect(g.projection).toEqual([
      { x: xOf(2), y: yOf(3) },
      { x: xOf(6), y: yOf(10) },
    ]);
    expect(g.plan[0]).toEqual({ x: plot.left, y: plot.bottom });
    expect(g.plan.at(-1)!.y).toBe(plot.top);
  });

  it('ticks: nice steps that start at 0 and stay within the axes', () => {
    const g = burnUpGeometry({ total: 42, plan: Array.from({ length: 29 }, (_, i) => Math.round((42 * i) / 28)), actual: [0, 4, 8] });
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    expect(g.xTicks.map((t) => t.week)).toEqual([0, 5, 10, 15, 20, 25]);
    for (const t of g.yTicks) expect(t.y).toBeGreaterThanOrEqual(plot.top);
    for (const t of g.xTicks) expect(t.x).toBeLessThanOrEqual(plot.right);
  });

  it.each([
    [10, 5, 2],
    [42, 5, 10],
    [3, 5, 1],
    [0, 5, 1],
    [130, 10, 20],
  ])('niceStep(%d, %d) = %d', (top, max, step) => {
    expect(niceStep(top, max)).toBe(step);
  });

  it('a projection far off is cut at three times the plan, on its own line', () => {
    const g = burnUpGeometry({ total: 10, plan: [0, 5, 10], actual: [0, 1], projection: { week: 100 } });
    expect(g.weeks).toBe(6);
    const [from, to] = g.projection;
    expect(to!.x).toBeCloseTo(plot.right);
    // At week 6 of a line from (1, 1) to (100, 10): 1 + 9 * 5 / 99 tasks.
    const value = 1 + (9 * 5) / 99;
    expect(to!.y).toBeCloseTo(plot.bottom - (value / 10) * (plot.bottom - plot.top));
    expect(from!.y).toBeGreaterThan(to!.y);
  });

  it('empty history: a plan line, no done line, no projection', () => {
    const g = burnUpGeometry({ total: 5, plan: [0, 5], actual: [0] });
    expect(g.actual).toHaveLength(1);
    expect(g.projection).toEqual([]);
    const svg = burnUpSvg({ total: 5, plan: [0, 5], actual: [0] }, words);
    expect(svg).toContain('class="plan"');
    expect(svg).not.toContain('class="done"');
    expect(svg).not.toContain('class="projected"');
  });

  it('nothing at all (no tasks): still a chart, with no NaN in it', () => {
    const svg = burnUpSvg({ total: 0, plan: [0], actual: [] }, words);
    expect(svg).not.toContain('NaN');
    expect(svg).not.toContain('Infinity');
    expect(svg.startsWith('<svg')).toBe(true);
  });

  it('its texts are escaped and it scales with its container', () => {
    const svg = burnUpSvg(data, { ...words, weekAxis: '<b>week</b>' });
    expect(svg).toContain('Plan &amp; &lt;progress&gt;');
    expect(svg).toContain('&lt;b&gt;week&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(`viewBox="0 0 ${BURNUP_SIZE.width} ${BURNUP_SIZE.height}"`);
    expect(svg).toContain('width="100%"');
  });
});

describe('heatmap', () => {
  /** Consecutive days from a Monday with these counts. */
  const days = (counts: number[]): Day[] =>
    counts.map((count, i) => {
      const date = new Date(Date.UTC(2026, 2, 2 + i)).toISOString().slice(0, 10);
      return { date, count, title: `${date}: ${count}` };
    });

  it('one column a week, Monday on top', () => {
    const cells = heatmapCells(days([1, 0, 0, 0, 0, 0, 0, 5, 2]));
    expect(cells[0]).toMatchObject({ x: HEATMAP_LEFT, y: HEATMAP_TOP, level: 1 });
    expect(cells[6]).toMatchObject({ x: HEATMAP_LEFT, y: HEATMAP_TOP + 6 * (CELL + GAP), level: 0 });
    expect(cells[7]).toMatchObject({ x: HEATMAP_LEFT + CELL + GAP, y: HEATMAP_TOP, level: 4 });
    expect(cells[8]).toMatchObject({ x: HEATMAP_LEFT + CELL + GAP, y: HEATMAP_TOP + CELL + GAP, level: 2 });
  });

  it('26 weeks from activityWindow: 26 columns, the last one partial', () => {
    const window = activityWindow(new Map([['2026-03-04', 3]]), '2026-03-04', 26).map((d) => ({ ...d, title: d.date }));
    const cells = heatmapCells(window);
    expect(new Set(cells.map((c) => c.x)).size).toBe(26);
    expect(cells.at(-1)).toMatchObject({ date: '2026-03-04', level: 3, y: HEATMAP_TOP + 2 * (CELL + GAP) });
    const svg = heatmapSvg(window, {
      title: 'Activity',
      weekdays: ['Mon', '', 'Wed', '', 'Fri', '', ''],
      months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    });
    expect(svg).toContain(`viewBox="0 0 ${HEATMAP_LEFT + 26 * (CELL + GAP)} ${HEATMAP_TOP + 7 * (CELL + GAP)}"`);
    expect(svg.match(/<rect /g)).toHaveLength(window.length);
  });

  it('month labels at the column of each first day; the first gives way when too close', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    // Six weeks from Monday 2026-02-02: the first column is February, March 1 is in column 3.
    const window = activityWindow(new Map(), '2026-03-10', 6).map((d) => ({ ...d, title: d.date }));
    expect(window[0]!.date).toBe('2026-02-02');
    expect(monthLabels(window, months)).toEqual([
      { x: HEATMAP_LEFT, text: 'Feb' },
      { x: HEATMAP_LEFT + 3 * (CELL + GAP), text: 'Mar' },
    ]);
    // From Monday 2026-02-09 March 1 is in column 2, too close: February gives way.
    const closer = activityWindow(new Map(), '2026-03-31', 8).map((d) => ({ ...d, title: d.date }));
    expect(monthLabels(closer, months)).toEqual([{ x: HEATMAP_LEFT + 2 * (CELL + GAP), text: 'Mar' }]);
  });

  it('tooltips are escaped; an empty window is an empty grid, not an error', () => {
    const svg = heatmapSvg([{ date: '2026-03-02', count: 1, title: '<script>x</script>' }], { title: 't', weekdays: [], months: [] });
    expect(svg).toContain('<title>&lt;script&gt;x&lt;/script&gt;</title>');
    expect(svg).not.toContain('<script');
    const empty = heatmapSvg([], { title: 't', weekdays: [], months: [] });
    expect(empty).not.toContain('<rect');
    expect(empty).not.toContain('NaN');
  });
});
