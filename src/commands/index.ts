// Every command roadmap has, in the order of the help: what the full CLI (src/main.ts) registers.

import type { CommandSpec } from './spec.ts';
import { aboutSpec } from './about.ts';
import { checkSpec } from './check.ts';
import { completionSpec } from './completion.ts';
import { doctorSpec } from './doctor.ts';
import { doneSpec, menuSpec, openSpec } from './interactive.ts';
import { listSpec, showSpec } from './list.ts';
import { logSpec } from './log.ts';
import { resetSpec, skipSpec, startSpec, undoSpec } from './mark.ts';
import { noteSpec, notesSpec } from './notes.ts';
import { papersSpec } from './papers.ts';
import { planSpec } from './plan.ts';
import { quizSpec } from './quiz.ts';
import { reviewSpec } from './review.ts';
import { exerciseSpec, verifySpec } from './exercise.ts';
import { reportSpec } from './report.ts';
import { spentSpec } from './spent.ts';
import { statsSpec } from './stats.ts';
import { todaySpec } from './today.ts';
import { exportSpec, importSpec } from './transfer.ts';
import { templateSpec, useSpec } from './use.ts';

export const commands: readonly CommandSpec[] = [
  todaySpec,
  menuSpec,
  listSpec,
  showSpec,
  quizSpec,
  reviewSpec,
  exerciseSpec,
  verifySpec,
  doneSpec,
  startSpec,
  spentSpec,
  skipSpec,
  undoSpec,
  resetSpec,
  openSpec,
  statsSpec,
  noteSpec,
  notesSpec,
  logSpec,
  exportSpec,
  importSpec,
  reportSpec,
  planSpec,
  templateSpec,
  useSpec,
  checkSpec,
  papersSpec,
  completionSpec,
  doctorSpec,
  aboutSpec,
];
