// roadmap doctor [--repair] [--json]: is everything roadmap depends on in order?

import path from 'node:path';
import type { Deps } from '../deps.ts';
import { RoadmapError, StoreError } from '../errors.ts';
import { allTasks } from '../core/roadmap.ts';
import { checkStore, repairStore, type StoreHealth } from '../store/repair.ts';
import { inspectLock, type LockInfo } from '../store/lock.ts';
import { padEnd, displayWidth, maxOf } from '../ui/width.ts';
import { printJson, viewContext } from './shared.ts';
import { defineCommand, json } from './spec.ts';
import { folderHealth, type FolderHealth } from '../cache/folder.ts';
import { visible } from '../core/escape.ts';
import { whyNoBrowser } from '../ui/browser.ts';

export interface DoctorOptions {
  repair?: boolean;
  links?: boolean;
  json?: boolean;
}

type Level = 'ok' | 'warn' | 'fail';
interface Check {
  name: string;
  level: Level;
  detail: string;
}

function storeCheck(health: StoreHealth, deps: Deps): Check {
  const d = deps.msg.doctor;
  switch (health.status) {
    case 'missing':
      return { name: d.store, level: 'ok', detail: d.storeMissing(health.path) };
    case 'ok':
      return { name: d.store, level: 'ok', detail: d.storeOk(health.path, health.schemaVersion!, health.tasks!, health.events!) };
    case 'old':
      return { name: d.store, level: 'warn', detail: d.storeOld(health.path, health.schemaVersion!) };
    default:
      return { name: d.store, level: 'fail', detail: d.storeBad(health.say ? health.say(deps.msg) : (health.message ?? health.status)) };
  }
}

/** The event log beside the snapshot: how many events, and what a crash left (replayed, torn, lost). */
function logCheck(health: StoreHealth, deps: Deps): Check[] {
  const d = deps.msg.doctor;
  const log = health.log;
  if (!log) return [];
  const notes = [
    log.pending && d.logPending,
    log.replayed > 0 && d.logReplayed(log.replayed),
    log.torn > 0 && d.logTorn(log.torn),
    log.lost && d.logLost,
  ].filter((n): n is string => typeof n === 'string');
  return [{ name: d.log, level: notes.length > 0 ? 'warn' : 'ok', detail: [d.logOk(log.path, health.events ?? 0), ...notes].join('; ') }];
}

function lockCheck(lock: LockInfo, deps: Deps): Check {
  const d = deps.msg.doctor;
  if (lock.state === 'free') return { name: d.lock, level: 'ok', detail: d.lockFree };
  const who = lock.owner ? d.lockProcess(lock.owner.pid, lock.owner.host) : d.lockUnknown;
  const at = new Date(lock.owner?.since ?? lock.mtimeMs);
  const since = Number.isNaN(at.getTime()) ? '?' : at.toLocaleString();
  return { name: d.lock, level: 'warn', detail: lock.state === 'held' ? d.lockHeld(who, since) : d.lockStale(who, since) };
}

/** The lock for --json: its state, and who holds it since when. */
function lockJson(lock: LockInfo) {
  if (lock.state === 'free') return { state: 'free' };
  return {
    state: lock.state,
    reason: lock.reason,
    pid: lock.owner?.pid ?? null,
    host: lock.owner?.host ?? null,
    since: lock.owner?.since ?? new Date(lock.mtimeMs).toISOString(),
  };
}

function cacheCheck(cache: FolderHealth, compiled: boolean, deps: Deps): Check {
  const d = deps.msg.doctor;
  if (cache.state === 'unusable') return { name: d.cache, level: 'warn', detail: d.cacheUnusable(cache.dir) };
  return { name: d.cache, level: 'ok', detail: cache.state === 'missing' ? d.cacheMissing(cache.dir) : d.cacheOk(cache.dir, cache.entries, compiled) };
}

