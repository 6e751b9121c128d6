// The one place that touches process: argv, env, streams, exit code. Builds the deps, runs the command line
// through the dispatch it is given (src/main.ts: commander with every command, src/cli.ts; src/direct.ts: an
// everyday command's own, without commander), and maps every error to one message and an exit code.

import { commandWord } from './cli-args.ts';
import { displayText } from './core/escape.ts';
import fs from 'node:fs';
import path from 'node:path';
import { isTerminal, stdOutput } from './ui/output.ts';
import { supportsHyperlinks } from './ui/common.ts';
import type { DepsBuilder, DepsKind } from './commands/spec.ts';
import type { Roadmap, RoadmapOutline } from './core/types.ts';
import type { Deps, Env, OutlineDeps, Output, Prompts } from './deps.ts';
import { CancelledError, EXIT, RoadmapError, StoreError } from './errors.ts';
import { isLang, resolveLang } from './i18n/lang.ts';
import { loadMessages } from './i18n/load.ts';
import type { Messages } from './i18n/types.ts';
import { customStoreFile, fileStore, type FaultPoint, type Store } from './store/store.ts';
import { loadChosenOutline, loadChosenRoadmap } from './roadmaps/active.ts';
import { wholeSource, type OutlineSource } from './core/roadmap.ts';
import { loadWeeks, outlineOf, readIndexIn } from './roadmaps/compiled.ts';
import type { RoadmapChoice } from './core/state.ts';
import { storeDir } from './store/paths.ts';
import { browserUnavailable, makeOpenUrl, type OpenOutcome } from './ui/browser.ts';
import { cacheRoot, compileCacheDir } from './cache/folder.ts';
import { terminalPrompts } from './ui/prompts.ts';
import { styleFor } from './ui/style.ts';
import type { Lang } from './core/types.ts';

export interface RunIO {
  argv: string[];
  env: Env;
  stdout: Output & { isTTY?: boolean; columns?: number };
  stderr: Output;
  stdinIsTTY: boolean;
  platform: NodeJS.Platform;
  now?: () => Date;
  openUrl?: (url: string) => Promise<OpenOutcome>;
  prompts?: Prompts;
  store?: Store;
  roadmap?: Roadmap;
  /** Runs the command line (main.ts: commander with every command; direct.ts: one command without it). */
  dispatch: Dispatch;
}

/** What a dispatch gets: the command line, the words, the deps (built only for the command that runs). */
export interface DispatchContext {
  /** The arguments after `node roadmap`, and the whole argv as commander takes it. */
  args: string[];
  argv: string[];
  msg: Messages;
  deps: DepsBuilder;
  write: (text: string) => void;
  writeErr: (text: string) => void;
}

/**
 * Runs a command line: resolves to its exit code when it decides one itself (help, a usage mistake it has
 * said), throws what the command threw (run() says it and picks the code).
 */
export type Dispatch = (ctx: DispatchContext) => Promise<number>;

/** --lang as written anywhere on the command line (commander checks it again). */
function langFlag(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** --version, --help (anywhere before --) and `roadmap help`: runs that never read the store. */
function readsNoStore(args: string[]): boolean {
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === '--version' || arg === '-V' || arg === '--help' || arg === '-h') return true;
  }
  return firstWord(args) === 'help';
}

const firstWord = commandWord;

/** The width of output that goes to no terminal: COLUMNS when it is a sensible width, else no limit. */
export function pipeColumns(text: string | undefined): number {
  const n = text !== undefined && /^\d{2,4}$/.test(text.trim()) ? Number(text) : NaN;
  return n >= 20 && n <= 1000 ? n : Number.POSITIVE_INFINITY;
}

