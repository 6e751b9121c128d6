// A GitHub-style activity heatmap: weekdays as rows, one column per week, month labels on top.
// In colour, squares in rising greens; without colour, characters of rising density (·░▒▓█).

import { activityLevel } from '../core/activity.ts';
import type { Style } from './style.ts';
import type { LocalDate } from '../core/dates.ts';
import type { Messages } from '../i18n/index.ts';
import { displayWidth, padEnd, maxWidth } from './width.ts';

const DENSITY = ['·', '░', '▒', '▓', '█'];
const GREENS = ['#0e4429', '#006d32', '#26a641', '#39d353'];

export const level = activityLevel;

function cell(lvl: number, style: Style): string {
  if (style.level === 0) return DENSITY[lvl]!;
  return lvl === 0 ? style.gray('·') : style.hex(GREENS[lvl - 1]!)('■');
}

/** `days` must start on a Monday and be consecutive (as activityWindow gives them). */
export function renderHeatmap(days: { date: LocalDate; count: number }[], style: Style, msg: Messages): string {
  const weeks = Math.ceil(days.length / 7);
  const rowLabels = msg.heatmap.weekdays; // Monday first; blank entries are not labelled
  const labelWidth = maxWidth(rowLabels) + 1;

  // Month labels: at the first column holding a month's first day. The first column gets its month's
  // label too, unless the next month's would not fit after it (then the next month wins, as on GitHub).
  const labels: { col: number; text: string }[] = [];
  for (let w = 0; w < weeks; w++) {
    const week = days.slice(w * 7, w * 7 + 7);
    const month = w === 0 ? week[0]!.date.slice(5, 7) : week.find((d) => d.date.endsWith('-01'))?.date.slice(5, 7);
    if (!month) continue;
    const label = { col: labelWidth + w * 2, text: msg.heatmap.months[Number(month) - 1]! };
    const previous = labels.at(-1);
    if (previous && label.col < previous.col + displayWidth(previous.text) + 1) {
      if (labels.length === 1 && previous.col === labelWidth) labels.pop();
      else continue;
    }
    labels.push(label);
  }
  let top = '';
  for (const { col, text } of labels) top += ' '.repeat(Math.max(0, col - displayWidth(top))) + text;
  const lines = [top.trimEnd()];
  for (let row = 0; row < 7; row++) {
    const cells: string[] = [];
    for (let w = 0; w < weeks; w++) {
      const day = days[w * 7 + row];
      cells.push(day ? cell(level(day.count), style) : ' ');
    }
    lines.push(`${padEnd(rowLabels[row] ?? '', labelWidth)}${cells.join(' ')}`.trimEnd());
  }
  const legend = [0, 1, 2, 3, 4].map((l) => cell(l, style)).join(' ');
  lines.push(`${' '.repeat(labelWidth)}${msg.heatmap.less} ${legend} ${msg.heatmap.more}`);
  return lines.join('\n');
}
