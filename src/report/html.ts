// The progress page (`roadmap report --format html`): one self-contained HTML file built from the same
// data as the Markdown report. Inline CSS and SVG only: no script, no font, nothing loaded from the
// network (a Content-Security-Policy says so to the browser too), so it works offline and from file://.
// Light and dark follow prefers-color-scheme, it reads at phone width, and prints on one or two A4 pages.
// Everything that comes from files or the store (titles, notes, ids) is escaped (svg.ts esc).

import { standingAndFinish, studiedText } from '../ui/stats-view.ts';
import { aggregatesOf, standingEvents, type Aggregates } from '../core/activity.ts';
import { CARD_STATES, dueCards, reviewMinutes, type CardPhase } from '../core/cards.ts';
import { daysBetween, localDate, type LocalDate } from '../core/dates.ts';
import { dateOfStudyDay } from '../core/pace.ts';
import { allTasks, weekLabel } from '../core/roadmap.ts';
import { paceOf, scheduleFor } from '../core/schedule.ts';
import { PAPER_STAGES, statusOf, type CurrentState, type ProgressState, type TaskStatus } from '../core/state.ts';
import { computeStats, type Stats } from '../core/stats.ts';
import type { Added, Lang, Roadmap, Task } from '../core/types.ts';
import type { Messages } from '../i18n/index.ts';
import { pick } from '../i18n/lang.ts';
import { isWebUrl } from '../ui/browser.ts';
import { barSvg, burnUpSvg, esc, heatmapSvg, legendSvg, type BurnUpData, type Day } from './svg.ts';

export interface PageInput {
  roadmap: Roadmap;
  /**
   * The state with the aggregates of its history (the store's snapshot); `minutesOn`, the minutes logged
   * per day (`roadmap spent`), where the store has them.
   */
  state: CurrentState & Aggregates & { minutesOn?: Readonly<Record<LocalDate, number>> };
  /** Reviews graded per local day, from the history; absent when the history was not read. */
  reviewsByDay?: Readonly<Record<LocalDate, number>>;
  /** The tasks that have an exercise (`roadmap exercise` / `roadmap verify`). */
  exerciseTasks?: readonly string[];
  date: LocalDate;
  msg: Messages;
  lang: Lang;
}

/** Reviews graded per local day in a whole history (undone grades left out). */
export function reviewsByDay(state: Pick<ProgressState, 'events'>): Record<LocalDate, number> {
  const days: Record<LocalDate, number> = {};
  for (const e of standingEvents(state)) if (e.type === 'review') days[e.date] = (days[e.date] ?? 0) + 1;
  return days;
}

/** The page's input from a whole state (with its history): what tests and tools have at hand. */
export function pageInputOf(roadmap: Roadmap, state: ProgressState, date: LocalDate, msg: Messages, lang: Lang, exerciseTasks?: readonly string[]): PageInput {
  const { events: _events, ...current } = state;
  return { roadmap, state: { ...current, ...aggregatesOf(state) }, reviewsByDay: reviewsByDay(state), exerciseTasks, date, msg, lang };
}

/** The day a done task was done: the day its `done` was logged for, else the day of its instant. */
const doneDay = (state: PageInput['state'], id: string): LocalDate | undefined => {
  const at = state.progress[id]?.doneAt;
  return state.doneOn[id] ?? (at ? localDate(new Date(at)) : undefined);
};

/** The plan week (1-based) a day falls in, counted from the plan's start; days before it are in week 1. */
const weekOf = (start: LocalDate, day: LocalDate) => Math.max(1, Math.floor(daysBetween(start, day) / 7) + 1);

export interface BurnUp extends BurnUpData {
  /** The current plan week (0 before the plan starts). */
  week: number;
  finish: LocalDate | null;
}

/**
 * Tasks done per plan week, cumulative, against the plan's line: each task planned for the week its
 * last study day falls in at the learner's pace. Skipped tasks are in neither (the plan drops them).
 * The projection goes on from now at the pace of the last four weeks (stats' finish estimate).
 */
