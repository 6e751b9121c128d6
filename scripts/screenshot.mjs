// @ts-check
// Renders the README's screenshots: runs the built CLI against a seeded store, in colour,
// and writes the output as SVG terminal windows under docs/.
//
// Usage: npm run build && node scripts/screenshot.mjs

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ansiToSvg } from './ansi-to-svg.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'roadmap.js');
const DOCS = path.join(ROOT, 'docs');
const COLUMNS = 100;

/** The plan started on a Monday; the screenshots show the first day of week 3. */
const START_DATE = '2025-03-03';
const SHOT_DATE = '2025-03-17';

/**
 * What the learner did, day by day: a task is started and finished a day or two later, with a few
 * days off. All of week 1 and most of week 2 done, w2-matplotlib in progress, w2-data-exercise not started.
 * @type {[date: string, time: string, type: 'start' | 'done', id: string][]}
 */
const ACTIVITY = [
  ['2025-03-03', '19:12', 'start', 'w1-python-basics'],
  ['2025-03-04', '21:40', 'done', 'w1-python-basics'],
  ['2025-03-04', '21:41', 'start', 'w1-python-oop'],
  ['2025-03-05', '20:05', 'done', 'w1-python-oop'],
  ['2025-03-06', '18:30', 'done', 'w1-search-skills'],
  ['2025-03-06', '18:31', 'start', 'w1-python-exercise'],
  ['2025-03-08', '16:20', 'done', 'w1-python-exercise'],
  ['2025-03-10', '20:15', 'done', 'w2-conda'],
  ['2025-03-11', '19:50', 'done', 'w2-jupyter'],
  ['2025-03-12', '20:30', 'start', 'w2-numpy'],
  ['2025-03-13', '21:10', 'done', 'w2-numpy'],
  ['2025-03-14', '19:45', 'start', 'w2-pandas'],
  ['2025-03-15', '17:05', 'done', 'w2-pandas'],
  ['2025-03-16', '20:40', 'start', 'w2-matplotlib'],
];

/**
 * @typedef {{ status: 'in-progress' | 'done', startedAt?: string, doneAt?: string, updatedAt: string }} TaskProgress
 * @typedef {{ seq: number, at: string, date: string, type: 'start' | 'done', changes: { id: string, before: TaskProgress | null, after: TaskProgress }[] }} StoreEvent
 */

/** The store a learner with ACTIVITY behind them has (the shapes of src/core/state.ts, schema v2). */
function seededStore() {
  const roadmap = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'roadmap.json'), 'utf8'));
  /** @type {Set<string>} */
  const ids = new Set(roadmap.weeks.flatMap((/** @type {{ tasks: { id: string }[] }} */ w) => w.tasks.map((t) => t.id)));
  /** @type {Record<string, TaskProgress>} */
  const progress = {};
  /** @type {StoreEvent[]} */
  const events = [];
  for (const [date, time, type, id] of ACTIVITY) {
    if (!ids.has(id)) throw new Error(`screenshot: the roadmap has no task ${id}; update ACTIVITY in scripts/screenshot.mjs.`);
    const at = `${date}T${time}:00.000Z`;
    const before = progress[id] ?? null;
    /** @type {TaskProgress} */
    const after =
      type === 'start'
        ? { ...before, status: 'in-progress', startedAt: before?.startedAt ?? at, updatedAt: at }
        : { ...before, status: 'done', doneAt: at, updatedAt: at };
    progress[id] = after;
    events.push({ seq: events.length + 1, at, date, type, changes: [{ id, before, after }] });
  }
  return { schemaVersion: 2, startDate: START_DATE, settings: {}, progress, events };
}

/**
 * Runs the built CLI with the seeded store, in colour, 100 columns wide.
 * @param {string} home
 * @param {string[]} args
 */
function roadmap(home, args) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ROADMAP_HOME: home, FORCE_COLOR: '3', COLUMNS: String(COLUMNS), TZ: 'UTC' };
  delete env.NO_COLOR;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8' });
}

/**
 * @param {string} home
 * @param {string} file name under docs/
 * @param {string} shown the command shown at the prompt and in the title
 * @param {string[]} args
 * @returns {string} the path written
 */
function shoot(home, file, shown, args) {
  const result = roadmap(home, args);
  if (result.status !== 0) {
    throw new Error(`screenshot: 'roadmap ${args.join(' ')}' exited with ${result.status ?? result.signal}:\n${result.stderr}`);
  }
  const prompt = `\u001b[32m$\u001b[39m \u001b[1m${shown}\u001b[22m\n`;
  const svg = ansiToSvg(prompt + result.stdout, { title: shown, columns: COLUMNS });
  const target = path.join(DOCS, file);
  fs.writeFileSync(target, svg);
  return target;
}

function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'main.cjs'))) {
    console.error('screenshot: dist/ is missing; run `npm run build` first.');
    process.exit(1);
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-screenshot-'));
  try {
    fs.writeFileSync(path.join(home, 'progress.json'), `${JSON.stringify(seededStore(), null, 2)}\n`, { mode: 0o600 });
    fs.mkdirSync(DOCS, { recursive: true });
    const written = [
      shoot(home, 'today.svg', 'roadmap today', ['today', '--lang', 'en', '--date', SHOT_DATE]),
      shoot(home, 'today.zh.svg', 'roadmap today --lang zh', ['today', '--lang', 'zh', '--date', SHOT_DATE]),
    ];
    const skipped = [];
    if (roadmap(home, ['stats', '--help']).status === 0) {
      written.push(shoot(home, 'stats.svg', 'roadmap stats', ['stats', '--lang', 'en', '--date', SHOT_DATE]));
    } else skipped.push('docs/stats.svg (this build has no `roadmap stats` command)');
    for (const file of written) console.log(`wrote ${path.relative(ROOT, file)}`);
    for (const what of skipped) console.log(`skipped ${what}`);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
