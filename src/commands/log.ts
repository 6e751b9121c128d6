// roadmap log [--since D] [--json]: the history of changes, newest first.

import { visible } from '../core/escape.ts';
import type { StoreEvent } from '../core/state.ts';
import type { Deps } from '../deps.ts';
import { padEnd, maxWidth } from '../ui/width.ts';
import { dateOption, printJson } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface LogOptions {
  since?: string;
  json?: boolean;
}

function subject(e: StoreEvent, deps: Deps): string {
  const l = deps.msg.log;
  if (e.type === 'undo') return e.import ? l.undoImportOf(visible(e.import.file)) : l.undoOf(e.undoes ?? 0);
  if (e.type === 'import') return e.import ? l.importOf(visible(e.import.file)) : '';
  if (e.type === 'note') return e.note?.after ? deps.msg.field(e.note.after.taskId, visible(e.note.after.text.split('\n')[0]!, 60)) : '';
  if (e.type === 'open') return e.resource ?? '';
  if (e.type === 'review') return deps.msg.study.review.logged(e.cards?.[0]?.id ?? '', e.grade ?? '');
  if (e.type === 'plan') {
    const parts = [
      e.startDate && l.startDate(e.startDate.after ?? '-'),
      e.plan && l.pace,
      e.settings && l.settings,
      e.changes.length > 0 && l.skipped(e.changes.length),
    ];
    return parts.filter(Boolean).join(deps.msg.listSeparator);
  }
  if (e.type === 'reset' && e.startDate) return l.resetAll;
  if (e.type === 'spent') return `${e.changes.map((c) => c.id).join(', ')} · ${deps.msg.day.duration(e.minutes ?? 0)}`;
  return e.changes.map((c) => c.id).join(', ');
}

export function logCommand(options: LogOptions, deps: Deps): StoreEvent[] {
  const since = options.since === undefined ? undefined : dateOption(deps, options.since);
  const state = deps.store.load();
  const undone = new Set(state.events.filter((e) => e.type === 'undo').map((e) => e.undoes));
  const events = state.events.filter((e) => since === undefined || e.date >= since).reverse();
  if (options.json) {
    printJson(deps, { events: events.map((e) => ({ ...e, undone: undone.has(e.seq) })) });
    return events;
  }
  if (events.length === 0) {
    deps.stdout.write(`${deps.msg.log.none}\n`);
    return events;
  }
  const names = events.map((e) => deps.msg.log.types[e.type] ?? e.type);
  const width = maxWidth(names);
  const seqWidth = String(events[0]!.seq).length + 1;
  for (const [i, e] of events.entries()) {
    const line = `${deps.style.gray(`#${e.seq}`.padStart(seqWidth))}  ${e.date}  ${padEnd(names[i]!, width)}  ${subject(e, deps)}`;
    deps.stdout.write(`${undone.has(e.seq) ? `${deps.style.strikethrough(line)} ${deps.style.gray(deps.msg.log.undone)}` : line}\n`);
  }
  return events;
}

export const logSpec = defineCommand({
  name: 'log',
  help: 'log',
  options: [{ flags: '--since <date>', help: 'since' }, json],
  run: (_args, options: LogOptions, deps) => logCommand(options, deps),
});