export function burnUp(roadmap: Roadmap, state: PageInput['state'], date: LocalDate, stats: Stats): BurnUp {
  const start = state.startDate ?? date;
  const pace = paceOf(state);
  const schedule = scheduleFor(roadmap, state);
  const plannedWeeks: number[] = [];
  for (const slot of schedule.tasks.values()) plannedWeeks.push(weekOf(start, dateOfStudyDay(start, slot.end, pace)));
  const planLength = Math.max(1, ...plannedWeeks);
  const plan = Array.from({ length: planLength + 1 }, (_, w) => plannedWeeks.filter((p) => p <= w).length);
  const week = daysBetween(start, date) < 0 ? 0 : weekOf(start, date);
  const doneWeeks = allTasks(roadmap).flatMap(({ task }) => {
    if (statusOf(state, task.id) !== 'done') return [];
    const day = doneDay(state, task.id);
    return [day && day <= date ? weekOf(start, day) : week];
  });
  const actual = Array.from({ length: week + 1 }, (_, w) => doneWeeks.filter((d) => d <= w).length);
  const finish = stats.finish?.date ?? null;
  // The finish is at the end of its day: a position in weeks from the start.
  const projection = finish ? { week: (daysBetween(start, finish) + 1) / 7 } : undefined;
  return { total: schedule.tasks.size, plan, actual, projection, week, finish };
}

const attr = esc;

/** The added mark after a title, its text in a tooltip; `tagged` learns that one was shown. */
function addedMark(item: { added?: Added }, input: PageInput, tagged: { any: boolean }): string {
  if (!item.added) return '';
  tagged.any = true;
  return ` <span class="added" title="${attr(pick(item.added, input.lang))}">${esc(input.msg.addedTag.trim())}</span>`;
}

const section = (id: string, title: string, body: string) => `<section id="${id}" data-section="${id}"><h2>${esc(title)}</h2>${body}</section>`;

function link(text: string, url: string | undefined): string {
  return url && isWebUrl(url) ? `<a href="${attr(url)}">${esc(text)}</a>` : esc(text);
}

/** The heatmap's days with their tooltips, and the window's totals: study days, reviews, estimated minutes. */
function activityDays(input: PageInput, stats: Stats): { days: Day[]; studyDays: number; reviews: number; minutes: number } {
  const { state, msg } = input;
  const p = msg.reportPage;
  const estimates = new Map(allTasks(input.roadmap).map(({ task }) => [task.id, task.estimateMinutes]));
  const minutesByDay = new Map<LocalDate, number>();
  for (const [id, day] of Object.entries(state.doneOn)) {
    if (statusOf(state, id) === 'done') minutesByDay.set(day, (minutesByDay.get(day) ?? 0) + (estimates.get(id) ?? 0));
  }
  let studyDays = 0;
  let reviews = 0;
  let minutes = 0;
  const days = stats.activity.map(({ date, count }) => {
    const r = input.reviewsByDay?.[date] ?? 0;
    const logged = state.minutesOn?.[date] ?? 0;
    const m = logged > 0 ? logged : (minutesByDay.get(date) ?? 0) + reviewMinutes(r);
    if (count > 0) studyDays++;
    reviews += r;
    minutes += m;
    return { date, count, title: p.dayTitle(date, count, r, m) };
  });
  return { days, studyDays, reviews, minutes };
}

