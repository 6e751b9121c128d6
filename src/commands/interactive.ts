// The prompting side of the CLI: `roadmap done` / `roadmap open` without an argument, and the menu that
// bare `roadmap` shows in a terminal. Without a terminal each says what is missing instead of waiting.

import { dueCards } from '../core/cards.ts';
import { localDate } from '../core/dates.ts';
import { reviewCommand } from './review.ts';
import { allTasks } from '../core/roadmap.ts';
import { wholeWeeks, type Choice, type Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';
import { pick } from '../i18n/lang.ts';
import { listCommand } from './list.ts';
import { markCommand, type DoneOptions, type MarkOptions, type MarkResult } from './mark.ts';
import { openCommand, type OpenOptions, type OpenResult } from './open.ts';
import { planCommand } from './plan.ts';
import { currentPlan, todayCommand, type TodayOptions } from './today.ts';
import { defineCommand, json } from './spec.ts';

function requireTerminal(deps: Deps, argument: string): void {
  if (!deps.stdinIsTTY) throw new UsageError(deps.msg.sentences(deps.msg.missingArgument(argument), deps.msg.seeHelp));
}

/** A checkbox of the day's tasks (today's, or an earlier day's with --date); the ticked ones are marked done in one change. */
export async function pickDone(deps: Deps, options: MarkOptions = {}): Promise<MarkResult | null> {
  requireTerminal(deps, 'id');
  const plan = await currentPlan(deps, { date: options.date });
  // The day's lines, today's portion first: what was done may be more than the portion.
  const open = plan.lines.filter((t) => !t.doneToday);
  const state = deps.store.snapshot();
  if (open.length === 0) {
    deps.stdout.write(`${deps.msg.nothingToday}\n`);
    return null;
  }
  const ids = await deps.prompts.checkbox(
    deps.msg.menu.pickDone,
    open.map((t) => {
      const name = `${t.placed.task.id}  ${pick(t.placed.task.title, deps.lang)}`;
      // A paper's tick finishes the stage it is at (reading, when it was not started): the label says so.
      const progress = state.progress[t.placed.task.id];
      const stage = t.placed.task.paper ? (progress?.status === 'in-progress' ? (progress.stage ?? 'read') : 'read') : undefined;
      return { name: stage ? deps.msg.menu.stageChoice(name, deps.msg.papers.stages[stage]) : name, value: t.placed.task.id };
    }),
  );
  if (ids.length === 0) {
    deps.stdout.write(`${deps.msg.menu.nothingMarked}\n`);
    return null;
  }
  return markCommand('done', ids, { date: options.date }, deps);
}

/** A searchable list of resources, today's first, then the rest of the roadmap's. */
export async function pickOpen(deps: Deps, options: { print?: boolean } = {}): Promise<OpenResult | null> {
  requireTerminal(deps, 'target');
  const plan = await currentPlan(deps);
  const todayIds = new Set(plan.tasks.map((t) => t.placed.task.id));
  const ordered = [
    ...plan.tasks.map((t) => t.placed.task),
    ...allTasks(deps.roadmap)
      .map((p) => p.task)
      .filter((t) => !todayIds.has(t.id)),
  ];
  const choices: Choice<string>[] = ordered.flatMap((task) =>
    task.resources.flatMap((r, i) =>
      r.url
        ? [
            {
              name: deps.msg.menu.resourceChoice(pick(r.title, deps.lang), `${task.id}:${i + 1}`),
              value: `${task.id}:${i + 1}`,
              description: r.url,
              // Found by its title or its task's in either language, and by the task's id, whatever the interface speaks.
              keywords: [r.title.zh, r.title.en, task.title.zh, task.title.en, task.id].join(' '),
            },
          ]
        : [],
    ),
  );
  const target = await deps.prompts.search(deps.msg.menu.pickOpen, choices);
  return openCommand(target, options, deps);
}

type MenuAction = 'done' | 'open' | 'review' | 'list' | 'plan' | 'quit';

/** Bare `roadmap`: today's view; in a terminal, then a menu until the learner quits. */
export async function menuCommand(options: TodayOptions, deps: Deps): Promise<void> {
  await todayCommand(options, wholeWeeks(deps));
  if (!deps.stdinIsTTY || options.json) return;
  const m = deps.msg.menu;
  for (;;) {
    // The reviews due, when there are any (the snapshot holds the cards: no history is read).
    const due = dueCards(deps.store.snapshot().cards, localDate(deps.now())).length;
    const action = await deps.prompts.select<MenuAction>(m.title, [
      { name: m.done, value: 'done' },
      { name: m.open, value: 'open' },
      ...(due > 0 ? [{ name: m.review(due), value: 'review' as const }] : []),
      { name: m.list, value: 'list' },
      { name: m.plan, value: 'plan' },
      { name: m.quit, value: 'quit' },
    ]);
    if (action === 'quit') return;
    if (action === 'done') await pickDone(deps);
    else if (action === 'open') await pickOpen(deps);
    else if (action === 'review') await reviewCommand(undefined, {}, deps);
    else if (action === 'list') listCommand({}, deps);
    else await planCommand({}, deps);
    deps.stdout.write('\n');
  }
}

export const menuSpec = defineCommand({
  name: 'menu',
  help: 'menu',
  isDefault: true,
  options: [{ flags: '--date <date>', help: 'date' }, { flags: '--minutes <n>', help: 'minutes' }, { flags: '--all', help: 'all' }, json],
  run: (_args, options: TodayOptions, deps) => menuCommand(options, deps),
});

export const doneSpec = defineCommand({
  name: 'done',
  help: 'done',
  args: [{ name: '[id...]', help: 'ids' }],
  options: [{ flags: '--date <date>', help: 'logDate' }, { flags: '--all-stages', help: 'allStages' }, json],
  // No id: the checkbox asks which (of that day's tasks, with --date).
  run: ([ids], options: DoneOptions, deps) => (ids.length === 0 ? pickDone(deps, options) : markCommand('done', ids, options, deps)),
});

export const openSpec = defineCommand({
  name: 'open',
  help: 'open',
  args: [{ name: '[target]', help: (m: Messages) => `${m.help.id}[:n]` }],
  options: [{ flags: '--print', help: 'print' }, json],
  run: ([target], options: OpenOptions, deps) => (target === undefined ? pickOpen(deps, options) : openCommand(target, options, deps)),
});
