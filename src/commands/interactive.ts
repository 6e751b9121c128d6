// The prompting side of the CLI: `roadmap done` / `roadmap open` without an argument, and the menu that
// bare `roadmap` shows in a terminal. Without a terminal each says what is missing instead of waiting.

import { allTasks } from '../core/roadmap.ts';
import type { Choice, Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { listCommand } from './list.ts';
import { markCommand, type MarkResult } from './mark.ts';
import { openCommand, type OpenResult } from './open.ts';
import { planCommand } from './plan.ts';
import { currentPlan, todayCommand, type TodayOptions } from './today.ts';

function requireTerminal(deps: Deps, argument: string): void {
  if (!deps.stdinIsTTY) throw new UsageError(`${deps.msg.missingArgument(argument)} ${deps.msg.seeHelp}`);
}

/** A checkbox of today's tasks; the ticked ones are marked done in one change. */
export async function pickDone(deps: Deps): Promise<MarkResult | null> {
  requireTerminal(deps, 'id');
  const plan = await currentPlan(deps);
  if (plan.tasks.length === 0) {
    deps.stdout.write(`${deps.msg.nothingToday}\n`);
    return null;
  }
  const ids = await deps.prompts.checkbox(
    deps.msg.menu.pickDone,
    plan.tasks.map((t) => ({ name: `${t.placed.task.id}  ${pick(t.placed.task.title, deps.lang)}`, value: t.placed.task.id })),
  );
  if (ids.length === 0) {
    deps.stdout.write(`${deps.msg.menu.nothingMarked}\n`);
    return null;
  }
  return markCommand('done', ids, {}, deps);
}

/** A searchable list of resources, today's first, then the rest of the roadmap's. */
export async function pickOpen(deps: Deps, options: { print?: boolean } = {}): Promise<OpenResult | null> {
  requireTerminal(deps, 'target');
  const plan = await currentPlan(deps);
  const todayIds = new Set(plan.tasks.map((t) => t.placed.task.id));
  const ordered = [...plan.tasks.map((t) => t.placed.task), ...allTasks(deps.roadmap).map((p) => p.task).filter((t) => !todayIds.has(t.id))];
  const choices: Choice<string>[] = ordered.flatMap((task) =>
    task.resources.flatMap((r, i) =>
      r.url ? [{ name: `${pick(r.title, deps.lang)}  (${task.id}:${i + 1})`, value: `${task.id}:${i + 1}`, description: r.url }] : [],
    ),
  );
  const target = await deps.prompts.search(deps.msg.menu.pickOpen, choices);
  return openCommand(target, options, deps);
}

type MenuAction = 'done' | 'open' | 'list' | 'plan' | 'quit';

/** Bare `roadmap`: today's view; in a terminal, then a menu until the learner quits. */
export async function menuCommand(options: TodayOptions, deps: Deps): Promise<void> {
  await todayCommand(options, deps);
  if (!deps.stdinIsTTY || options.json) return;
  const m = deps.msg.menu;
  for (;;) {
    const action = await deps.prompts.select<MenuAction>(m.title, [
      { name: m.done, value: 'done' },
      { name: m.open, value: 'open' },
      { name: m.list, value: 'list' },
      { name: m.plan, value: 'plan' },
      { name: m.quit, value: 'quit' },
    ]);
    if (action === 'quit') return;
    if (action === 'done') await pickDone(deps);
    else if (action === 'open') await pickOpen(deps);
    else if (action === 'list') listCommand({}, deps);
    else await planCommand({}, deps);
    deps.stdout.write('\n');
  }
}
