// roadmap stats [--date D] [--json]

import { computeStats, type Stats } from '../core/stats.ts';
import { weekLabel } from '../core/roadmap.ts';
import type { Deps } from '../deps.ts';
import type { RoadmapOutline } from '../core/types.ts';
import { pick } from '../i18n/lang.ts';
import { renderStats } from '../ui/stats-view.ts';
import { dateOption, printJson, viewContext, stateOn } from './shared.ts';
import { defineCommand, json } from './spec.ts';

export interface StatsOptions {
  date?: string;
  json?: boolean;
}

/** On the roadmap's outline: stats count tasks and their estimates, and name the week blocks. */
export function statsCommand(options: StatsOptions, deps: Deps<RoadmapOutline>): Stats {
  const date = dateOption(deps, options.date);
  const stats = computeStats(deps.roadmap, stateOn(deps, date), date);
  if (options.json) {
    printJson(deps, {
      date: stats.date,
      progress: stats.progress,
      minutesStudied: stats.minutesStudied,
      minutesLogged: stats.minutesLogged,
      minutesEstimated: stats.minutesEstimated,
      streak: stats.streak,
      standing: stats.standing,
      finish: stats.finish,
      weeks: stats.weeks.map((w) => ({ id: w.week.id, label: weekLabel(w.week), title: pick(w.week.title, deps.lang), ...w.progress })),
      activity: stats.activity,
    });
  } else deps.stdout.write(renderStats(stats, viewContext(deps)));
  return stats;
}

export const statsSpec = defineCommand({
  name: 'stats',
  help: 'stats',
  roadmap: 'outline',
  options: [{ flags: '--date <date>', help: 'date' }, json],
  helpAfter: (m) => m.stats.rules,
  run: (_args, options: StatsOptions, deps) => statsCommand(options, deps),
});
