// FSRS through ts-fsrs, loaded only by the commands that grade (its own bundle, dist/vendor/fsrs.cjs):
// the card's state before and the grade give its state after. Scheduling is by days (no short-term
// learning steps of minutes): roadmap is opened once or twice a day, not kept open for a session of
// flashcards. Fuzz is off: the same review always gives the same date, which the learner can predict
// and tests with an injected clock can state.

import type { CardPhase, CardState, Grade } from '../core/cards.ts';

const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];
const RATINGS = { again: 1, hard: 2, good: 3, easy: 4 } as const satisfies Record<Grade, number>;

export type Schedule = (card: CardState, grade: Grade, at: Date) => CardState;

export async function loadScheduler(): Promise<Schedule> {
  const { fsrs } = await import('ts-fsrs');
  const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
  return (card, grade, at) => {
    const next = scheduler.next(
      {
        due: new Date(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days: 0,
        scheduled_days: card.scheduledDays,
        learning_steps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        state: PHASES.indexOf(card.state),
        last_review: card.lastReview === null ? undefined : new Date(card.lastReview),
      },
      at,
      RATINGS[grade],
    ).card;
    return {
      task: card.task,
      due: next.due.toISOString(),
      stability: next.stability,
      difficulty: next.difficulty,
      scheduledDays: next.scheduled_days,
      learningSteps: next.learning_steps,
      reps: next.reps,
      lapses: next.lapses,
      state: PHASES[next.state] ?? 'review',
      lastReview: next.last_review ? next.last_review.toISOString() : at.toISOString(),
    };
  };
}
