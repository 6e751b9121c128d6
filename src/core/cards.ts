// Review cards: each question of a finished task, scheduled with FSRS. The scheduling itself is done by
// ts-fsrs in the command that grades (src/study/fsrs.ts, loaded only there); here is the pure part: what
// a card holds, which cards a change adds or removes, which are due on a local day, and the review event.

import { localDate, type LocalDate } from './dates.ts';
import { appendEvent, type Diff, type ProgressState } from './state.ts';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof CARD_STATES)[number];

/** A card's FSRS state, as ts-fsrs keeps it, in plain JSON (instants as ISO strings). */
export interface CardState {
  /** The task whose question it is: its cards go when the task is reset or its `done` undone. */
  task: string;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardPhase;
  lastReview: string | null;
}

/** A card added (before null), removed (after null) or reviewed, keyed by its question's id. */
export interface CardChange extends Diff<CardState | null> {
  id: string;
}

/** A card nobody has reviewed yet, due at once: what ts-fsrs's createEmptyCard(at) holds. */
export function newCard(task: string, at: string): CardState {
  return { task, due: at, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 'new', lastReview: null };
}

/** The cards `done` adds for tasks it finishes (questions that have no card yet). */
export function addedCards(cards: Readonly<Record<string, CardState>>, task: string, questions: readonly string[], at: string): CardChange[] {
  return questions.filter((id) => !Object.hasOwn(cards, id)).map((id) => ({ id, before: null, after: newCard(task, at) }));
}

/** The cards that go with tasks that are reset (or whose `done` is undone). */
export function removedCards(cards: Readonly<Record<string, CardState>>, tasks: ReadonlySet<string>): CardChange[] {
  return Object.entries(cards)
    .filter(([, card]) => tasks.has(card.task))
    .map(([id, card]) => ({ id, before: card, after: null }));
}

/** Cards due on or before a local day (an "again" card due in ten minutes is due today), soonest first. */
export function dueCards(cards: Readonly<Record<string, CardState>> | undefined, day: LocalDate): { id: string; card: CardState }[] {
  return Object.entries(cards ?? {})
    .filter(([, card]) => localDate(new Date(card.due)) <= day)
    .sort(([a, x], [b, y]) => (x.due < y.due ? -1 : x.due > y.due ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([id, card]) => ({ id, card }));
}

/** About 75 seconds a card: reading, recalling, revealing, grading. */
export function reviewMinutes(count: number): number {
  return count === 0 ? 0 : Math.max(1, Math.round(count * 1.25));
}

/** Records a grade: one `review` event with the card's state before and after (so `undo` reverts it exactly). */
export function recordReview(state: ProgressState, id: string, grade: Grade, after: CardState, at: Date, date: LocalDate): ProgressState {
  const before = state.cards?.[id] ?? null;
  return appendEvent(state, { at: at.toISOString(), date, type: 'review', changes: [], cards: [{ id, before, after }], grade });
}
