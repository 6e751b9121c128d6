// The roadmap model: the shape of data/roadmap.json (and of a user's own roadmap file).

export type Lang = 'zh' | 'en';

/** A text in both interface languages. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * Marks what the source text does not contain, the same way on tasks, resources, week blocks and tips.
 * Starts with "补充" / "added" and may say which part is added: { zh: '补充：原文未列出', en: 'added, not in the text' }.
 */
export type Added = Localized;

export type ResourceKind = 'video' | 'course' | 'paper' | 'code' | 'doc' | 'book' | 'exercise' | 'site';

export interface Resource {
  title: Localized;
  kind: ResourceKind;
  /** Absent when no real address is known (see shared/resources.md); never invented. */
  url?: string;
  /** The language the resource itself is in. */
  language: Lang | 'multi';
  note?: Localized;
  /** Set when the source text does not name this resource. */
  added?: Added;
}

/** A setup check run by `roadmap check`: a command (argument array, never a shell) and what its output must show. */
export interface SetupCheck {
  id: string;
  title: Localized;
  /** argv: the program and its arguments. */
  command: string[];
  /** A regular expression the output (stdout + stderr) must match; its first group, if any, is a version. */
  expect?: string;
  /** Minimum version (dotted numbers) the first group must reach. */
  minVersion?: string;
  timeoutMs?: number;
  /** One line telling how to fix a failure (which command installs it). */
  hint: Localized;
  /** 1-based number of the task resource that explains it. */
  resource?: number;
}

/** A paper studied the roadmap's way, "papers and source code": read -> notes -> reproduce. */
export interface Paper {
  title: string;
  authors: string;
  year: number;
  venue?: string;
  url: string;
  /** BibTeX key, e.g. "he2016resnet". */
  key: string;
  /** Reference implementation (e.g. the matching folder of WZMIAOMIAO/deep-learning-for-image-processing). */
  code?: Resource;
  /** Explanation video. */
  video?: Resource;
}

/** An understanding check: asked by `roadmap quiz`, a review card once its task is done. */
export interface Question {
  /** Stable and unique in the roadmap ("w6-resnet-q1"): review cards are keyed by it. */
  id: string;
  question: Localized;
  answer: Localized;
  /** One line on why the answer is right. */
  explain: Localized;
}

export interface Task {
  /** Stable, short, typable: progress is keyed by it. */
  id: string;
  title: Localized;
  description: Localized;
  /** Set when the task, or part of what it says, is not in the source text. */
  added?: Added;
  estimateMinutes: number;
  resources: Resource[];
  checks?: SetupCheck[];
  /**
   * The task's whole work is installing or setting up a tool, so its passing checks finish it: only such
   * tasks are offered by `roadmap check --mark`. A learning task's checks only show that its tools are there.
   */
  setup?: boolean;
  paper?: Paper;
  /** When the task is done: a concrete outcome (the bundled roadmap's are in data/study.json). */
  doneWhen?: Localized;
  /** Understanding checks (the bundled roadmap's are in data/study.json). */
  questions?: Question[];
}

/**
 * What planning needs of a task: its id and estimate. The core's planning works on any roadmap whose tasks
 * have these (a roadmap's outline, RoadmapOutline, has nothing more); the views take whole tasks.
 */
export type TaskCore = Pick<Task, 'id' | 'estimateMinutes'>;

export interface Week<T extends TaskCore = Task> {
  /** Stable id of the week block, e.g. "w1", "w4-5", "w9+". */
  id: string;
  /** First calendar week of the block (1-based). */
  from: number;
  /** Last calendar week of the block; null for an open-ended block ("week 9 onward"). */
  to: number | null;
  title: Localized;
  goal: Localized;
  /** Set when the source text left this week empty and the content was filled in. */
  filledIn?: Localized;
  /** Set when the block, or its arrangement, is not in the source text. */
  added?: Added;
  tasks: T[];
}

export interface Tip {
  id: string;
  text: Localized;
  /** Where in the source text the tip comes from (e.g. 结语, Q&A). */
  source: Localized;
  /** Set when the advice, or part of it, is not in the source text. */
  added?: Added;
  /** The week blocks the advice is about (their ids); absent: any week. */
  weeks?: string[];
}

/** The source text's acknowledgements: its words of thanks and the channels it links to (友链). */
export interface Credits {
  thanks: Localized;
  links: Resource[];
}

export interface Roadmap<T extends TaskCore = Task> {
  $schema?: string;
  formatVersion: number;
  id: string;
  title: Localized;
  source: Localized;
  credits?: Credits;
  weeks: Week<T>[];
  tips: Tip[];
}

/**
 * A roadmap as its index gives it (src/roadmaps/compiled.ts): every week block and every task's id and
 * estimate, enough to plan; the tasks shown are read whole from their week files.
 */
export type RoadmapOutline = Roadmap<TaskCore>;
