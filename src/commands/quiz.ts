// roadmap quiz <id> [--json]: a task's understanding checks. In a terminal each question is asked, the
// answer revealed on Enter, and the learner grades themselves; --json lists them (no terminal needed).

import type { Question } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { pick } from '../i18n/lang.ts';
import { bundled, questionsOf } from '../study/content.ts';
import { shownText as shown } from '../ui/study-view.ts';
import { printJson, requireTask } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface QuizOptions {
  json?: boolean;
}

export interface QuizResult {
  id: string;
  questions: Question[];
  /** How many the learner knew (a terminal run only). */
  right?: number;
}

export async function quizCommand(id: string, options: QuizOptions, deps: Deps): Promise<QuizResult> {
  const { task } = requireTask(deps, id);
  const questions = questionsOf(deps, task);
  const { msg, style, lang } = deps;
  if (options.json) {
    printJson(deps, {
      id: task.id,
      title: pick(task.title, lang),
      questions: questions.map((q) => ({ id: q.id, question: pick(q.question, lang), answer: pick(q.answer, lang), explain: pick(q.explain, lang) })),
    });
    return { id: task.id, questions };
  }
  if (questions.length === 0) {
    deps.stdout.write(`${msg.study.quiz.none(task.id)}\n`);
    return { id: task.id, questions };
  }
  if (!deps.stdinIsTTY) throw new UsageError(msg.study.quiz.noTerminal(task.id));
  const q = msg.study.quiz;
  deps.stdout.write(`${style.bold(q.heading(shown(pick(task.title, lang)), questions.length))}${bundled(deps) ? style.gray(msg.aside(msg.study.ours)) : ''}\n`);
  let right = 0;
  for (const [i, question] of questions.entries()) {
    deps.stdout.write(`\n${style.gray(`${q.number(i + 1, questions.length)}  ${question.id}`)}\n${style.bold(shown(pick(question.question, lang)))}\n`);
    await deps.prompts.input(q.reveal);
    deps.stdout.write(
      `${msg.field(style.green(q.answer), shown(pick(question.answer, lang)))}\n${msg.field(style.gray(q.why), shown(pick(question.explain, lang)))}\n`,
    );
    const knew = await deps.prompts.select(q.grade, [
      { name: q.knew, value: true },
      { name: q.missed, value: false },
    ]);
    if (knew) right++;
  }
  deps.stdout.write(`\n${deps.msg.sentences(style.bold(q.summary(right, questions.length)), q.later)}\n`);
  return { id: task.id, questions, right };
}

export const quizSpec = defineCommand({
  name: 'quiz',
  help: 'quiz',
  args: [{ name: '<id>', help: 'id' }],
  options: [json],
  run: ([id], options: QuizOptions, deps) => quizCommand(id, options, deps),
});