export function colorLevel(env: Env, argv: string[], isTTY: boolean): 0 | 1 | 2 | 3 {
  if (argv.includes('--no-color') || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}

/**
 * Fault tests stop the process at a named point of a write (ROADMAP_TEST_FAULT=after-read,
 * after-append, after-notes or before-rename; once a run), so that a paused or killed writer is tested at that exact point, not by timing.
 */
function faultHook(env: Env): ((point: FaultPoint) => void) | undefined {
  const wanted = env.ROADMAP_TEST_FAULT;
  if (wanted !== 'after-read' && wanted !== 'after-append' && wanted !== 'after-notes' && wanted !== 'before-rename') return undefined;
  let fired = false;
  return (point) => {
    if (point !== wanted || fired) return;
    fired = true;
    process.kill(process.pid, 'SIGSTOP');
  };
}

export async function run(io: RunIO): Promise<number> {
  const args = io.argv.slice(2);
  const write = (text: string) => io.stdout.write(text);
  const writeErr = (text: string) => io.stderr.write(text);
  const debug = args.includes('--debug') || /(^|,)\s*roadmap\b/.test(io.env.DEBUG ?? '');
  const now = io.now ?? (() => new Date());
  const dir = storeDir(io.env);
  // The bundled roadmap's store holds the global settings (language, which roadmap is in use);
  // a custom roadmap's progress lives in a store of its own, and its compiled form beside it.
  const fault = faultHook(io.env);
  const mainStore = io.store ?? fileStore(dir, now, undefined, fault);
  // --version and --help answer without reading the store: a damaged store must not break them.
  const readsNothing = readsNoStore(args);
  let choice: RoadmapChoice | undefined;
  let savedLang: Lang | undefined;
  try {
    const settings = readsNothing ? {} : mainStore.snapshot().settings;
    choice = io.roadmap ? undefined : settings.roadmap;
    savedLang = settings.lang;
  } catch {
    // A damaged store is reported by the command that reads it.
  }
  const activeStore = choice ? fileStore(dir, now, customStoreFile(choice.id), fault) : mainStore;
  try {
    if (choice) savedLang = activeStore.snapshot().settings.lang ?? savedLang;
  } catch {
    // As above.
  }

  const flag = langFlag(args);
  const lang = resolveLang(flag !== undefined && isLang(flag) ? flag : undefined, savedLang, io.env);
  const msg = await loadMessages(lang);
  if (flag !== undefined && !isLang(flag)) {
    writeErr(`roadmap: ${msg.badLang(flag)}\n`);
    return EXIT.usage;
  }

  const level = colorLevel(io.env, args, io.stdout.isTTY ?? false);
  const style = await styleFor(level);
  const base = <R extends RoadmapOutline>(store: Store, roadmap: R): Deps<R> => ({
    stdout: io.stdout,
    stderr: io.stderr,
    stdoutIsTTY: io.stdout.isTTY ?? false,
    stdinIsTTY: io.stdinIsTTY,
    // Not a terminal (a pipe, a file): lines are as long as their text, nothing wrapped or cut, unless
    // COLUMNS asks for a width (as for ls; the README's screenshots are made so).
    columns: io.stdout.isTTY ? io.stdout.columns || 80 : pipeColumns(io.env.COLUMNS),
    toolEnv: io.env,
    platform: io.platform,
    now,
    store,
    home: dir,
    roadmap,
    lang,
    msg,
    style,
    hyperlinks: supportsHyperlinks(io.env, io.stdout.isTTY ?? false),
    openUrl: io.openUrl ?? makeOpenUrl(io.env, io.platform),
    browser: io.env.BROWSER || undefined,
    noBrowser: browserUnavailable(io.env, io.platform),
    cacheDir: cacheRoot(io.env),
    compileCacheDir: compileCacheDir(io.env),
    prompts: io.prompts ?? terminalPrompts(io.stdinIsTTY, { keys: msg.prompts.keys, color: level > 0 }),
  });
  // The bundled roadmap is read from its file when a command needs it (JSON.parse beats a JS literal).
  const bundledRoadmap = (): Roadmap =>
    io.roadmap ?? (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'data', 'roadmap.json'), 'utf8')) as Roadmap);
  // Its outline from the compiled copy the build makes (dist/roadmap/, scripts/build.mjs), read as a custom
  // roadmap's is; from the data file itself when there is none (run from source, as the tests do).
  const bundledOutline = (): OutlineSource => {
    const compiled = io.roadmap ? undefined : path.join(import.meta.dirname, 'roadmap');
    const index = compiled === undefined ? undefined : readIndexIn(compiled);
    if (compiled === undefined || index === undefined) return wholeSource(bundledRoadmap());
    return { outline: outlineOf(index), weeks: async (indexes) => loadWeeks(compiled, index, indexes) ?? wholeSource(bundledRoadmap()).weeks(indexes) };
  };
  const outlineDeps = (store: Store, source: OutlineSource): OutlineDeps => ({ ...base(store, source.outline), weeks: source.weeks });
  const getDeps = async (kind: DepsKind = 'active'): Promise<Deps | OutlineDeps> => {
    if (kind === 'outline' && !choice) return outlineDeps(mainStore, bundledOutline());
    if (kind === 'outline' && choice) return { ...outlineDeps(activeStore, await loadChosenOutline(choice, msg, dir)), roadmapFile: choice.file };
    if (kind === 'bundled' || !choice) return base(mainStore, bundledRoadmap());
    const roadmap = await loadChosenRoadmap(choice, msg, dir);
    return { ...base(activeStore, roadmap), roadmapFile: choice.file };
  };

  try {
    return await io.dispatch({ args, argv: io.argv, msg, deps: getDeps, write, writeErr });
  } catch (error) {
    // Ctrl-C at a prompt: nothing was written, and nothing alarming is printed.
    if (error instanceof CancelledError) return EXIT.cancelled;
    if (error instanceof RoadmapError) {
      // Messages may name files and quote what came from them: shown, never obeyed.
      writeErr(`roadmap: ${displayText(error.text(msg))}\n`);
      const hint = error instanceof StoreError ? error.hintIn(msg) : undefined;
      if (hint) writeErr(`roadmap: ${displayText(hint)}\n`);
      if (debug && error.stack) writeErr(`${error.stack}\n`);
      return error.exitCode;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    writeErr(`roadmap: ${msg.sentences(displayText(msg.unexpected(err.message)), msg.reportAt)}\n`);
    if (debug && err.stack) writeErr(`${err.stack}\n`);
    return EXIT.failure;
  }
}

/** Runs roadmap on this process, the command line through this dispatch. */
export async function runProcess(dispatch: Dispatch): Promise<void> {
  process.exitCode = await run({
    dispatch,
    argv: process.argv,
    env: process.env,
    stdout: stdOutput(1, () => process.stdout),
    stderr: stdOutput(2, () => process.stderr),
    stdinIsTTY: isTerminal(0),
    platform: process.platform,
  });
}
