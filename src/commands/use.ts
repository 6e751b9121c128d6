// roadmap template / roadmap use <file> | --bundled: a roadmap of one's own (a mentor's plan for a lab),
// validated against the shipped JSON Schema; progress is kept per roadmap.

import path from 'node:path';
import { visible } from '../core/escape.ts';
import { readProblem } from '../store/problems.ts';
import { localDate } from '../core/dates.ts';
import { applyPlanChange } from '../core/state.ts';
import { allTasks } from '../core/roadmap.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { compileInto, MAX_ROADMAP_BYTES, statChoice } from '../roadmaps/active.ts';
import { readSource, sourceStat } from '../roadmaps/compiled.ts';
import { doneWhenOf, questionsOf } from '../study/content.ts';
import { printJson, quoteInput } from './shared.ts';
import { defineCommand, json } from './spec.ts';

/** The bundled roadmap in the roadmap format, pointing at the schema for editor completion. */
export function templateCommand(deps: Deps, schemaUrl: string): void {
  const { $schema: _ignored, ...rest } = deps.roadmap;
  // Each task with its doneWhen and questions (the bundled roadmap keeps them in data/study.json), so a
  // roadmap made from the template carries them on.
  const weeks = rest.weeks.map((week) => ({
    ...week,
    tasks: week.tasks.map((task) => {
      const doneWhen = doneWhenOf(deps, task);
      const questions = questionsOf(deps, task);
      return { ...task, ...(doneWhen ? { doneWhen } : {}), ...(questions.length > 0 ? { questions } : {}) };
    }),
  }));
  deps.stdout.write(`${JSON.stringify({ $schema: schemaUrl, ...rest, weeks }, null, 2)}\n`);
}

export interface UseOptions {
  bundled?: boolean;
  json?: boolean;
}

export async function useCommand(file: string | undefined, options: UseOptions, deps: Deps): Promise<void> {
  const u = deps.msg.use;
  const state = deps.store.snapshot();
  if (file !== undefined && options.bundled) throw new UsageError(u.fileOrBundled);
  if (file === undefined && !options.bundled) {
    const choice = state.settings.roadmap;
    if (options.json) printJson(deps, { roadmap: choice ?? 'bundled' });
    else deps.stdout.write(`${choice ? u.inUse(visible(choice.file, 300)) : u.bundledInUse}\n`);
    return;
  }
  const now = deps.now();
  if (options.bundled) {
    const { roadmap: _dropped, ...settings } = state.settings;
    await deps.store.update((s) => ({
      state: applyPlanChange(s, { settings: { ...s.settings, ...settings, roadmap: undefined } }, now, localDate(now)),
      result: undefined,
    }));
    deps.stdout.write(`${u.switchedBundled}\n`);
    return;
  }
  const target = path.resolve(file!);
  let source: ReturnType<typeof readSource>;
  let stat: string;
  try {
    // A FIFO or a device is refused at once, not waited on. The status first: a change after it is seen next time.
    stat = sourceStat(target);
    source = readSource(target, MAX_ROADMAP_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(u.cannotRead(quoteInput(file!), 'ENOENT'));
    throw new UsageError(readProblem(quoteInput(file!), error).text(deps.msg));
  }
  if (source === null) throw new UsageError(u.cannotRead(quoteInput(file!), 'ENOENT'));
  const text = source.bytes.toString('utf8');
  const { parseRoadmapText } = await import('../roadmaps/validate.ts');
  const { roadmap, problems } = parseRoadmapText(text, file!);
  if (!roadmap || problems.length > 0) {
    // Every problem, each with its place: the one case where a usage error takes several lines.
    throw new UsageError([u.invalid(quoteInput(file!), problems.length), ...problems.map((p) => `  ${p}`)].join('\n'));
  }
  // Validated once, here: compiled into plain data in the store folder, which later runs load.
  compileInto(deps.home, roadmap, { file: target, sha256: source.sha256, stat });
  const choice = statChoice(target, roadmap.id);
  await deps.store.update((s) => ({ state: applyPlanChange(s, { settings: { ...s.settings, roadmap: choice } }, now, localDate(now)), result: undefined }));
  // A file's checks are commands it names: said at once, and run only with consent (commands/check.ts).
  const withChecks = allTasks(roadmap).filter((p) => (p.task.checks ?? []).length > 0);
  const checks = withChecks.reduce((n, p) => n + p.task.checks!.length, 0);
  if (options.json) printJson(deps, { roadmap: choice, tasks: allTasks(roadmap).length, checks });
  else {
    deps.stdout.write(`${u.switched(pick(roadmap.title, deps.lang), allTasks(roadmap).length, visible(target, 300))}\n`);
    if (checks > 0) {
      const ids = withChecks.map((p) => p.task.id);
      deps.stdout.write(`${u.carriesChecks(checks, ids.length > 6 ? `${ids.slice(0, 5).join(', ')}, …` : ids.join(', '))}\n`);
    }
  }
}

export const templateSpec = defineCommand({
  name: 'template',
  help: 'template',
  roadmap: 'bundled',
  run: (_args, _options, deps, { schemaUrl }) => templateCommand(deps, schemaUrl()),
});

export const useSpec = defineCommand({
  name: 'use',
  help: 'use',
  roadmap: 'bundled',
  args: [{ name: '[file]', help: () => 'file' }],
  options: [{ flags: '--bundled', help: 'bundled' }, json],
  run: ([file], options: UseOptions, deps) => useCommand(file, options, deps),
});
