// @ts-check
// Renders docs/study.svg for the README: `today` with the task in focus's "done when" and the reviews due,
// from a store made by roadmap itself (a plan, tasks done on earlier days: their questions became cards).
//
// Usage: npm run build && node scripts/screenshot-study.mjs

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ansiToSvg } from './ansi-to-svg.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'roadmap.js');
const COLUMNS = 100;
const SHOT_DATE = '2025-03-13';

/**
 * @param {string} home
 * @param {string[]} args
 */
function roadmap(home, args) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ROADMAP_HOME: home, ROADMAP_CACHE: path.join(home, 'cache'), FORCE_COLOR: '3', COLUMNS: String(COLUMNS), TZ: 'UTC' };
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`screenshot: 'roadmap ${args.join(' ')}' exited with ${result.status ?? result.signal}:\n${result.stderr}`);
  return result.stdout;
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-screenshot-'));
try {
  roadmap(home, ['plan', '--start', '2025-03-10']);
  roadmap(home, ['done', 'w1-python-basics', '--date', '2025-03-10']);
  roadmap(home, ['done', 'w1-python-oop', '--date', '2025-03-11']);
  const shown = 'roadmap today';
  const out = roadmap(home, ['today', '--lang', 'en', '--date', SHOT_DATE]);
  const prompt = `\u001b[32m$\u001b[39m \u001b[1m${shown}\u001b[22m\n`;
  const target = path.join(ROOT, 'docs', 'study.svg');
  fs.writeFileSync(target, ansiToSvg(prompt + out, { title: shown, columns: COLUMNS }));
  console.log(`wrote ${path.relative(ROOT, target)}`);
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}
