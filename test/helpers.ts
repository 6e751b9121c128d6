// Fake dependencies for in-process command tests: captured output, a fixed clock, a fake browser.
import { Chalk } from 'chalk';
import type { Deps, Prompts } from '../src/deps.ts';
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
  confirm?: boolean | Error;
  /** Scripted answers to prompts, in order (an Error is thrown instead). */
  answers?: unknown[];
}

export interface Asked {
  kind: string;
  message: string;
  choices?: { name: string; value: unknown; checked?: boolean }[];
  validate?: (value: string) => true | string;
}

export function fakeDeps(options: FakeOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  const asked: string[] = [];
  const prompted: Asked[] = [];
  const answers = [...(options.answers ?? [])];
  const store = memoryStore({ ...emptyState(), ...options.state });
  const lang = options.lang ?? 'en';
  let clock = new Date(options.now ?? '2026-03-10T09:00:00');
  const scripted = async (kind: string, message: string, choices?: Asked['choices'], validate?: Asked['validate']): Promise<any> => {
    prompted.push({ kind, message, choices, validate });
    if (answers.length === 0) throw new Error(`unexpected ${kind} prompt: ${message}`);
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(choices) : answer;
  };
  const prompts: Prompts = {
    async confirm(message) {
      asked.push(message);
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
  const deps: Deps = {
    stdout: { write: (t) => void out.push(t) },
    stderr: { write: (t) => void err.push(t) },
    stdoutIsTTY: false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    columns: 100,
    env: {},
    platform: 'linux',
    now: () => clock,
    store,
    roadmap: options.roadmap ?? fixtureRoadmap,
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
  return {
    deps,
    store,
    opened,
    asked,
    prompted,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    setNow: (iso: string) => {
      clock = new Date(iso);
    },
  };
}
