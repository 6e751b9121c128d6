// Fake dependencies for in-process command tests: captured output, a fixed clock, a fake browser, scripted prompts.
// A scripted answer that no prompt asked for fails the test when it ends (an afterEach registered here): the
// command took another path than the test meant, or the answer was never needed.
import os from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import { afterEach } from 'vitest';
import type { Deps, OutlineDeps, Prompts } from '../src/deps.ts';
import { weeksAt } from '../src/core/roadmap.ts';
import type { Lang, Roadmap } from '../src/core/types.ts';
import { emptyState, type ProgressState } from '../src/core/state.ts';
import { memoryStore } from '../src/store/store.ts';
import { messages } from '../src/i18n/index.ts';
import type { OpenOutcome } from '../src/ui/browser.ts';
import { fixtureRoadmap } from './fixtures/roadmap.ts';

export interface FakeOptions {
  roadmap?: Roadmap;
  state?: Partial<ProgressState>;
  now?: string;
  lang?: Lang;
  stdinIsTTY?: boolean;
  browser?: OpenOutcome;
  /** The answer to every confirm (an Error is thrown instead); at least one confirm must be asked. */
  confirm?: boolean | Error;
  /** Scripted answers to prompts, in order (an Error is thrown instead); each must be asked for. */
  answers?: unknown[];
}

/** The fakes made in the running test; each is checked, then forgotten, when the test ends. */
const unchecked = new Set<{ assertAllAnswersUsed: () => void }>();

afterEach(() => {
  const fakes = [...unchecked];
  unchecked.clear();
  for (const fake of fakes) fake.assertAllAnswersUsed();
});

const show = (value: unknown) => (value instanceof Error ? `Error(${value.message})` : typeof value === 'function' ? 'a function' : JSON.stringify(value));

export interface Asked {
  kind: string;
  message: string;
  choices?: { name: string; value: unknown; checked?: boolean }[];
  validate?: (value: string) => true | string;
}

let homes = 0;

export function fakeDeps(options: FakeOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  const asked: string[] = [];
  const prompted: Asked[] = [];
  /** Every prompt shown, in order, for the message of a test that left answers unused. */
  const shown: string[] = [];
  const answers = [...(options.answers ?? [])];
  const store = memoryStore({ ...emptyState(), ...options.state });
  const lang = options.lang ?? 'en';
  let clock = new Date(options.now ?? '2026-03-10T09:00:00');
  const scripted = async (kind: string, message: string, choices?: Asked['choices'], validate?: Asked['validate']): Promise<any> => {
    prompted.push({ kind, message, choices, validate });
    if (kind !== 'confirm') shown.push(`${kind} "${message}"`);
    if (answers.length === 0) throw new Error(`unexpected ${kind} prompt: ${message}`);
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(choices) : answer;
  };
  const prompts: Prompts = {
    async confirm(message) {
      asked.push(message);
      shown.push(`confirm "${message}"`);
      if (options.confirm instanceof Error) throw options.confirm;
      if (options.confirm !== undefined) return options.confirm;
      return scripted('confirm', message);
    },
    select: (message, choices) => scripted('select', message, choices),
    checkbox: (message, choices) => scripted('checkbox', message, choices),
    input: (message, options) => scripted('input', message, undefined, options?.validate),
    editor: (message) => scripted('editor', message),
    search: (message, choices) => scripted('search', message, choices),
  };
  /** The week blocks a command asked for (OutlineDeps.weeks), a call each. */
  const weeksRead: number[][] = [];
  const roadmap = options.roadmap ?? fixtureRoadmap;
  // Both kinds of deps at once: the whole roadmap, and its weeks on demand as `today` gets them.
  const deps: Deps & OutlineDeps = {
    stdout: { write: (t) => void out.push(t) },
    stderr: { write: (t) => void err.push(t) },
    stdoutIsTTY: false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    columns: 100,
    toolEnv: {},
    cacheDir: '/nonexistent/roadmap-cache',
    platform: 'linux',
    now: () => clock,
    store,
    // A folder of its own for what a command keeps beside the store (compiled roadmaps): made on first use.
    home: path.join(os.tmpdir(), `roadmap-fake-home-${process.pid}-${++homes}`),
    roadmap,
    weeks: async (indexes) => (weeksRead.push([...indexes]), weeksAt(roadmap, indexes)),
    lang,
    msg: messages(lang),
    style: new Chalk({ level: 0 }),
    hyperlinks: false,
    openUrl: async (url) => {
      opened.push(url);
      return options.browser ?? { opened: true };
    },
    prompts,
  };
  /** Throws when a scripted answer was left over; called after each test, and by a test that wants to know sooner. */
  const assertAllAnswersUsed = () => {
    const problems: string[] = [];
    if (answers.length > 0)
      problems.push(`${answers.length} scripted answer${answers.length === 1 ? '' : 's'} never asked for: ${answers.map(show).join(', ')}`);
    if (options.confirm !== undefined && asked.length === 0) problems.push(`confirm: ${show(options.confirm)} given, but nothing asked for confirmation`);
    if (problems.length === 0) return;
    throw new Error(`fakeDeps: ${problems.join('; ')} (${shown.length === 0 ? 'no prompt was shown' : `prompts shown: ${shown.join('; ')}`}).`);
  };
  const fake = {
    deps,
    weeksRead,
    store,
    opened,
    asked,
    prompted,
    assertAllAnswersUsed,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    /** Forgets what was written so far (to look at the next command's output alone). */
    clearOutput: () => {
      out.length = 0;
      err.length = 0;
    },
    setNow: (iso: string) => {
      clock = new Date(iso);
    },
  };
  unchecked.add(fake);
  return fake;
}
