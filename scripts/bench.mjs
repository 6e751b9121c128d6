#!/usr/bin/env node
// @ts-check
// `npm run bench`: start-up cost of roadmap commands as ratios against bare node running an empty ES
// module, measured in the same run, in alternating pairs (shared machines are noisy: absolute times
// mean little, a ratio taken side by side means more). Peak memory through /usr/bin/time -f %M.
//
//   node scripts/bench.mjs [--pairs N] [--json] [--keep] [--clean-env]
//
// Always exits 0 (a benchmark reports, it does not fail CI), except when setup fails (exit 1) or the
// arguments are wrong (exit 2). Needs a build: npm run build.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localDate, makeRoadmap, median, parseMaxRssKb, realisticStore, scaleStore, taskIds, verdict } from './bench-fixtures.mjs';

/**
 * @typedef {object} Case
 * @property {string} name Shown in the table.
 * @property {string[][]} steps The roadmap argv of each command of one sample (their times are summed).
 * @property {Record<string, string>} env
 * @property {number} target The highest acceptable median ratio.
 * @property {number} [memoryTarget]
 * @property {() => void} [reset] Run (untimed) before every sample: puts the store back.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'roadmap.js');
const NODE = process.execPath;
const TIME = '/usr/bin/time';
const WARMUP = 3;
const MEMORY_RUNS = 5;
const MIN_PAIRS = 15;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: node scripts/bench.mjs [--pairs N (>= 15, default 20)] [--json] [--keep (leave the temp dir)] [--clean-env (a minimal environment for both sides)]\n');
  process.exit(0);
}
const pairsAt = args.indexOf('--pairs');
const pairs = pairsAt === -1 ? 20 : Number(args[pairsAt + 1]);
const unknown = args.filter((a, i) => !['--json', '--keep', '--pairs', '--clean-env'].includes(a) && (pairsAt === -1 || i !== pairsAt + 1));
if (!Number.isInteger(pairs) || pairs < MIN_PAIRS || unknown.length > 0) {
  process.stderr.write(`bench: ${unknown.length > 0 ? `unknown argument ${unknown[0]}` : `--pairs must be an integer >= ${MIN_PAIRS}`}\n`);
  process.exit(2);
}
const asJson = args.includes('--json');
const CLEAN_ENV = args.includes('--clean-env');
const log = (/** @type {string} */ text) => process.stderr.write(`${text}\n`);
/** @type {string[]} */
const notes = [];
const note = (/** @type {string} */ text) => (notes.push(text), log(`note: ${text}`));

