// The roadmap model: the shape of data/roadmap.json (and of a user's own roadmap file).

export type Lang = 'zh' | 'en';

/** A text in both interface languages. */
export interface Localized {
  zh: string;
  en: string;
}

export type ResourceKind = 'video' | 'course' | 'paper' | 'code' | 'doc' | 'book' | 'exercise' | 'site';

export interface Resource {
  title: Localized;
  kind: ResourceKind;
  /** Absent when no real address is known (see shared/resources.md); never invented. */
  url?: string;
  /** The language the resource itself is in. */
  language: Lang | 'multi';
  note?: Localized;
}

export interface Task {
  /** Stable, short, typable: progress is keyed by it. */
  id: string;
  title: Localized;
  description: Localized;
  estimateMinutes: number;
  resources: Resource[];
}

export interface Week {
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
  tasks: Task[];
}

export interface Tip {
  id: string;
  text: Localized;
  /** Where in the source text the tip comes from (e.g. 结语, Q&A). */
  source: Localized;
}

export interface Roadmap {
  $schema?: string;
  formatVersion: number;
  id: string;
  title: Localized;
  source: Localized;
  weeks: Week[];
  tips: Tip[];
}