function stageSteps(status: TaskStatus, stage: string, msg: Messages): string {
  const reached = status === 'done' ? PAPER_STAGES.length : status === 'in-progress' ? PAPER_STAGES.indexOf(stage as (typeof PAPER_STAGES)[number]) : -1;
  const steps = PAPER_STAGES.map((s, i) => {
    const cls = status === 'skipped' ? 'step skipped' : i < reached ? 'step passed' : i === reached ? 'step current' : 'step';
    return `<span class="${cls}" title="${attr(msg.papers.stages[s])}"></span>`;
  }).join('');
  return `<span class="steps">${steps}</span>`;
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;--accent:#1f6feb;--done:#1a7f37;--skip:#9a6700;--plan:#8250df;
--l0:#ebeef1;--l1:#9be9a8;--l2:#40c463;--l3:#30a14e;--l4:#216e39}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--card:#151b23;--accent:#4493f8;--done:#3fb950;--skip:#d29922;--plan:#ab7df8;
--l0:#1f242c;--l1:#0e4429;--l2:#006d32;--l3:#26a641;--l4:#39d353}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;font-size:15px}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;overflow-wrap:anywhere}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:0 0 4px}
h2{font-size:1.1rem;margin:0 0 8px}
p{margin:4px 0}
a{color:var(--accent)}
.muted,.about{color:var(--muted);font-size:.85rem}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:12px 0;break-inside:avoid;page-break-inside:avoid}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:0 16px}
.big{font-size:2.2rem;font-weight:700;line-height:1.1}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
ul.rows{list-style:none;margin:0;padding:0}
ul.rows li{display:grid;grid-template-columns:minmax(0,1fr) 5.5em;gap:2px 10px;align-items:center;padding:3px 0}
ul.rows .name{min-width:0}
ul.rows .count{text-align:right;font-variant-numeric:tabular-nums}
ul.rows svg.bar{grid-column:1/-1}
svg{display:block;max-width:100%}
svg.bar .track{fill:var(--l0)}
svg.bar .done{fill:var(--done)}
svg.bar .skipped{fill:var(--skip)}
svg.bar .inprogress{fill:var(--accent);opacity:.5}
svg.chart text{fill:var(--muted);font-size:11px;font-family:inherit}
svg.chart .grid{stroke:var(--line);stroke-width:1}
svg.chart .axis{stroke:var(--muted);stroke-width:1}
svg.burnup .plan{stroke:var(--plan);stroke-width:2;stroke-dasharray:2 3}
svg.burnup .done{stroke:var(--done);stroke-width:2.5}
svg.burnup .projected{stroke:var(--done);stroke-width:2;stroke-dasharray:6 4;opacity:.7}
svg.burnup .now{fill:var(--done)}
svg.heatmap{max-width:640px;height:auto}svg.legend{height:auto}
.l0{fill:var(--l0)}.l1{fill:var(--l1)}.l2{fill:var(--l2)}.l3{fill:var(--l3)}.l4{fill:var(--l4)}
.key{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center;font-size:.85rem;color:var(--muted);margin:6px 0 0}
.key i{display:inline-block;width:18px;height:0;border-top:3px solid;vertical-align:middle;margin-right:4px}
.key .k-plan{border-top:3px dotted var(--plan)}.key .k-done{border-color:var(--done)}.key .k-projected{border-top:3px dashed var(--done);opacity:.7}
.added{font-size:.75rem;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px;white-space:nowrap}
table{width:100%;border-collapse:collapse;font-size:.9rem}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.stage{white-space:nowrap}
.steps{display:inline-flex;gap:3px;vertical-align:middle;margin-right:6px}
.step{width:10px;height:10px;border-radius:50%;border:2px solid var(--line)}
.step.passed{background:var(--done);border-color:var(--done)}
.step.current{border-color:var(--accent)}
.step.skipped{background:var(--line)}
.ok{color:var(--done);font-weight:600}
ul.notes{list-style:none;margin:0;padding:0}
ul.notes>li{margin:0 0 10px}
ul.notes ol{margin:2px 0 0;padding-left:1.2em}
.note{white-space:pre-wrap}
footer{color:var(--muted);font-size:.8rem;margin:12px 0 24px}
@media (max-width:600px){main{padding:10px}.big{font-size:1.8rem}section{padding:10px}th,td{padding:3px 4px}svg.burnup text{font-size:19px}}
@page{size:A4;margin:12mm}
@media print{
:root{color-scheme:light;--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--card:#fff;--l0:#eee;--l1:#c6e48b;--l2:#7bc96f;--l3:#239a3b;--l4:#196127}
html{font-size:8.5pt}
body{line-height:1.3;-webkit-print-color-adjust:exact;print-color-adjust:exact}
th,td{padding:1px 4px}
ul.rows li{padding:1px 0}
main{max-width:none;padding:0}
h1{font-size:14pt}h2{font-size:10.5pt;margin-bottom:4px}
section{border:0;border-top:1px solid var(--line);border-radius:0;padding:6px 0 0;margin:6px 0}
.big{font-size:18pt}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:0 14px}
.columns>section{margin-top:6px}
svg.burnup{max-height:62mm}
svg.heatmap{max-height:36mm}
a{color:inherit;text-decoration:none}
}
@media not print{.columns{display:contents}}
`
  .trim()
  .replace(/\n/g, '');

/** The whole page. Pure: the same input gives the same text. */
export function renderReportPage(input: PageInput): string {
  const { roadmap, state, date, msg, lang } = input;
  const p = msg.reportPage;
  const r = msg.report;
  const s = msg.stats;
  const stats = computeStats(roadmap, state, date);
  const tagged = { any: false };
  const title = r.title(pick(roadmap.title, lang));

  // Overview
  const { standing, finish } = standingAndFinish(stats, msg);
  const progress = stats.progress;
  const overallBar = barSvg(
    [
      { value: progress.done, cls: 'done' },
      { value: progress.skipped, cls: 'skipped' },
      { value: progress.inProgress, cls: 'inprogress' },
    ],
    progress.total,
    p.tasks(progress.done, progress.skipped, progress.total),
  );
  const nothingYet = progress.done + progress.skipped + progress.inProgress === 0 && Object.keys(state.activity).length === 0;
  const overview = section(
    'overview',
    p.overview,
    `<div class="big">${progress.percent}%</div><p>${esc(p.ofRoadmap)} · ${esc(p.tasks(progress.done, progress.skipped, progress.total))}</p>${overallBar}` +
      `<dl class="facts"><dt>${esc(s.studied)}</dt><dd>${esc(studiedText(stats, msg))}</dd>` +
      `<dt>${esc(s.streak)}</dt><dd>${esc(s.streakText(stats.streak.current, stats.streak.longest))}</dd>` +
      `<dt>${esc(s.plan)}</dt><dd>${esc(s.planText(standing, finish))}</dd><dt>${esc(msg.notes.heading)}</dt><dd>${esc(r.notes((state.notes ?? []).length))}</dd></dl>` +
      (nothingYet ? `<p class="about">${esc(p.empty)}</p>` : ''),
  );

  // Weeks
  const weekRows = stats.weeks
    .map(({ week, progress: w }) => {
      const finished = w.done + w.skipped;
      const name = `${msg.weekTitle(weekLabel(week))} · ${pick(week.title, lang)}`;
      const bar = barSvg(
        [
          { value: w.done, cls: 'done' },
          { value: w.skipped, cls: 'skipped' },
          { value: w.inProgress, cls: 'inprogress' },
        ],
        w.total,
        `${name}: ${finished}/${w.total}`,
      );
      return `<li data-week="${attr(week.id)}"><span class="name">${esc(name)}${addedMark(week, input, tagged)}</span><span class="count">${finished}/${w.total}</span>${bar}</li>`;
    })
    .join('');
  const weeks = section('weeks', r.weeks, `<ul class="rows">${weekRows}</ul>`);

  // Burn-up
  const up = burnUp(roadmap, state, date, stats);
  const chart = burnUpSvg(up, { title: p.burnup, weekAxis: p.weekAxis, tasksAxis: p.tasksAxis, plan: p.plan, done: p.done, projected: p.projected });
  const burnup = section(
    'burnup',
    p.burnup,
    `${chart}<div class="key"><span><i class="k-done"></i>${esc(p.done)}</span><span><i class="k-plan"></i>${esc(p.plan)}</span>` +
      (up.projection ? `<span><i class="k-projected"></i>${esc(p.projected)}</span>` : '') +
      `</div>${up.finish ? `<p>${esc(p.projectedFinish(up.finish))}</p>` : ''}<p class="about">${esc(p.burnupAbout)}</p>`,
  );

  // Activity
  const activity = activityDays(input, stats);
  const heat = heatmapSvg(activity.days, { title: s.activity, weekdays: msg.heatmap.weekdays, months: msg.heatmap.months });
  const activitySection = section(
    'activity',
    s.activity,
    `${heat}<div class="key"><span>${esc(msg.heatmap.less)}</span>${legendSvg()}<span>${esc(msg.heatmap.more)}</span></div>` +
      `<p>${esc(p.activityTotals(activity.studyDays, input.reviewsByDay ? activity.reviews : null, Math.round(activity.minutes / 60)))}</p>` +
      `<p>${esc(s.streak)}: ${esc(s.streakText(stats.streak.current, stats.streak.longest))}</p><p class="about">${esc(p.timeAbout)}</p>`,
  );

  // Papers
  const paperTasks = allTasks(roadmap).filter((x) => x.task.paper);
  const paperRows = paperTasks
    .map(({ task }) => {
      const paper = task.paper!;
      const status = statusOf(state, task.id);
      const stage = status === 'in-progress' ? (state.progress[task.id]?.stage ?? 'read') : status;
      return (
        `<tr data-task="${attr(task.id)}"><td>${link(`${paper.title} (${paper.year})`, paper.url)}${addedMark(task, input, tagged)}</td>` +
        `<td class="stage">${stageSteps(status, stage, msg)}${esc(msg.papers.stages[stage as keyof Messages['papers']['stages']])}</td></tr>`
      );
    })
    .join('');
  const papers = section(
    'papers',
    p.papers,
    paperTasks.length === 0
      ? `<p>${esc(msg.papers.none)}</p>`
      : `<table><thead><tr><th>${esc(p.paper)}</th><th>${esc(p.stage)}</th></tr></thead><tbody>${paperRows}</tbody></table><p class="about">${esc(p.papersAbout)}</p>`,
  );

  // Exercises
  const exerciseIds = new Set(input.exerciseTasks ?? []);
  const exerciseTasks = allTasks(roadmap).filter((x) => exerciseIds.has(x.task.id));
  const exerciseRows = exerciseTasks
    .map(({ task }) => {
      const done = statusOf(state, task.id) === 'done';
      const day = done ? doneDay(state, task.id) : undefined;
      return (
        `<tr data-task="${attr(task.id)}"><td>${taskName(task, input, tagged)}</td>` +
        `<td>${done ? `<span class="ok">✔ ${esc(p.exerciseDone)}</span>${day ? ` <span class="muted">${esc(day)}</span>` : ''}` : esc(p.exerciseOpen)}</td></tr>`
      );
    })
    .join('');
  const exercises = section(
    'exercises',
    p.exercises,
    exerciseTasks.length === 0 ? `<p>${esc(p.noExercises)}</p>` : `<table><tbody>${exerciseRows}</tbody></table><p class="about">${esc(p.exercisesAbout)}</p>`,
  );

  // Review cards
  // Cards of tasks the roadmap no longer has are kept in the store and ignored (as `review` does).
  const taskIds = new Set(allTasks(roadmap).map(({ task }) => task.id));
  const cards = Object.entries(state.cards ?? {}).filter(([, card]) => taskIds.has(card.task));
  const phases = new Map<CardPhase, number>(CARD_STATES.map((c) => [c, 0]));
  let reps = 0;
  let lapses = 0;
  for (const [, card] of cards) {
    phases.set(card.state, (phases.get(card.state) ?? 0) + 1);
    reps += card.reps;
    lapses += card.lapses;
  }
  const due = dueCards(Object.fromEntries(cards), date).length;
  const reviews = section(
    'reviews',
    p.reviews,
    cards.length === 0
      ? `<p>${esc(p.noCards)}</p>`
      : `<p>${esc(p.cards(cards.length, due))}</p><table><tbody>${CARD_STATES.map(
          (c) => `<tr><td>${esc(p.phases[c])}</td><td class="num">${phases.get(c)}</td></tr>`,
        ).join('')}</tbody></table><p>${esc(p.graded(reps, lapses))}</p>`,
  );

  // Notes, per task in roadmap order
  const notes = state.notes ?? [];
  const byTask = new Map<string, typeof notes>();
  for (const n of notes) byTask.set(n.taskId, [...(byTask.get(n.taskId) ?? []), n]);
  const noteItems = allTasks(roadmap)
    .filter(({ task }) => byTask.has(task.id))
    .map(({ task }) => {
      const items = byTask
        .get(task.id)!
        .map((n) => `<li><span class="muted">${esc(n.date)}</span> <span class="note">${esc(n.text)}</span></li>`)
        .join('');
      return `<li data-task="${attr(task.id)}">${taskName(task, input, tagged)}<ol>${items}</ol></li>`;
    });
  const notesSection = section(
    'notes',
    msg.notes.heading,
    noteItems.length === 0 ? `<p>${esc(msg.notes.none)}</p>` : `<ul class="notes">${noteItems.join('')}</ul>`,
  );

  const footer = `<footer>${tagged.any ? `<p>${esc(r.addedNote)}</p>` : ''}<p>${esc(p.footer(date))}</p></footer>`;
  const htmlLang = lang === 'zh' ? 'zh-CN' : 'en';
  return (
    `<!DOCTYPE html>\n<html lang="${htmlLang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">` +
    `<title>${esc(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>` +
    `<body><main><header><h1>${esc(title)}</h1><p class="muted">${esc(r.asOf(date, state.startDate ?? date).replace(/\*\*/g, ''))}</p></header>` +
    `${overview}<div class="columns">${weeks}${burnup}</div>${activitySection}<div class="columns">${papers}<div>${exercises}${reviews}</div></div>${notesSection}${footer}` +
    `</main></body></html>\n`
  );
}

function taskName(task: Task, input: PageInput, tagged: { any: boolean }): string {
  return `<span class="task">${esc(pick(task.title, input.lang))}</span> <code class="muted">${esc(task.id)}</code>${addedMark(task, input, tagged)}`;
}
