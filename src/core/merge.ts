// Merging an imported progress document into the current one: nothing either side knows is lost.

import { SCHEMA_VERSION, type Note, type ProgressState, type StoreEvent } from './state.ts';

const isEmpty = (s: ProgressState) => s.events.length === 0 && Object.keys(s.progress).length === 0 && (s.notes ?? []).length === 0;

const eventKey = (e: StoreEvent) =>
  [
    e.at,
    e.type,
    e.date,
    e.changes.map((c) => c.id).join(','),
    e.resource ?? '',
    e.note?.after?.text ?? e.note?.before?.text ?? '',
    (e.cards ?? []).map((c) => c.id).join(','),
    e.grade ?? '',
  ].join('|');
const noteKey = (n: Note) => `${n.at}|${n.taskId}|${n.text}`;

/**
 * Tasks: the newer mark wins. History and notes: the union, in time order, renumbered (undo links follow).
 * Start date: the earlier one. Plan and settings: the current ones, the imported ones where none is set.
 * Into a store that has nothing yet, the import is taken as it is.
 */
export function mergeStates(current: ProgressState, incoming: ProgressState): ProgressState {
  if (isEmpty(current)) return { ...incoming, schemaVersion: SCHEMA_VERSION };

  const progress = { ...current.progress };
  for (const [id, entry] of Object.entries(incoming.progress)) {
    const mine = progress[id];
    if (!mine || entry.updatedAt > mine.updatedAt) progress[id] = entry;
  }

  // Notes: same note = same time, task and text; a clashing id gets a fresh one.
  const notes: Note[] = [...(current.notes ?? [])];
  const known = new Map(notes.map((n) => [noteKey(n), n]));
  let nextId = [...notes, ...(incoming.notes ?? [])].reduce((max, n) => Math.max(max, Number(n.id.slice(1)) || 0), 0) + 1;
  const renamed = new Map<string, string>();
  const usedIds = new Set(notes.map((n) => n.id));
  for (const n of incoming.notes ?? []) {
    if (known.has(noteKey(n))) continue;
    const id = usedIds.has(n.id) ? `n${nextId++}` : n.id;
    usedIds.add(id);
    if (id !== n.id) renamed.set(noteKey(n), id);
    const note = { ...n, id };
    notes.push(note);
    known.set(noteKey(note), note);
  }
  notes.sort((a, b) => a.at.localeCompare(b.at));
  const fixNote = (n: Note | null) => (n ? { ...n, id: renamed.get(noteKey(n)) ?? known.get(noteKey(n))?.id ?? n.id } : null);

  // History: the union by identity, in time order, renumbered; undo links are remapped per source.
  const seen = new Set(current.events.map(eventKey));
  const tagged = [
    ...current.events.map((e) => ({ e, source: 'current' as const })),
    ...incoming.events.filter((e) => !seen.has(eventKey(e))).map((e) => ({ e, source: 'incoming' as const })),
  ].sort((a, b) => a.e.at.localeCompare(b.e.at));
  const seqMap = new Map<string, number>();
  tagged.forEach(({ e, source }, i) => seqMap.set(`${source}:${e.seq}`, i + 1));
  const incomingKeys = new Map(incoming.events.map((e) => [e.seq, eventKey(e)]));
  const currentByKey = new Map(current.events.map((e) => [eventKey(e), e.seq]));
  const events = tagged.map(({ e, source }, i) => {
    const next: StoreEvent = { ...e, seq: i + 1 };
    if (e.undoes !== undefined) {
      // An imported undo may point at an event both sides had: then it is the current one's.
      const dup = source === 'incoming' ? currentByKey.get(incomingKeys.get(e.undoes) ?? '') : undefined;
      next.undoes = dup !== undefined ? seqMap.get(`current:${dup}`) : seqMap.get(`${source}:${e.undoes}`);
    }
    if (e.note) next.note = { before: fixNote(e.note.before), after: fixNote(e.note.after) };
    return next;
  });

  // Review cards: the one reviewed last wins (a card never reviewed loses to one that was).
  const cards = { ...current.cards };
  for (const [id, card] of Object.entries(incoming.cards ?? {})) {
    const mine = cards[id];
    if (!mine || (card.lastReview ?? '') > (mine.lastReview ?? '')) cards[id] = card;
  }

  const starts = [current.startDate, incoming.startDate].filter((d): d is string => Boolean(d)).sort();
  return {
    schemaVersion: SCHEMA_VERSION,
    startDate: starts[0] ?? null,
    settings: { ...incoming.settings, ...current.settings },
    ...((current.plan ?? incoming.plan) ? { plan: current.plan ?? incoming.plan } : {}),
    progress,
    events,
    notes,
    ...(Object.keys(cards).length > 0 ? { cards } : {}),
  };
}

/** An import never changes which roadmap is in use: that is the learner's own choice on this machine. */
function withoutRoadmapChoice(state: ProgressState): ProgressState {
  const { roadmap: _roadmap, ...settings } = state.settings ?? {};
  return { ...state, settings };
}

/** The state an import leads to: merged, or the imported one in place of the current (--replace). */
export function importedState(current: ProgressState, incoming: ProgressState, mode: 'merge' | 'replace'): ProgressState {
  const theirs = withoutRoadmapChoice(incoming);
  const choice = current.settings.roadmap;
  const next = mode === 'replace' ? { ...theirs, schemaVersion: SCHEMA_VERSION } : mergeStates(current, theirs);
  return choice ? { ...next, settings: { ...next.settings, roadmap: choice } } : next;
}

/** JSON with keys in order, for comparing states built in different orders (the data is shallow). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Whether a merge brought nothing new: the same marks, plan, history and notes. */
export function sameContent(a: ProgressState, b: ProgressState): boolean {
  return (
    a.events.length === b.events.length &&
    (a.notes ?? []).length === (b.notes ?? []).length &&
    a.startDate === b.startDate &&
    canonical(a.progress) === canonical(b.progress) &&
    canonical(a.cards ?? {}) === canonical(b.cards ?? {}) &&
    canonical(a.plan) === canonical(b.plan) &&
    canonical(a.settings) === canonical(b.settings)
  );
}
