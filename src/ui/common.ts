// Pieces shared by the views: status marks, resource lines, the progress bar.

import type { Added, Lang, Localized, Resource, TaskCore, Week } from '../core/types.ts';
import { visible } from '../core/escape.ts';
import { weekLabel } from '../core/roadmap.ts';
import type { PaperStage, TaskStatus } from '../core/state.ts';
import type { Progress } from '../core/schedule.ts';
import { pick } from '../i18n/lang.ts';
import type { Messages } from '../i18n/types.ts';
import type { Style } from './style.ts';
import { bar, displayWidth, padEnd, maxWidth, wrap } from './width.ts';

export interface ViewContext {
  lang: Lang;
  msg: Messages;
  style: Style;
  /** The terminal's width; infinite when stdout is not a terminal (then nothing is wrapped or cut). */
  columns: number;
  /** The terminal shows OSC 8 hyperlinks: titles become clickable and long URLs need not be printed. */
  hyperlinks?: boolean;
}

/** An OSC 8 hyperlink around `text`. */
export function hyperlink(text: string, url: string): string {
  return `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;
}

/** Terminals known to show OSC 8 links; FORCE_HYPERLINK=1 or 0 decides outright. */
export function supportsHyperlinks(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0' && env.FORCE_HYPERLINK !== 'false';
  if (!isTTY || env.TERM === 'dumb' || env.CI) return false;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper', 'Tabby'].includes(env.TERM_PROGRAM ?? '')) return true;
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
  return Boolean(env.KITTY_WINDOW_ID || env.WT_SESSION || env.DOMTERM || env.TERM === 'xterm-kitty' || env.TERM === 'foot');
}

/** The grey tag after the title of a task, resource, week block or tip the source text does not contain. */
export function addedTag(item: { added?: Added }, ctx: Pick<ViewContext, 'msg' | 'style'>): string {
  return item.added ? ctx.style.gray(ctx.msg.addedTag) : '';
}

/** A one-line note from the roadmap (an `added` or `filledIn` text), whole and with no character that could drive the terminal. */
export function noteText(text: Localized, lang: Lang): string {
  return visible(pick(text, lang), Number.POSITIVE_INFINITY);
}

/** A paper in progress at a stage: the stage ("writing notes"); null for every other task and status. */
export function stageText(status: TaskStatus, stage: PaperStage | undefined, msg: Messages): string | null {
  return status === 'in-progress' && stage ? msg.papers.stages[stage] : null;
}

export function statusMark(status: TaskStatus, style: Style): string {
  switch (status) {
    case 'done':
      return style.green('✔');
    case 'skipped':
      return style.gray('↷');
    case 'in-progress':
      return style.yellow('◐');
    case 'todo':
      return '○';
  }
}

/** Text wrapped to the terminal's width less `indent`, each line indented: prose (descriptions, notes, goals). */
export function wrapped(text: string, ctx: Pick<ViewContext, 'columns'>, indent = ''): string[] {
  return wrap(text, Math.max(20, ctx.columns - displayWidth(indent))).map((line) => `${indent}${line}`);
}

/**
 * A task's resources, numbered: kind, title, address. An address that does not fit on the title's line goes
 * on a line of its own under the title (never broken: a terminal can still open it).
 */
export function resourceLines(resources: Resource[], ctx: ViewContext, indent: string): string[] {
  const { style, msg, lang } = ctx;
  const titles = resources.map((r) => pick(r.title, lang));
  const kinds = resources.map((r) => `[${msg.kinds[r.kind] ?? r.kind}]`);
  const kindWidth = Math.max(0, ...kinds.map(displayWidth));
  return resources.map((r, i) => {
    const n = `${i + 1}.`.padStart(String(resources.length).length + 1);
    const tag = addedTag(r, ctx);
    if (r.url && ctx.hyperlinks) return `${indent}${n} ${padEnd(style.gray(kinds[i]!), kindWidth)} ${style.cyan(hyperlink(titles[i]!, r.url))}${tag}`;
    const where = r.url ? style.cyan(r.url) : style.gray(msg.noUrl);
    const line = `${indent}${n} ${padEnd(style.gray(kinds[i]!), kindWidth)} ${titles[i]}${tag}`;
    if (displayWidth(line) + 2 + displayWidth(where) <= ctx.columns) return `${line}  ${where}`;
    return `${line}\n${' '.repeat(displayWidth(indent) + n.length + 1 + kindWidth + 1)}${where}`;
  });
}

export function progressLine(progress: Progress, ctx: ViewContext, width = 24): string {
  const finished = progress.done + progress.skipped;
  const fraction = progress.total === 0 ? 0 : finished / progress.total;
  const { filled, empty } = bar(fraction, width);
  const percent = `${Math.round(fraction * 100)}%`;
  return `${ctx.style.green(filled)}${ctx.style.gray(empty)} ${percent.padStart(4)}  ${ctx.msg.progressCounts(progress.done, progress.skipped, progress.total)}`;
}

/** "Week 4-5  CNNs and PyTorch" for each week, the titles starting in one column (and tagged when added). */
export function weekHeads(weeks: readonly Week<TaskCore>[], ctx: ViewContext): string[] {
  const labels = weeks.map((w) => ctx.msg.weekTitle(weekLabel(w)));
  const width = maxWidth(labels);
  return weeks.map((w, i) => `${padEnd(labels[i]!, width)}  ${pick(w.title, ctx.lang)}${addedTag(w, ctx)}`);
}
