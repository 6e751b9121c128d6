// The progress page's charts, drawn from data as inline SVG: a progress bar, a burn-up line chart with
// axes and a 26-week activity grid. The geometry is worked out by plain functions (tested on their
// numbers), the markup from it; every text put in the markup is escaped here. Colours are CSS classes
// (the page's stylesheet gives them for light, dark and print); no scripts, nothing loaded.

import { activityLevel } from '../core/activity.ts';
import { displayText } from '../core/escape.ts';
import type { LocalDate } from '../core/dates.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from data, safe in HTML and SVG text and attribute values: control and invisible formatting
 * characters become visible escapes (as on the terminal, src/core/escape.ts), then & < > " ' entities.
 */
export function esc(text: string): string {
  return displayText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** A number as SVG writes it: at most two decimals, no "-0". */
export const num = (n: number): string => {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

// ---------------------------------------------------------------------------------------------------
// Bars

export interface Segment {
  value: number;
  /** CSS class of its rectangle. */
  cls: string;
}

export interface Rect {
  x: number;
  width: number;
  cls: string;
}

/** The bar's width in its viewBox: segments are laid out from the left as shares of `total`. */
export const BAR_WIDTH = 100;

/** Rectangles of the segments, left to right, as shares of `total` (clamped: never past the bar's end). */
export function barRects(segments: readonly Segment[], total: number): Rect[] {
  const rects: Rect[] = [];
  if (!(total > 0)) return rects;
  let x = 0;
  for (const s of segments) {
    const width = Math.min(BAR_WIDTH - x, (Math.max(0, s.value) / total) * BAR_WIDTH);
    if (width <= 0) continue;
    rects.push({ x, width, cls: s.cls });
    x += width;
  }
  return rects;
}

/** A progress bar, as wide as its container: a track with the segments over it. */
export function barSvg(segments: readonly Segment[], total: number, label: string): string {
  const rects = barRects(segments, total)
    .map((r) => `<rect class="${r.cls}" x="${num(r.x)}" y="0" width="${num(r.width)}" height="6"/>`)
    .join('');
  return (
    `<svg class="bar" viewBox="0 0 ${BAR_WIDTH} 6" width="100%" height="10" preserveAspectRatio="none" role="img" aria-label="${esc(label)}">` +
    `<title>${esc(label)}</title><rect class="track" x="0" y="0" width="${BAR_WIDTH}" height="6"/>${rects}</svg>`
  );
}

// ---------------------------------------------------------------------------------------------------
// Burn-up

export interface BurnUpData {
  /** Tasks the line climbs to (the plan's whole). */
  total: number;
  /** Cumulative tasks the plan has finished by the end of week i (index 0: the start, 0). */
  plan: readonly number[];
  /** Cumulative tasks done by the end of week i, up to the current week (index 0: the start). */
  actual: readonly number[];
  /** Where the current pace reaches `total`: a week position (fractional) from the start. */
  projection?: { week: number };
}

export interface BurnUpWords {
  title: string;
  weekAxis: string;
  tasksAxis: string;
  plan: string;
  done: string;
  projected: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface BurnUpGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Weeks on the x axis: 0 to this. */
  weeks: number;
  /** The y axis' top value. */
  yMax: number;
  xTicks: { week: number; x: number }[];
  yTicks: { value: number; y: number }[];
  plan: Point[];
  actual: Point[];
  /** From the last actual point to where the pace reaches the total (clipped at the axis' end). */
  projection: Point[];
}

export const BURNUP_SIZE = { width: 640, height: 280, left: 44, right: 16, top: 16, bottom: 40 };

/** Projections are drawn out to at most this many times the plan's length. */
export const MAX_STRETCH = 3;

/** A step of 1, 2 or 5 times a power of ten that gives at most `max` steps up to `top`. */
export function niceStep(top: number, max: number): number {
  if (!(top > 0)) return 1;
  const rough = top / max;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return Math.max(1, m * power);
  return Math.max(1, 10 * power);
}

export function burnUpGeometry(data: BurnUpData, size = BURNUP_SIZE): BurnUpGeometry {
  const planWeeks = Math.max(1, data.plan.length - 1);
  const actualWeeks = Math.max(0, data.actual.length - 1);
  const limit = Math.max(planWeeks, actualWeeks) * MAX_STRETCH;
  const projected = data.projection ? Math.min(limit, data.projection.week) : 0;
  const weeks = Math.max(1, Math.ceil(Math.max(planWeeks, actualWeeks, projected)));
  const yMax = Math.max(1, data.total, ...data.plan, ...data.actual);
  const plot = { left: size.left, top: size.top, right: size.width - size.right, bottom: size.height - size.bottom };
  const x = (week: number) => plot.left + (week / weeks) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (value / yMax) * (plot.bottom - plot.top);
  const xStep = niceStep(weeks, 10);
  const yStep = niceStep(yMax, 5);
  const xTicks: BurnUpGeometry['xTicks'] = [];
  for (let w = 0; w <= weeks; w += xStep) xTicks.push({ week: w, x: x(w) });
  const yTicks: BurnUpGeometry['yTicks'] = [];
  for (let v = 0; v <= yMax; v += yStep) yTicks.push({ value: v, y: y(v) });
  const plan = data.plan.map((v, i) => ({ x: x(i), y: y(v) }));
  const actual = data.actual.map((v, i) => ({ x: x(i), y: y(v) }));
  const projection: Point[] = [];
  const last = data.actual.at(-1);
  if (data.projection && last !== undefined && data.projection.week > actualWeeks) {
    // The straight line from now to the finish, cut where the axis ends.
    const end = data.projection.week;
    const at = Math.min(end, weeks);
    const value = last + ((data.total - last) * (at - actualWeeks)) / (end - actualWeeks);
    projection.push({ x: x(actualWeeks), y: y(last) }, { x: x(at), y: y(value) });
  }
  return { width: size.width, height: size.height, plot, weeks, yMax, xTicks, yTicks, plan, actual, projection };
}

const polyline = (points: readonly Point[]) => points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');

export function burnUpSvg(data: BurnUpData, words: BurnUpWords): string {
  const g = burnUpGeometry(data);
  const { plot } = g;
  const parts: string[] = [
    `<svg class="chart burnup" viewBox="0 0 ${g.width} ${g.height}" width="100%" role="img" aria-label="${esc(words.title)}">`,
    `<title>${esc(words.title)}</title>`,
  ];
  for (const t of g.yTicks) {
    parts.push(`<line class="grid" x1="${num(plot.left)}" y1="${num(t.y)}" x2="${num(plot.right)}" y2="${num(t.y)}"/>`);
    parts.push(`<text class="tick" x="${num(plot.left - 6)}" y="${num(t.y + 4)}" text-anchor="end">${t.value}</text>`);
  }
  for (const t of g.xTicks) {
    parts.push(`<line class="axis" x1="${num(t.x)}" y1="${num(plot.bottom)}" x2="${num(t.x)}" y2="${num(plot.bottom + 4)}"/>`);
    if (t.week > 0) parts.push(`<text class="tick" x="${num(t.x)}" y="${num(plot.bottom + 16)}" text-anchor="middle">${t.week}</text>`);
  }
  parts.push(`<line class="axis" x1="${num(plot.left)}" y1="${num(plot.bottom)}" x2="${num(plot.right)}" y2="${num(plot.bottom)}"/>`);
  parts.push(`<line class="axis" x1="${num(plot.left)}" y1="${num(plot.top)}" x2="${num(plot.left)}" y2="${num(plot.bottom)}"/>`);
  parts.push(`<text class="label" x="${num((plot.left + plot.right) / 2)}" y="${num(g.height - 4)}" text-anchor="middle">${esc(words.weekAxis)}</text>`);
  parts.push(`<text class="label" x="${num(plot.left + 4)}" y="${num(plot.top + 10)}">${esc(words.tasksAxis)}</text>`);
  if (g.plan.length > 1) parts.push(`<polyline class="plan" fill="none" points="${polyline(g.plan)}"><title>${esc(words.plan)}</title></polyline>`);
  if (g.projection.length > 1)
    parts.push(`<polyline class="projected" fill="none" points="${polyline(g.projection)}"><title>${esc(words.projected)}</title></polyline>`);
  if (g.actual.length > 1) parts.push(`<polyline class="done" fill="none" points="${polyline(g.actual)}"><title>${esc(words.done)}</title></polyline>`);
  const end = g.actual.at(-1);
  if (end) parts.push(`<circle class="now" cx="${num(end.x)}" cy="${num(end.y)}" r="3.5"/>`);
  parts.push('</svg>');
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------------
// Activity heatmap

export interface Day {
  date: LocalDate;
  /** Counting events (done, start, skip, note, open, review). */
  count: number;
  /** The cell's tooltip. */
  title: string;
}

export interface HeatmapWords {
  title: string;
  /** Monday first; blank entries are not labelled. */
  weekdays: readonly string[];
  months: readonly string[];
}

export const CELL = 11;
export const GAP = 3;
export const HEATMAP_LEFT = 30;
export const HEATMAP_TOP = 16;

export interface Cell {
  date: LocalDate;
  x: number;
  y: number;
  level: number;
  title: string;
}

/** `days` start on a Monday and are consecutive (as activityWindow gives them): one column a week, Monday on top. */
export function heatmapCells(days: readonly Day[]): Cell[] {
  return days.map((d, i) => ({
    date: d.date,
    x: HEATMAP_LEFT + Math.floor(i / 7) * (CELL + GAP),
    y: HEATMAP_TOP + (i % 7) * (CELL + GAP),
    level: activityLevel(d.count),
    title: d.title,
  }));
}

/** Month labels over the first column that holds a month's first day (the first column always names its month). */
export function monthLabels(days: readonly Day[], months: readonly string[]): { x: number; text: string }[] {
  const labels: { x: number; text: string }[] = [];
  for (let w = 0; w * 7 < days.length; w++) {
    const week = days.slice(w * 7, w * 7 + 7);
    const month = w === 0 ? week[0]!.date.slice(5, 7) : week.find((d) => d.date.endsWith('-01'))?.date.slice(5, 7);
    if (!month) continue;
    const x = HEATMAP_LEFT + w * (CELL + GAP);
    // A label too close to the one before: the first column's gives way (as on GitHub).
    if (labels.length === 1 && x - labels[0]!.x < 3 * (CELL + GAP)) labels.pop();
    labels.push({ x, text: months[Number(month) - 1] ?? month });
  }
  return labels;
}

export function heatmapSvg(days: readonly Day[], words: HeatmapWords): string {
  const columns = Math.max(1, Math.ceil(days.length / 7));
  const width = HEATMAP_LEFT + columns * (CELL + GAP);
  const height = HEATMAP_TOP + 7 * (CELL + GAP);
  const parts: string[] = [
    `<svg class="chart heatmap" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(words.title)}">`,
    `<title>${esc(words.title)}</title>`,
  ];
  for (const m of monthLabels(days, words.months)) parts.push(`<text class="tick" x="${m.x}" y="${HEATMAP_TOP - 5}">${esc(m.text)}</text>`);
  words.weekdays.forEach((name, row) => {
    if (name) parts.push(`<text class="tick" x="0" y="${HEATMAP_TOP + row * (CELL + GAP) + CELL - 2}">${esc(name)}</text>`);
  });
  for (const c of heatmapCells(days))
    parts.push(`<rect class="l${c.level}" x="${c.x}" y="${c.y}" width="${CELL}" height="${CELL}" rx="2"><title>${esc(c.title)}</title></rect>`);
  parts.push('</svg>');
  return parts.join('');
}

/** The legend's five shades, least first. */
export function legendSvg(): string {
  const cells = [0, 1, 2, 3, 4].map((l) => `<rect class="l${l}" x="${l * (CELL + GAP)}" y="0" width="${CELL}" height="${CELL}" rx="2"/>`).join('');
  return `<svg class="legend" viewBox="0 0 ${5 * (CELL + GAP)} ${CELL}" width="${5 * (CELL + GAP)}" height="${CELL}" aria-hidden="true">${cells}</svg>`;
}
