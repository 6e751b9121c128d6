// Everything a command needs from the outside world, in one object: main builds the real one,
// tests pass fakes.

import { wholeSource, type OutlineSource } from './core/roadmap.ts';
import type { Lang, Roadmap, RoadmapOutline } from './core/types.ts';
import type { Store } from './store/store.ts';
import type { OpenOutcome } from './ui/browser.ts';
import type { Style } from './ui/style.ts';
import type { Messages } from './i18n/index.ts';

export interface Output {
  write(text: string): void;
}

export type Env = Record<string, string | undefined>;

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
  /** More words a search matches besides the name and description (titles in the other language, the task id). */
  keywords?: string;
}

/** Questions asked in the terminal. Each throws CancelledError on Ctrl-C, and UsageError without a terminal. */
export interface Prompts {
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  /** Several choices: space ticks, enter records. */
  checkbox<T>(message: string, choices: Choice<T>[], options?: { validate?: (values: T[]) => true | string }): Promise<T[]>;
  input(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  /** Opens $VISUAL/$EDITOR on a temporary file and returns what was written. */
  editor(message: string): Promise<string>;
  /** A select that narrows its choices as the user types. */
  search<T>(message: string, choices: Choice<T>[]): Promise<T>;
}

/** `R`: the roadmap as the command gets it, whole (the default) or as its outline (OutlineDeps). */
export interface Deps<R extends RoadmapOutline = Roadmap> {
  stdout: Output;
  stderr: Output;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Width of the terminal, or a default when stdout is not one. */
  columns: number;
  /** Variables the programs `check` runs see over the process's own (their PATH finds the learner's tools). */
  toolEnv: Env;
  platform: NodeJS.Platform;
  now: () => Date;
  store: Store;
  /** The store folder (ROADMAP_HOME, or the per-user config folder): where custom roadmaps are compiled to. */
  home: string;
  roadmap: R;
  /** The file of the roadmap in use; absent for the bundled one. */
  roadmapFile?: string;
  lang: Lang;
  msg: Messages;
  style: Style;
  /** OSC 8 links are shown by this terminal. */
  hyperlinks: boolean;
  /**
   * Opens an http(s) URL in the browser; with 'page', the file: URL of the progress page roadmap wrote
   * (report --format html), the only file: URL ever opened.
   */
  openUrl: (url: string, kind?: 'page') => Promise<OpenOutcome>;
  /** $BROWSER, when set: what openUrl starts instead of the system's browser. */
  browser?: string;
  /** Why no browser can start here (over SSH, without a display); absent when one can. */
  noBrowser?: OpenOutcome;
  /** The cache folder, and the compiled-code cache (absent when turned off): `doctor` reports on them. */
  cacheDir: string;
  compileCacheDir?: string;
  prompts: Prompts;
}

/**
 * What `today` runs with: the roadmap's outline (every task's id and estimate, to plan with) and its week
 * blocks whole on demand, read from the compiled roadmap (src/roadmaps/compiled.ts): a run reads the index
 * and the weeks it shows, not every week file.
 */
export interface OutlineDeps extends Deps<RoadmapOutline> {
  /** The week blocks at these indexes (0-based), whole. */
  weeks: OutlineSource['weeks'];
}

/** The outline deps of deps that hold the whole roadmap (its weeks are at hand). */
export function wholeWeeks(deps: Deps): OutlineDeps {
  return { ...deps, weeks: wholeSource(deps.roadmap).weeks };
}
