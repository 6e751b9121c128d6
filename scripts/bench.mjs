#!/usr/bin/env node
// @ts-check
// `npm run bench`: start-up cost of roadmap commands as ratios against bare node running an empty ES
// module (the floor the targets are set against) and an empty CommonJS file, measured in the same run,
// in shuffled triples (shared machines are noisy: absolute times mean little, a ratio taken side by
// side means more). Peak memory through /usr/bin/time -f %M.
//
// Both sides run in a clean environment (env -i with PATH, HOME and the ROADMAP_* variables), as on a
// learner's laptop: this machine's NODE_EXTRA_CA_CERTS alone makes bare node 2-3 times slower.
// --inherit-env runs them in the machine's own environment instead.
// Run by a Node with a compile cache of its own (module.enableCompileCache, 22.8+), it also times `today`
// through Node's cache against roadmap's own, warm and cold (information, no target).
//
//   node scripts/bench.mjs [--pairs N] [--json] [--keep] [--inherit-env] [--only NAME]...
//
// Always exits 0 (a benchmark reports, it does not fail CI), except when setup fails (exit 1) or the
// arguments are wrong (exit 2). Needs a build: npm run build.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import nodeModule from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localDate, median, parseMaxRssKb, realisticStore, scaleStore, taskIds, verdict } from './bench-fixtures.mjs';

/**
 * @typedef {object} Case
 * @property {string} name Shown in the table.
 * @property {string[][]} steps The roadmap argv of each command of one sample (their times are summed).
 * @property {Record<string, string>} env
 * @property {number | null} target The highest acceptable median ratio; null for a case shown for information only.
 * @property {string} [bin] The file node runs with the steps' argv, instead of bin/roadmap.js.
 * @property {number} [memoryTarget]
 * @property {() => void} [reset] Run (untimed) before every sample: puts the store back.
 * @property {string} [against] Judge the command against this case instead of the floor ("no slower than"): that case's
 *   command runs in the same shuffled set of every sample, and the ratio is the median of the two side by side.
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
  process.stdout.write(
    "Usage: node scripts/bench.mjs [--pairs N (>= 15, default 20)] [--json] [--keep (leave the temp dir)] [--inherit-env (the machine's own environment for both sides)] [--only NAME (that case alone; repeat for more)]\n",
  );
  process.exit(0);
}
const pairsAt = args.indexOf('--pairs');
const pairs = pairsAt === -1 ? 20 : Number(args[pairsAt + 1]);
/** The cases to run (each --only NAME, by exact name), or undefined for all. */
const onlyAt = args.flatMap((a, i) => (a === '--only' ? [i] : []));
const only = onlyAt.length === 0 ? undefined : onlyAt.map((i) => args[i + 1] ?? '').filter((name) => name !== '');
const unknown = args.filter(
  (a, i) =>
    !['--json', '--keep', '--pairs', '--only', '--inherit-env', '--clean-env'].includes(a) && (pairsAt === -1 || i !== pairsAt + 1) && !onlyAt.includes(i - 1),
);
if (!Number.isInteger(pairs) || pairs < MIN_PAIRS || unknown.length > 0 || (only !== undefined && only.length < onlyAt.length)) {
  process.stderr.write(
    `bench: ${unknown.length > 0 ? `unknown argument ${unknown[0]}` : only !== undefined && only.length < onlyAt.length ? '--only needs a case name' : `--pairs must be an integer >= ${MIN_PAIRS}`}\n`,
  );
  process.exit(2);
}
const asJson = args.includes('--json');
const CLEAN_ENV = !args.includes('--inherit-env');
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