/** Runs node with argv, output captured (setup and checks, never timed). */
function exec(/** @type {string[]} */ argv, /** @type {Record<string, string>} */ env) {
  const r = spawnSync(NODE, argv, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

class SetupError extends Error {}

function mustRun(/** @type {string[]} */ argv, /** @type {Record<string, string>} */ env) {
  const r = exec(argv, env);
  if (r.status !== 0) throw new SetupError(`\`${path.basename(argv[0] ?? '')} ${argv.slice(1).join(' ')}\` exited ${r.status}:\n${r.output.slice(0, 2000)}`);
}

/** Wall time of one run in ms, output ignored. */
function timed(/** @type {string[]} */ argv, /** @type {Record<string, string>} */ env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(NODE, argv, { env, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new SetupError(`${argv.join(' ')} exited ${r.status} during measurement`);
  return ms;
}

/** Peak resident set (KB) of one run under /usr/bin/time, its own output kept apart with -o. */
function peakKb(/** @type {string[]} */ argv, /** @type {Record<string, string>} */ env, /** @type {string} */ outFile) {
  spawnSync(TIME, ['-o', outFile, '-f', '%M', NODE, ...argv], { env, stdio: 'ignore' });
  return parseMaxRssKb(fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '');
}

/** @param {Case} c @param {string} empty @param {string} tmp @param {boolean} memory */
function measure(c, empty, tmp, memory) {
  log(`measuring ${c.name} ...`);
  for (let i = 0; i < WARMUP; i++) {
    c.reset?.();
    mustRun([empty], c.env);
    for (const step of c.steps) mustRun([BIN, ...step], c.env);
  }
  const [ratios, bareMs, commandMs] = /** @type {[number[], number[], number[]]} */ ([[], [], []]);
  for (let i = 0; i < pairs; i++) {
    c.reset?.();
    let [bare, command] = [0, 0];
    for (const step of c.steps) {
      // ABAB..., with which of the two goes first drawn at random in each pair.
      if (Math.random() < 0.5) {
        bare += timed([empty], c.env);
        command += timed([BIN, ...step], c.env);
      } else {
        command += timed([BIN, ...step], c.env);
        bare += timed([empty], c.env);
      }
    }
    ratios.push(command / bare);
    bareMs.push(bare);
    commandMs.push(command);
  }
  const ratio = median(ratios);
  const result = {
    name: c.name,
    commands: c.steps.map((s) => `roadmap ${s.join(' ')}`),
    ratio: round(ratio, 3),
    target: c.target,
    verdict: verdict(ratio, c.target),
    bareMs: round(median(bareMs), 1),
    commandMs: round(median(commandMs), 1),
    ratioRange: [round(Math.min(...ratios), 3), round(Math.max(...ratios), 3)],
    /** @type {null | { bareKb: number, commandKb: number, ratio: number, target: number | null, verdict: string | null }} */
    memory: null,
  };
  if (memory) {
    const out = path.join(tmp, 'time.out');
    const [bareKb, commandKb] = /** @type {[number[], number[]]} */ ([[], []]);
    for (let i = 0; i < MEMORY_RUNS; i++) {
      c.reset?.();
      bareKb.push(peakKb([empty], c.env, out));
      commandKb.push(Math.max(...c.steps.map((s) => peakKb([BIN, ...s], c.env, out)))); // a pair: the larger peak
    }
    const m = median(commandKb) / median(bareKb);
    result.memory = {
      bareKb: median(bareKb), commandKb: median(commandKb), ratio: round(m, 3),
      target: c.memoryTarget ?? null, verdict: c.memoryTarget === undefined ? null : verdict(m, c.memoryTarget),
    };
  }
  return result;
}

/** Store files under a ROADMAP_HOME (relative path -> mtime and size), locks and backups left out. */
function snapshot(/** @type {string} */ dir) {
  const files = /** @type {string[]} */ (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }));
  return new Map(files.filter((f) => f.endsWith('.json')).map((f) => {
    const stat = fs.statSync(path.join(dir, f));
    return [f, `${stat.mtimeMs}:${stat.size}`];
  }));
}

const round = (/** @type {number} */ n, /** @type {number} */ digits) => Number.isFinite(n) ? Number(n.toFixed(digits)) : n;

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown', cpus: cpus.length, memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version, os: `${os.type()} ${os.release()} ${os.arch()}`, loadAverage: round(os.loadavg()[0] ?? NaN, 2),
    date: new Date().toISOString(),
  };
}

