// @ts-check
// Renders docs/report.png, the README's picture of the progress page: the built CLI writes the page
// (report --format html --out) for a made-up learner, not a real one, and headless Chromium
// (scripts/cdp.mjs) takes its top part, 1000 px wide, down to the activity heatmap. With optipng on the PATH the PNG is recompressed.
//
// Usage: npm run build && node scripts/report-screenshot.mjs

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, launch, openPage } from './cdp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'roadmap.js');
const OUT = path.join(ROOT, 'docs', 'report.png');
const WIDTH = 1000;

/** Monday, the plan's first day; the page is made for a Wednesday of week 8. */
const START = '2026-01-05';
const TODAY = '2026-02-25';

/** Days from the start, and what was done (`done`), started or skipped that day. */
const ACTIVITY = /** @type {const} */ ([
  [0, 'done', 'w1-python-basics'],
  [1, 'done', 'w1-python-oop'],
  [2, 'done', 'w1-search-skills'],
  [4, 'done', 'w1-python-exercise'],
  [7, 'done', 'w2-conda'],
  [7, 'done', 'w2-jupyter'],
  [9, 'done', 'w2-numpy'],
  [11, 'done', 'w2-pandas'],
  [14, 'done', 'w2-matplotlib'],
  [16, 'done', 'w2-data-exercise'],
  [18, 'skip', 'w3-ml-courses'],
  [21, 'done', 'w3-ml-concepts'],
  [24, 'done', 'w3-sklearn'],
  [29, 'done', 'w3-titanic'],
  [31, 'done', 'w4-cnn-concepts'],
  [35, 'done', 'w4-pytorch-basics'],
  [38, 'done', 'w4-tensors'],
  [42, 'done', 'w4-build-network'],
  [45, 'start', 'w4-training-loop'],
  [46, 'start', 'w6-lenet'],
]);

/** Days a resource was opened, with nothing else done: the heatmap's lighter squares. */
const OPENED = [3, 8, 10, 15, 22, 23, 28, 30, 36, 37, 43, 44, 48, 50, 51];

/** @param {number} days */
const day = (days) => new Date(Date.parse(`${START}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The store (schema v2: one document with its history) of the made-up learner. */
function seededStore() {
  /** @type {Record<string, any>} */
  const progress = {};
  /** @type {any[]} */
  const events = [];
  const push = (/** @type {any} */ event) => events.push({ seq: events.length + 1, changes: [], ...event });
  for (const [offset, type, id] of ACTIVITY) {
    const date = day(offset);
    const at = `${date}T19:30:00.000Z`;
    const before = progress[id] ?? null;
    const after =
      type === 'start'
        ? { status: 'in-progress', startedAt: at, updatedAt: at, ...(id.startsWith('w6-') ? { stage: 'read' } : {}) }
        : type === 'skip'
          ? { ...before, status: 'skipped', skippedAt: at, updatedAt: at }
          : { ...before, status: 'done', doneAt: at, updatedAt: at };
    progress[id] = after;
    push({ at, date, type, changes: [{ id, before, after }] });
  }
  for (const offset of OPENED) {
    const date = day(offset);
    push({ at: `${date}T20:00:00.000Z`, date, type: 'open', resource: 'w1-python-basics:1' });
  }
  const notes = [
    { id: 'n1', taskId: 'w1-python-basics', date: day(0), at: `${day(0)}T21:00:00.000Z`, text: 'f-strings beat % formatting.' },
    { id: 'n2', taskId: 'w4-tensors', date: day(38), at: `${day(38)}T21:00:00.000Z`, text: 'view() needs contiguous memory; reshape() copies when it must.' },
  ];
  for (const note of notes) push({ at: note.at, date: note.date, type: 'note', note: { before: null, after: note } });
  return { schemaVersion: 2, startDate: START, settings: {}, plan: { daysPerWeek: 5, minutesPerDay: 90 }, progress, events, notes };
}

const chromium = findChromium();
if (!chromium) throw new Error('report-screenshot: no chromium on the PATH (apt-get install -y chromium)');
if (!fs.existsSync(path.join(ROOT, 'dist', 'main.cjs'))) throw new Error('report-screenshot: run npm run build first');

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-report-shot-'));
try {
  fs.mkdirSync(path.join(home, 'store'));
  fs.writeFileSync(path.join(home, 'store', 'progress.json'), JSON.stringify(seededStore()));
  const page = path.join(home, 'progress.html');
  const run = spawnSync(process.execPath, [BIN, 'report', '--format', 'html', '--lang', 'en', '--date', TODAY, '--out', page], {
    env: { PATH: process.env.PATH, HOME: home, ROADMAP_HOME: path.join(home, 'store'), ROADMAP_CACHE: path.join(home, 'cache'), TZ: 'UTC' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`report-screenshot: roadmap report failed: ${run.stderr}`);
  const browser = await launch({ binary: chromium });
  try {
    const tab = await openPage(browser, pathToFileURL(page).href, { width: WIDTH, height: 2400 });
    const height = Math.ceil(Number(await tab.evaluate(`document.querySelector('#activity').getBoundingClientRect().bottom`)) + 12);
    const shot = await browser.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width: WIDTH, height, scale: 1 } }, tab.sessionId);
    fs.writeFileSync(OUT, Buffer.from(String(shot.data), 'base64'));
  } finally {
    await browser.close();
  }
  if (spawnSync('optipng', ['-quiet', '-o2', OUT]).status === 0) console.log('report-screenshot: recompressed with optipng');
  console.log(`report-screenshot: wrote ${path.relative(ROOT, OUT)} (${Math.round(fs.statSync(OUT).size / 1024)} KB)`);
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}
