// roadmap review [<card>] [--grade again|hard|good|easy] [--date D] [--json]: spaced review of the questions
// of finished tasks, scheduled with FSRS (ts-fsrs, loaded only here). In a terminal the due cards are
// asked one by one; without one, --json lists them and --grade grades one. Each grade is one `review`
// event: `undo` reverts it.

import { dueCards, GRADES, recordReview, reviewMinutes, type CardState, type Grade } from '../core/cards.ts';
import { localDate } from '../core/dates.ts';
import { allTasks } from '../core/roadmap.ts';
import type { Question, Task } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { questionsOf } from '../study/content.ts';
import { loadScheduler, type Schedule } from '../study/fsrs.ts';
import { shownText as shown } from '../ui/study-view.ts';
import { activityDay, printJson, quoteInput } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface ReviewOptions {
  grade?: Grade;
  date?: string;
  json?: boolean;
}

interface Asked {
  id: string;
  card: CardState;
  task: Task;
  question: Question;
}

/** Every question of the roadmap in use, by id. */
function questionIndex(deps: Deps): Map<string, { task: Task; question: Question }> {
  const index = new Map<string, { task: Task; question: Question }>();
  for (const { task } of allTasks(deps.roadmap)) for (const question of questionsOf(deps, task)) index.set(question.id, { task, question });
  return index;
}

/** The due cards whose questions the roadmap in use still has (others are kept and ignored). */
function dueNow(deps: Deps, date: string): Asked[] {
  const index = questionIndex(deps);
  return dueCards(deps.store.snapshot().cards, date).flatMap(({ id, card }) => {
    const found = index.get(id);
    return found ? [{ id, card, ...found }] : [];
  });
}

/** Grades one card as the store has it now (under the lock) and returns its state after. */
async function grade(deps: Deps, schedule: Schedule, id: string, value: Grade, when: { at: Date; date: string }): Promise<CardState> {
  return deps.store.update((state) => {
    const card = state.cards?.[id];
    if (!card) throw new NotFoundError(deps.msg.study.review.unknownCard(quoteInput(id)));
    const after = schedule(card, value, when.at);
    return { state: recordReview(state, id, value, after, when.at, when.date), result: after };
  });
}

const dayOf = (iso: string) => localDate(new Date(iso));

export async function reviewCommand(card: string | undefined, options: ReviewOptions, deps: Deps): Promise<{ reviewed: number }> {
  const r = deps.msg.study.review;
  const when = activityDay(deps, options.date);
  if (card !== undefined && options.grade !== undefined) {
    const after = await grade(deps, await loadScheduler(), card, options.grade, when);
    if (options.json) printJson(deps, { id: card, grade: options.grade, card: after });
    else deps.stdout.write(`${r.graded(card, options.grade, dayOf(after.due))}\n`);
    return { reviewed: 1 };
  }
  const lang = deps.lang;
  let due = dueNow(deps, when.date);
  if (card !== undefined) {
    const one = due.find((d) => d.id === card);
    if (!one) throw new NotFoundError(r.unknownCard(quoteInput(card)));
    due = [one];
  }
  if (options.json) {
    printJson(deps, {
      date: when.date,
      due: due.map((d) => ({
        id: d.id,
        task: d.task.id,
        question: pick(d.question.question, lang),
        answer: pick(d.question.answer, lang),
        explain: pick(d.question.explain, lang),
        dueAt: d.card.due,
        state: d.card.state,
        reps: d.card.reps,
        lapses: d.card.lapses,
      })),
      minutes: reviewMinutes(due.length),
    });
    return { reviewed: 0 };
  }
  const cards = deps.store.snapshot().cards ?? {};
  if (due.length === 0) {
    const next = Object.values(cards)
      .map((c) => c.due)
      .sort()[0];
    deps.stdout.write(`${Object.keys(cards).length === 0 ? r.noCards : next ? deps.msg.sentences(r.none, r.nextDue(dayOf(next))) : r.none}\n`);
    return { reviewed: 0 };
  }
  if (!deps.stdinIsTTY) throw new UsageError(r.noTerminal);
  const { msg, style } = deps;
  const schedule = await loadScheduler();
  const choices = GRADES.map((g) => ({ name: r.grades[g], value: g }));
  let reviewed = 0;
  for (const [i, item] of due.entries()) {
    deps.stdout.write(
      `\n${style.gray(`${r.number(i + 1, due.length)}  ${item.id} · ${shown(pick(item.task.title, lang))}`)}\n${style.bold(shown(pick(item.question.question, lang)))}\n`,
    );
    await deps.prompts.input(msg.study.quiz.reveal);
    deps.stdout.write(
      `${msg.field(style.green(msg.study.quiz.answer), shown(pick(item.question.answer, lang)))}\n${msg.field(style.gray(msg.study.quiz.why), shown(pick(item.question.explain, lang)))}\n`,
    );
    const value = await deps.prompts.select<Grade>(r.grade, choices, 'good');
    // The instant of each grade, so that a card graded "again" twice in a session is scheduled from the second.
    const after = await grade(deps, schedule, item.id, value, options.date === undefined ? activityDay(deps, undefined) : when);
    reviewed++;
    deps.stdout.write(`${style.gray(r.graded(item.id, value, dayOf(after.due)))}\n`);
  }
  deps.stdout.write(`\n${style.bold(r.finished(reviewed))}\n`);
  return { reviewed };
}

export const reviewSpec = defineCommand({
  name: 'review',
  help: 'review',
  args: [{ name: '[card]', help: 'card' }],
  options: [{ flags: '--grade <grade>', help: 'grade', choices: GRADES }, { flags: '--date <date>', help: 'reviewDate' }, json],
  run: ([card], options: ReviewOptions, deps) => reviewCommand(card, options, deps),
  validate: ([card], options) => {
    if (options.grade !== undefined && card === undefined) throw new UsageError((m) => m.sentences(m.missingArgument('card'), m.seeCommandHelp('review')));
  },
});