/** @param {ReturnType<typeof measure>[]} results @param {ReturnType<typeof machine>} m */
function markdown(results, m) {
  const f = (/** @type {number} */ n, /** @type {number} */ d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  const rows = results.map((r) => {
    const mem = r.memory ? `${f(r.memory.ratio)}${r.memory.target ? ` (≤ ${r.memory.target} ${r.memory.verdict})` : ''}` : 'skipped';
    return `| ${r.name} | ${f(r.ratio)} | ≤ ${r.target} | ${r.verdict} | ${f(r.bareMs, 1)} / ${f(r.commandMs, 1)} | ${mem} |`;
  });
  return [
    `## roadmap start-up benchmark`,
    '',
    '| command | median ratio | target | | median ms (bare / command) | peak memory ratio |',
    '|---|---:|---:|---|---:|---:|',
    ...rows,
    '',
    `Ratio: the command's wall time over bare \`node empty.mjs\`, the median of ${pairs} alternating pairs (order random in each pair) after ${WARMUP} warm-up runs (they fill roadmap's cache, in a fresh folder, as the first run of the day would); done + undo is summed against two bare runs. Peak memory: median max RSS of ${MEMORY_RUNS} runs each under \`/usr/bin/time -f %M\`, command over bare.`,
    '',
    `Machine: ${m.cpu}, ${m.cpus} CPUs, ${m.memoryGiB} GiB, node ${m.node}, ${m.os}, load ${m.loadAverage}, ${m.date}; environment: ${CLEAN_ENV ? "minimal (--clean-env)" : "inherited"}.`,
    ...(notes.length > 0 ? ['', ...notes.map((n) => `- Note: ${n}`)] : []),
    '',
  ].join('\n');
}

function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'main.cjs'))) throw new SetupError('dist/main.cjs is missing: run npm run build first.');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-'));
  try {
    const empty = path.join(tmp, 'empty.mjs');
    fs.writeFileSync(empty, '');
    const today = localDate(new Date());
    /** @type {(home: string) => Record<string, string>} */
    // By default both sides run in this machine's own environment, as a user's shell would run them
    // (variables such as NODE_EXTRA_CA_CERTS change bare node's start-up a lot); --clean-env runs both
    // with a minimal one instead.
    const inherited = CLEAN_ENV ? {} : Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined));
    const envFor = (home) => ({
      ...inherited,
      PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp, ROADMAP_HOME: home, ROADMAP_CACHE: path.join(tmp, 'cache'), NO_COLOR: '1', LANG: 'C',
      ...(process.env.TZ ? { TZ: process.env.TZ } : {}),
    });
    const writeStore = (/** @type {string} */ home, /** @type {string} */ text) => {
      fs.mkdirSync(home, { recursive: true, mode: 0o700 });
      fs.rmSync(path.join(home, 'progress.json.lock'), { recursive: true, force: true });
      fs.writeFileSync(path.join(home, 'progress.json'), text, { mode: 0o600 });
    };

    // A learner three weeks into the bundled roadmap.
    const bundledIds = taskIds(JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'roadmap.json'), 'utf8')));
    const home = path.join(tmp, 'home');
    const state = realisticStore(bundledIds, today);
    const storeText = JSON.stringify(state, null, '\t'); // conf's own layout
    writeStore(home, storeText);
    const env = envFor(home);
    const todo = bundledIds.find((id) => !state.progress[id]);
    if (!todo) throw new SetupError('no task left to mark done in the realistic store');

    // Three years of daily events and 500 notes, on a 2,000-task roadmap when `use` can activate one.
    const roadmap = makeRoadmap();
    const roadmapFile = path.join(tmp, `${roadmap.id}.json`);
    fs.writeFileSync(roadmapFile, JSON.stringify(roadmap, null, 2));
    const scaleHome = path.join(tmp, 'scale-home');
    const bigIds = taskIds(roadmap);
    const big = scaleStore(bigIds, today);
    const scaleEnv = envFor(scaleHome);
    const hasUse = exec([BIN, 'use', '--help'], env).status === 0;
    if (hasUse) {
      // `use` may keep a custom roadmap's progress in a store of its own: find the file a write goes to
      // (by writing once), and put the big store there, keeping the settings that file already has.
      fs.mkdirSync(scaleHome, { mode: 0o700 });
      mustRun([BIN, 'use', roadmapFile], scaleEnv);
      const before = snapshot(scaleHome);
      mustRun([BIN, 'start', /** @type {string} */ (bigIds[0])], scaleEnv);
      const written = [...snapshot(scaleHome)].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file);
      if (written.length !== 1) throw new SetupError(`after \`use\`, a write changed ${written.length} store files (${written.join(', ')}), expected one`);
      const target = path.join(scaleHome, /** @type {string} */ (written[0]));
      const { settings } = JSON.parse(fs.readFileSync(target, 'utf8'));
      fs.writeFileSync(target, JSON.stringify({ ...big, settings: { ...big.settings, ...settings } }, null, '\t'));
      note(`scale case: \`roadmap use\` activated the 2,000-task roadmap; its progress (the 3-year store) is ROADMAP_HOME/${written[0]}.`);
    } else {
      writeStore(scaleHome, JSON.stringify(big, null, '\t'));
      note(`\`roadmap use\` does not exist yet: the scale case runs the bundled roadmap with the big store (${big.events.length} events, ${big.notes?.length} notes, ids of a 2,000-task roadmap) only.`);
    }
    log(`setup: ${tmp} (store ${Math.round(storeText.length / 1024)} KB, scale store ${big.events.length} events, ${big.notes?.length} notes)`);

    /** @type {Case[]} */
    const cases = [
      { name: 'today', steps: [['today']], env, target: 1.2, memoryTarget: 1.2 },
      { name: 'list', steps: [['list']], env, target: 1.3 },
    ];
    if (exec([BIN, 'stats', '--help'], env).status === 0) cases.push({ name: 'stats', steps: [['stats']], env, target: 1.3 });
    else note('`roadmap stats --help` failed: stats skipped.');
    cases.push(
      { name: 'done + undo', steps: [['done', todo], ['undo']], env, target: 1.6, reset: () => writeStore(home, storeText) },
      { name: `scale today${hasUse ? '' : ' (bundled roadmap)'}`, steps: [['today']], env: scaleEnv, target: 1.35 },
    );

    const memory = fs.existsSync(TIME);
    if (!memory) note(`${TIME} not found (apt-get install -y time provides it): peak memory skipped.`);
    const results = cases.map((c) => measure(c, empty, tmp, memory));
    const m = machine();
    process.stdout.write(asJson ? `${JSON.stringify({ machine: m, pairs, warmup: WARMUP, memoryRuns: memory ? MEMORY_RUNS : 0, results, notes }, null, 2)}\n` : markdown(results, m));
  } finally {
    if (args.includes('--keep')) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  process.stderr.write(`bench: setup failed: ${error.message}\n`);
  process.exitCode = 1;
}