export async function doctorCommand(options: DoctorOptions, deps: Deps): Promise<{ ok: boolean }> {
  const d = deps.msg.doctor;
  const file = deps.store.path;
  if (options.repair) return repair(file, options, deps);
  if (options.links) return links(options, deps);

  const nodeMajor = Number(process.versions.node.split('.')[0]);
  const health = checkStore(file);
  const lock = inspectLock(file);
  const noBrowser = deps.noBrowser;
  const cache = folderHealth(deps.cacheDir);
  const compiledIn = deps.compileCacheDir;
  const reason = noBrowser ? whyNoBrowser(noBrowser, deps.browser, deps.msg) : '';
  const checks: Check[] = [
    { name: d.node, level: nodeMajor >= 20 ? 'ok' : 'fail', detail: nodeMajor >= 20 ? d.nodeOk(process.version) : d.nodeOld(process.version) },
    storeCheck(health, deps),
    ...logCheck(health, deps),
    lockCheck(lock, deps),
    {
      name: d.browser,
      level: noBrowser ? 'warn' : 'ok',
      detail: noBrowser ? d.browserNo(reason) : d.browserOk(deps.browser ? `BROWSER=${visible(JSON.stringify(deps.browser))}` : 'open'),
    },
    {
      name: d.roadmap,
      level: 'ok',
      detail: deps.roadmapFile
        ? d.customRoadmapInfo(visible(deps.roadmapFile, 300), deps.roadmap.id, allTasks(deps.roadmap).length, deps.roadmap.weeks.length)
        : d.roadmapInfo(deps.roadmap.id, deps.roadmap.formatVersion, allTasks(deps.roadmap).length, deps.roadmap.weeks.length),
    },
  ];
  checks.push(cacheCheck(cache, compiledIn !== undefined, deps));
  if (health.backups.length > 0) checks.push({ name: d.backups, level: 'ok', detail: d.backupCount(health.backups.length) });
  const ok = checks.every((c) => c.level !== 'fail');

  if (options.json) {
    printJson(deps, {
      ok,
      node: process.version,
      store: health,
      lock: lockJson(lock),
      browser: noBrowser ? { available: false, reason: noBrowser.opened ? null : noBrowser.reason } : { available: true },
      roadmap: { id: deps.roadmap.id, formatVersion: deps.roadmap.formatVersion, file: deps.roadmapFile ?? null },
      cache: { ...cache, compiledCode: compiledIn ?? null },
    });
  } else {
    const { style } = deps;
    const width = maxOf(checks, (c) => displayWidth(c.name));
    const mark = { ok: style.green('✔'), warn: style.yellow('!'), fail: style.red('✘') };
    for (const c of checks) deps.stdout.write(`${mark[c.level]} ${padEnd(c.name, width)}  ${c.detail}\n`);
    if (health.status === 'invalid-json' || health.status === 'wrong-shape') deps.stdout.write(`  ${d.repairHint}\n`);
    if (health.backups.length > 0) for (const b of health.backups) deps.stdout.write(`  ${style.gray(path.join(path.dirname(file), b))}\n`);
  }
  if (!ok)
    throw new StoreError(
      health.say ?? ((m) => m.doctor.problem),
      undefined,
      health.status === 'missing' || health.status === 'ok' || health.status === 'old' ? 'unreadable' : health.status,
    );
  return { ok };
}

async function repair(file: string, options: DoctorOptions, deps: Deps): Promise<{ ok: boolean }> {
  const d = deps.msg.doctor;
  const result = await repairStore(file, deps.now());
  if (options.json) printJson(deps, result);
  else if (!result.repaired) deps.stdout.write(`${d.nothingToRepair}\n`);
  else if (result.kept) deps.stdout.write(`${d.repaired(result.backup!, result.kept.tasks, result.kept.events)}\n`);
  else if (result.backup) deps.stdout.write(`${d.migrated(result.backup)}\n`);
  else deps.stdout.write(`${d.tidied}\n`);
  return { ok: true };
}

/** Checks every resource URL of the roadmap in use; exit 1 when any is dead. */
async function links(options: DoctorOptions, deps: Deps): Promise<{ ok: boolean }> {
  const { checkLinks, collectUrls, linksExitCode, seemsOffline } = await import('../links/check.ts');
  const { progressBar, renderLinkReport } = await import('../links/render.ts');
  const urls = collectUrls(deps.roadmap);
  const showProgress = deps.stdoutIsTTY && !options.json;
  const results = await checkLinks(
    urls.map((u) => u.url),
    {
      concurrency: 8,
      timeoutMs: 10_000,
      totalMs: 60_000,
      onProgress: showProgress ? (done, total) => deps.stderr.write(`\r${progressBar(done, total, 30)}`) : undefined,
    },
  );
  if (showProgress) deps.stderr.write('\r\u001b[2K');
  // Nothing answered for want of a network: say so, rather than calling every link dead.
  if (seemsOffline(results)) {
    if (options.json) printJson(deps, { offline: true, results: results.map((r) => ({ ...r, usedBy: urls.find((u) => u.url === r.url)?.where ?? [] })) });
    throw new RoadmapError(deps.msg.links.offline(results.length));
  }
  if (options.json) printJson(deps, { results: results.map((r) => ({ ...r, usedBy: urls.find((u) => u.url === r.url)?.where ?? [] })) });
  else deps.stdout.write(renderLinkReport(results, new Map(urls.map((u) => [u.url, u.where])), viewContext(deps), deps.msg.links.report));
  if (linksExitCode(results) !== 0) throw new RoadmapError(deps.msg.links.dead(results.filter((r) => r.status === 'dead').length));
  return { ok: true };
}

export const doctorSpec = defineCommand({
  name: 'doctor',
  help: 'doctor',
  options: [{ flags: '--links', help: 'links' }, { flags: '--repair', help: 'repair' }, json],
  run: (_args, options: DoctorOptions, deps) => doctorCommand(options, deps),
});