/** @param {Case} c @param {{ esm: string, cjs: string }} floors @param {string} tmp @param {boolean} memory @param {Map<string, Case>} byName */
function measure(c, floors, tmp, memory, byName) {
  const other = c.against === undefined ? undefined : byName.get(c.against);
  if (c.against !== undefined && other === undefined) throw new SetupError(`${c.name}: no case named ${c.against}`);
  log(`measuring ${c.name} ...`);
  for (let i = 0; i < WARMUP; i++) {
    c.reset?.();
    mustRun([floors.esm], c.env);
    for (const step of c.steps) mustRun([c.bin ?? BIN, ...step], c.env);
  }
  const [ratios, cjsRatios, againstRatios, bareMs, cjsMs, commandMs] = /** @type {number[][]} */ ([[], [], [], [], [], []]);
  for (let i = 0; i < pairs; i++) {
    c.reset?.();
    other?.reset?.();
    let [bare, cjs, command, base] = [0, 0, 0, 0];
    for (const [s, step] of c.steps.entries()) {
      // The three (four with the case it is judged against) in a random order each time.
      const againstStep = other?.steps[s];
      const runs = [
        () => (bare += timed([floors.esm], c.env)),
        () => (cjs += timed([floors.cjs], c.env)),
        () => (command += timed([c.bin ?? BIN, ...step], c.env)),
      ];
      if (other !== undefined && againstStep !== undefined) runs.push(() => (base += timed([other.bin ?? BIN, ...againstStep], other.env)));
      for (let k = runs.length - 1; k > 0; k--) {
        const j = Math.floor(Math.random() * (k + 1));
        [runs[k], runs[j]] = [/** @type {() => number} */ (runs[j]), /** @type {() => number} */ (runs[k])];
      }
      for (const run of runs) run();
    }
    ratios.push(command / bare);
    cjsRatios.push(command / cjs);
    if (other !== undefined) againstRatios.push(command / base);
    bareMs.push(bare);
    cjsMs.push(cjs);
    commandMs.push(command);
  }
  const ratio = other === undefined ? median(ratios) : median(againstRatios);
  const result = {
    name: c.name,
    commands: c.steps.map((s) => `roadmap ${s.join(' ')}`),
    against: c.against ?? 'node empty.mjs',
    ratio: round(ratio, 3),
    esmRatio: round(median(ratios), 3),
    cjsRatio: round(median(cjsRatios), 3),
    target: c.target,
    verdict: c.target === null ? 'info' : verdict(ratio, c.target),
    bareMs: round(median(bareMs), 1),
    cjsMs: round(median(cjsMs), 1),
    commandMs: round(median(commandMs), 1),
    /** @type {null | { bareKb: number, commandKb: number, ratio: number, target: number | null, verdict: string | null }} */
    memory: null,
  };
  if (memory) {
    const out = path.join(tmp, 'time.out');
    const [bareKb, commandKb] = /** @type {[number[], number[]]} */ ([[], []]);
    for (let i = 0; i < MEMORY_RUNS; i++) {
      c.reset?.();
      bareKb.push(peakKb([floors.esm], c.env, out));
      let peak = 0;
      for (const s of c.steps) peak = Math.max(peak, peakKb([c.bin ?? BIN, ...s], c.env, out)); // a pair: the larger peak
      commandKb.push(peak);
    }
    const m = median(commandKb) / median(bareKb);
    result.memory = {
      bareKb: median(bareKb),
      commandKb: median(commandKb),
      ratio: round(m, 3),
      target: c.memoryTarget ?? null,
      verdict: c.memoryTarget === undefined ? null : verdict(m, c.memoryTarget),
    };
  }
  return result;
}

const round = (/** @type {number} */ n, /** @type {number} */ digits) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: round(os.loadavg()[0] ?? NaN, 2),
    date: new Date().toISOString(),
  };
}

