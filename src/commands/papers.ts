// roadmap papers [id] [--bibtex] [--json]: the paper-reading track, "papers and source code":
// each paper with its code and video, and the stage it is at (read -> notes -> reproduce).

import { displayText } from '../core/escape.ts';
import { allTasks, weekLabel } from '../core/roadmap.ts';
import { statusOf, type PaperStage, type TaskStatus, type CurrentState } from '../core/state.ts';
import type { Paper, Task } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { pick } from '../i18n/lang.ts';
import { padEnd, maxOf, maxWidth, truncate } from '../ui/width.ts';
import { addedTag, noteText, statusMark } from '../ui/common.ts';
import { UsageError } from '../errors.ts';
import { printJson, requireTask } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface PapersOptions {
  bibtex?: boolean;
  json?: boolean;
}

/** Where a paper task is on the track: not started, one of the stages, or finished. */
export type PaperTrackStage = PaperStage | Exclude<TaskStatus, 'in-progress'>;

/** A stage name for a paper task: todo, read, notes, reproduce, done or skipped. */
export function paperStage(state: CurrentState, id: string): PaperTrackStage {
  const status = statusOf(state, id);
  if (status === 'in-progress') return state.progress[id]?.stage ?? 'read';
  return status;
}

const CONFERENCE = /\b(CVPR|ICCV|ECCV|NeurIPS|NIPS|ICLR|ICML|AAAI|IJCAI|BMVC|Conference|Symposium|Workshop)\b/i;

const escapeBib = (text: string) => text.replace(/[{}\\]/g, (c) => `\\${c}`);

export function bibtex(paper: Paper): string {
  const authors = paper.authors
    .replace(/,?\s*et al\.?$/, ', others')
    .split(/\s*,\s*|\s+and\s+/)
    .filter(Boolean)
    .join(' and ');
  const arxiv = /arxiv\.org\/abs\/([\d.]+)/.exec(paper.url)?.[1];
  const fields: [string, string][] = [
    ['title', `{${escapeBib(paper.title)}}`],
    ['author', escapeBib(authors)],
    ['year', String(paper.year)],
  ];
  // Conference papers go in proceedings; journals (and arXiv preprints) are articles.
  const conference = paper.venue !== undefined && CONFERENCE.test(paper.venue);
  if (paper.venue) fields.push([conference ? 'booktitle' : 'journal', escapeBib(paper.venue)]);
  if (arxiv) fields.push(['eprint', arxiv], ['archivePrefix', 'arXiv']);
  fields.push(['url', paper.url]);
  const type = conference ? 'inproceedings' : 'article';
  return `@${type}{${paper.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** `id`: one paper task only (its id, or a line of today's list). */
export function papersCommand(options: PapersOptions, deps: Deps, id?: string): { task: Task; paper: Paper; stage: string }[] {
  const state = deps.store.snapshot();
  let papers = allTasks(deps.roadmap).flatMap(({ task, week }) => (task.paper ? [{ task, week, paper: task.paper, stage: paperStage(state, task.id) }] : []));
  if (id !== undefined) {
    const wanted = requireTask(deps, id).task;
    if (!wanted.paper) throw new UsageError(deps.msg.papers.notAPaper(wanted.id));
    papers = papers.filter((p) => p.task.id === wanted.id);
  }
  if (options.bibtex) {
    deps.stdout.write(papers.map((p) => bibtex(p.paper)).join('\n'));
    return papers;
  }
  if (options.json) {
    printJson(deps, {
      papers: papers.map(({ task, week, paper, stage }) => ({
        id: task.id,
        stage,
        added: task.added ? pick(task.added, deps.lang) : null,
        filledIn: week.filledIn ? pick(week.filledIn, deps.lang) : null,
        paper: { title: paper.title, authors: paper.authors, year: paper.year, venue: paper.venue ?? null, url: paper.url, key: paper.key },
        code: paper.code?.url ?? null,
        codeAdded: paper.code?.added ? pick(paper.code.added, deps.lang) : null,
        video: paper.video?.url ?? null,
        videoAdded: paper.video?.added ? pick(paper.video.added, deps.lang) : null,
      })),
    });
    return papers;
  }
  const { msg, style, lang } = deps;
  const p = msg.papers;
  if (papers.length === 0) {
    deps.stdout.write(`${p.none}\n`);
    return papers;
  }
  const idWidth = maxOf(papers, (x) => x.task.id.length);
  const titles = papers.map((x) => displayText(x.paper.title));
  const years = papers.map((x) => ` (${x.paper.year})`);
  const ctx = { lang, msg, style };
  const tags = papers.map((x) => addedTag(x.task, ctx));
  const tagWidth = maxWidth(tags);
  const stageWidth = maxWidth(Object.values(p.stages));
  // The titles take the width there is (all of it when stdout is not a terminal); a cut title keeps its year.
  const room = Math.max(20, deps.columns - (2 + idWidth + 2) - tagWidth - 2 - stageWidth);
  const titleWidth = Math.min(maxWidth(titles.map((t, i) => `${t}${years[i]}`)), room);
  const anyAdded = papers.some((x) => x.task.added || x.paper.code?.added || x.paper.video?.added);
  const out: string[] = [];
  papers.forEach(({ task, week, paper, stage }, i) => {
    // A filled-in week says so once, before its first paper.
    if (week.filledIn && week !== papers[i - 1]?.week) out.push(style.gray(msg.field(msg.weekTitle(weekLabel(week)), noteText(week.filledIn, lang))));
    const status = statusOf(state, task.id);
    const title = `${truncate(titles[i]!, titleWidth - years[i]!.length)}${years[i]}`;
    out.push(`${statusMark(status, style)} ${task.id.padEnd(idWidth)}  ${padEnd(`${title}${tags[i]}`, titleWidth + tagWidth)}  ${style.bold(p.stages[stage])}`);
    out.push(style.gray(`    ${msg.field(p.paper, paper.url)}`));
    if (paper.code?.url) out.push(style.gray(`    ${msg.field(p.code, paper.code.url)}${addedTag(paper.code, ctx)}`));
    if (paper.video?.url)
      out.push(style.gray(`    ${msg.field(p.video, `${paper.video.url}${msg.aside(pick(paper.video.title, lang))}`)}${addedTag(paper.video, ctx)}`));
  });
  out.push('');
  if (anyAdded) out.push(style.gray(p.addedLegend));
  out.push(style.gray(p.footer));
  deps.stdout.write(`${out.join('\n')}\n`);
  return papers;
}

export const papersSpec = defineCommand({
  name: 'papers',
  help: 'papers',
  args: [{ name: '[id]', help: 'id' }],
  options: [{ flags: '--bibtex', help: 'bibtex' }, json],
  run: ([id], options: PapersOptions, deps) => papersCommand(options, deps, id),
});
