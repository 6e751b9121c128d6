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
}

export function fakeDeps(options: FakeOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  const asked: string[] = [];
  const store = memoryStore({ ...emptyState(), ...options.state });
  const lang = options.lang ?? 'en';
  let clock = new Date(options.now ?? '2026-03-10T09:00:00');
  const prompts: Prompts = {
    async confirm(message) {
      asked.push(message);
      if (options.confirm instanceof Error) throw options.confirm;
      return options.confirm ?? false;
    },
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
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    setNow: (iso: string) => {
      clock = new Date(iso);
    },
  };
}