/** @param {ReturnType<typeof measure>[]} results @param {ReturnType<typeof machine>} m */
function markdown(results, m) {
  const f = (/** @type {number} */ n, /** @type {number} */ d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  const rows = results.map((r) => {
    const mem = r.memory ? `${f(r.memory.ratio)}${r.memory.target ? ` (≤ ${r.memory.target} ${r.memory.verdict})` : ''}` : 'skipped';
    const target = r.target === null ? `(× ${r.against})` : `≤ ${r.target} ${r.against === 'node empty.mjs' ? '' : `× ${r.against}`}`;
    return `| ${r.name} | ${f(r.ratio)} | ${target} | ${r.verdict} | ${f(r.esmRatio)} / ${f(r.cjsRatio)} | ${f(r.bareMs, 1)} / ${f(r.cjsMs, 1)} / ${f(r.commandMs, 1)} | ${mem} |`;
  });
  return [
    `## roadmap start-up benchmark`,
    '',
    '| case | ratio | target | | vs empty .mjs / .cjs | median ms (.mjs / .cjs / command) | peak memory ratio |',
    '|---|---:|---:|---|---:|---:|---:|',
    ...rows,
    '',
    `Ratio: the command's wall time over bare \`node empty.mjs\` (or, where the target says so, over the same command on an empty store, run in the same shuffled set), the median of ${pairs} shuffled triples (\`node empty.mjs\`, \`node empty.cjs\`, the command) after ${WARMUP} warm-up runs (they fill roadmap's cache, in a fresh folder); done + undo is summed against two bare runs. Peak memory: median max RSS of ${MEMORY_RUNS} runs each under \`/usr/bin/time -f %M\`, command over bare.`,
    '',
    `Machine: ${m.cpu}, ${m.cpus} CPUs, ${m.memoryGiB} GiB, node ${m.node}, ${m.os}, load ${m.loadAverage}, ${m.date}; environment: ${CLEAN_ENV ? 'clean (env -i with PATH, HOME and ROADMAP_*)' : 'inherited (--inherit-env)'}.`,
    ...(notes.length > 0 ? ['', ...notes.map((n) => `- Note: ${n}`)] : []),
    '',
  ].join('\n');
}

function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'main.cjs'))) throw new SetupError('dist/main.cjs is missing: run npm run build first.');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-'));
  try {
    const floors = { esm: path.join(tmp, 'empty.mjs'), cjs: path.join(tmp, 'empty.cjs') };
    fs.writeFileSync(floors.esm, '');
    fs.writeFileSync(floors.cjs, '');
    const today = localDate(new Date());
    const inherited = CLEAN_ENV ? {} : Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined));
    /** @type {(home: string, cache?: string) => Record<string, string>} */
    const envFor = (home, cache = path.join(tmp, 'cache')) => ({
      ...inherited,
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: tmp,
      ROADMAP_HOME: home,
      ROADMAP_CACHE: cache,
      NO_COLOR: '1',
      LANG: 'C',
      ...(process.env.TZ ? { TZ: process.env.TZ } : {}),
    });
    /** A store made from a whole state: written as schema 2, then turned into snapshot + log by roadmap itself. */
    const makeHome = (/** @type {string} */ home, /** @type {object} */ state) => {
      fs.mkdirSync(home, { recursive: true, mode: 0o700 });
      fs.writeFileSync(path.join(home, 'progress.json'), JSON.stringify(state), { mode: 0o600 });
      mustRun([BIN, 'doctor', '--repair'], envFor(home));
      for (const f of fs.readdirSync(home)) if (f.endsWith('.bak')) fs.rmSync(path.join(home, f));
      const files = new Map(fs.readdirSync(home).map((f) => [f, fs.readFileSync(path.join(home, f))]));
      return () => {
        for (const f of fs.readdirSync(home)) if (!files.has(f)) fs.rmSync(path.join(home, f), { recursive: true, force: true });
        for (const [f, bytes] of files) fs.writeFileSync(path.join(home, f), bytes);
      };
    };

    const bundledIds = taskIds(JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'roadmap.json'), 'utf8')));
    // A learner three weeks into the bundled roadmap.
    const home = path.join(tmp, 'home');
    const state = realisticStore(bundledIds, today);
    const reset = makeHome(home, state);
    const env = envFor(home);
    const todo = bundledIds.find((id) => !state.progress[id]);
    if (!todo) throw new SetupError('no task left to mark done in the realistic store');
    // The same plan with nothing done yet, and the same plan with three years of history.
    const emptyHome = path.join(tmp, 'empty-home');
    const resetEmpty = makeHome(emptyHome, { ...realisticStore(bundledIds, today), progress: {}, events: [], notes: [] });
    const emptyEnv = envFor(emptyHome);
    const historyHome = path.join(tmp, 'history-home');
    const big = scaleStore(bundledIds, today, { perDay: 45 });
    const resetHistory = makeHome(historyHome, big);
    const historyEnv = envFor(historyHome);
    const coldCache = path.join(tmp, 'cold-cache');
    const coldEnv = envFor(home, coldCache);
    const show = /** @type {string} */ (bundledIds[3]);
    log(
      `setup: ${tmp} (history: ${big.events.length} events, ${big.notes?.length} notes; events.jsonl ${Math.round(fs.statSync(path.join(historyHome, 'events.jsonl')).size / 1024)} KB, progress.json ${Math.round(fs.statSync(path.join(historyHome, 'progress.json')).size / 1024)} KB)`,
    );

    /** @type {Case[]} */
    const cases = [
      { name: 'today', steps: [['today']], env, target: 1.15, memoryTarget: 1.2 },
      { name: 'today, cold cache', steps: [['today']], env: coldEnv, target: 1.5, reset: () => fs.rmSync(coldCache, { recursive: true, force: true }) },
      { name: 'list', steps: [['list']], env, target: 1.3 },
      { name: 'show', steps: [['show', show]], env, target: 1.3 },
      { name: 'stats', steps: [['stats']], env, target: 1.3 },
      { name: 'done + undo', steps: [['done', todo], ['undo']], env, target: 1.6, reset },
      { name: '--version', steps: [['--version']], env, target: 1.1 },
      { name: 'today, empty store', steps: [['today']], env: emptyEnv, target: 1.15 },
      { name: 'show, empty store', steps: [['show', show]], env: emptyEnv, target: 1.3 },
      { name: 'done, empty store', steps: [['done', todo]], env: emptyEnv, target: 1.6, reset: resetEmpty },
      { name: 'today, 100k events', steps: [['today']], env: historyEnv, target: 1.1, against: 'today, empty store' },
      { name: 'show, 100k events', steps: [['show', show]], env: historyEnv, target: 1.1, against: 'show, empty store' },
      { name: 'done, 100k events', steps: [['done', todo]], env: historyEnv, target: 1.1, against: 'done, empty store', reset: resetHistory },
      { name: 'stats, 100k events', steps: [['stats']], env: historyEnv, target: 1.5 },
    ];
    // Node's own compile cache (Node 22.8+), for the choice of roadmap's own (README, "The cache"): `today` run by a
    // file that turns Node's cache on and requires the same bundle, judged against roadmap's own start.
    if (typeof nodeModule.enableCompileCache === 'function') {
      const viaNode = path.join(tmp, 'node-compile-cache.cjs');
      const nodeCache = path.join(tmp, 'node-cache');
      fs.writeFileSync(
        viaNode,
        `'use strict';\nrequire('node:module').enableCompileCache(${JSON.stringify(nodeCache)});\nrequire(${JSON.stringify(path.join(ROOT, 'dist', 'today.cjs'))}).main();\n`,
      );
      cases.push({ name: "today, Node's compile cache", bin: viaNode, steps: [['today']], env, target: null, against: 'today' });
      cases.push({
        name: "today, cold, Node's compile cache",
        bin: viaNode,
        steps: [['today']],
        env: coldEnv,
        target: null,
        against: 'today, cold cache',
        reset: () => fs.rmSync(nodeCache, { recursive: true, force: true }),
      });
    } else note('this Node has no compile cache of its own (module.enableCompileCache, Node 22.8+): the cases comparing it are left out.');
    note('"no slower" is judged as at most 1.1 times the same command on an empty store (runs vary by several percent).');

    const memory = fs.existsSync(TIME);
    if (!memory) note(`${TIME} not found (apt-get install -y time provides it): peak memory skipped.`);
    const byName = new Map(cases.map((c) => [c.name, c]));
    const missing = only?.find((name) => !byName.has(name));
    if (missing !== undefined) throw new SetupError(`--only: no case named "${missing}" (cases: ${cases.map((c) => c.name).join('; ')})`);
    const results = cases.filter((c) => only === undefined || only.includes(c.name)).map((c) => measure(c, floors, tmp, memory, byName));
    const m = machine();
    process.stdout.write(
      asJson
        ? `${JSON.stringify({ machine: m, pairs, warmup: WARMUP, memoryRuns: memory ? MEMORY_RUNS : 0, environment: CLEAN_ENV ? 'clean' : 'inherited', results, notes }, null, 2)}\n`
        : markdown(results, m),
    );
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
