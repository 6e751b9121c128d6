// Helpers every command uses: checking ids and dates from the command line, the plan's start.

import { localDate, parseDateAsSaid, type LocalDate } from '../core/dates.ts';
import { allTasks, closest, findTask, type PlacedTask } from '../core/roadmap.ts';
import { planToday } from '../core/schedule.ts';
import { stateAsOf, type CurrentState } from '../core/state.ts';
import { viewOfState, type StateView } from '../store/snapshot.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { safeJson } from '../core/escape.ts';
import type { Deps } from '../deps.ts';
import { pick } from '../i18n/lang.ts';
import type { Lang, Resource, RoadmapOutline } from '../core/types.ts';
import type { ViewContext } from '../ui/common.ts';

/** Shortens what the user typed for an error message (very long or control characters). */
export function quoteInput(text: string): string {
  const clean = [...text].map((ch) => (/[\p{Cc}\p{Cf}]/u.test(ch) ? '?' : ch)).join('');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

/** The tasks `roadmap today` lists now, in its order (its numbered lines). */
export function todayLines(deps: Deps): PlacedTask[] {
  const state = deps.store.snapshot();
  const today = localDate(deps.now());
  return planToday(deps.roadmap, state, state.startDate ?? today, today).lines.map((t) => t.placed);
}

export function requireTask(deps: Deps, id: string): PlacedTask {
  // A number is a line of today's list (as Taskwarrior's short ids), unless a task has that id.
  if (/^[1-9]\d{0,2}$/.test(id) && !findTask(deps.roadmap, id)) {
    const lines = todayLines(deps);
    const line = lines[Number(id) - 1];
    if (line) return line;
    throw new NotFoundError(deps.msg.noSuchLine(Number(id), lines.length));
  }
  // Ids are typed by hand: W1-Python-Basics finds w1-python-basics.
  const found = findTask(deps.roadmap, id) ?? allTasks(deps.roadmap).find((p) => p.task.id.toLowerCase() === id.toLowerCase());
  if (found) return found;
  const suggestions = closest(
    id,
    allTasks(deps.roadmap).map((p) => p.task.id),
  );
  const parts = [deps.msg.unknownTask(quoteInput(id))];
  parts.push(suggestions.length > 0 ? deps.msg.didYouMean(suggestions.join(', ')) : deps.msg.seeList);
  throw new NotFoundError(deps.msg.sentences(parts[0]!, parts[1]!));
}

export function requireTasks(deps: Deps, ids: string[]): PlacedTask[] {
  return ids.map((id) => requireTask(deps, id));
}

/** The --date option as people say it (2026-1-5, yesterday, -2, mon: core/dates.ts), or today's local date. */
export function dateOption(deps: Deps<RoadmapOutline>, text: string | undefined): LocalDate {
  if (text === undefined) return localDate(deps.now());
  const date = parseDateAsSaid(text, localDate(deps.now()));
  if (!date) throw new UsageError(deps.msg.badDate(quoteInput(text)));
  return date;
}

/**
 * The state on a day: the snapshot for today (or a later day), else the day as it was, with the events of
 * later days taken back (which reads the history).
 */
export function stateOn(deps: Deps<RoadmapOutline>, date: LocalDate): StateView {
  if (date >= localDate(deps.now())) return deps.store.snapshot();
  return viewOfState(stateAsOf(deps.store.load(), date));
}

/** A whole number within [min, max] from the command line, else a usage error naming the option. */
export function intOption(deps: Deps<RoadmapOutline>, name: string, text: string, min: number, max: number): number {
  const trimmed = text.trim();
  const value = /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(deps.msg.badNumber(name, quoteInput(text), min, max));
  return value;
}

/** Minutes as people write them: 90, 90m, 90min, 1.5h, 2h, 1h30m (5 to 1440). */
export function minutesOption(deps: Deps<RoadmapOutline>, text: string, name = '--minutes', min = 5): number {
  const said = /^\s*(?:(\d{1,2}(?:\.\d{1,2})?)\s*h(?:ours?)?)?\s*(?:(\d{1,4})\s*(?:m|min|mins|minutes?)?)?\s*$/i.exec(text);
  if (said && (said[1] !== undefined || said[2] !== undefined) && /[hm]/i.test(text)) {
    const minutes = Math.round(Number(said[1] ?? 0) * 60 + Number(said[2] ?? 0));
    return intOption(deps, name, String(minutes), min, 1440);
  }
  return intOption(deps, name, text, min, 1440);
}

/**
 * The day an activity is logged on: today, or an earlier --date (then its timestamps say noon of that day).
 * A future day is refused: the log records what happened.
 */
export function activityDay(deps: Deps<RoadmapOutline>, text: string | undefined): { at: Date; date: LocalDate } {
  const now = deps.now();
  if (text === undefined) return { at: now, date: localDate(now) };
  const date = dateOption(deps, text);
  if (date > localDate(now)) throw new UsageError(deps.msg.futureDate(date));
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { at: new Date(y, m - 1, d, 12), date };
}

/** The plan's first day, recorded on first use (the plan starts on the first day roadmap is used). */
export async function ensureStartDate(deps: Deps<RoadmapOutline>, state: CurrentState): Promise<LocalDate> {
  if (state.startDate) return state.startDate;
  const today = localDate(deps.now());
  return deps.store.update((current) =>
    current.startDate ? { state: current, result: current.startDate } : { state: { ...current, startDate: today }, result: today },
  );
}

export function viewContext(deps: Deps<RoadmapOutline>): ViewContext {
  return { lang: deps.lang, msg: deps.msg, style: deps.style, columns: deps.columns, hyperlinks: deps.hyperlinks };
}

/** A task's resources as the --json outputs give them, numbered as `open <id>:<n>` takes them. */
export function resourcesJson(resources: readonly Resource[], lang: Lang) {
  return resources.map((r, i) => ({
    n: i + 1,
    title: pick(r.title, lang),
    url: r.url ?? null,
    kind: r.kind,
    language: r.language,
    added: r.added ? pick(r.added, lang) : null,
  }));
}

/** JSON on stdout; what JSON.stringify leaves raw that could drive a terminal gets JSON's own escapes. */
export function printJson(deps: Deps<RoadmapOutline>, value: unknown): void {
  deps.stdout.write(`${safeJson(JSON.stringify(value, null, 2))}\n`);
}
