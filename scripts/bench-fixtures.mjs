// @ts-check
// Pure helpers for scripts/bench.mjs: statistics, and the generated data the benchmark runs against
// (a realistic store, a 3-year store with 500 notes, a 2,000-task roadmap). No dependencies, no I/O,
// deterministic for a given seed and day, so test/scripts/bench.test.ts can check the shapes.

/**
 * @typedef {{ status: 'in-progress' | 'done' | 'skipped', startedAt?: string, doneAt?: string, skippedAt?: string, updatedAt: string }} TaskProgress
 * @typedef {{ id: string, taskId: string, date: string, at: string, text: string }} Note
 * @typedef {{ seq: number, at: string, date: string, type: string, changes: { id: string, before: TaskProgress | null, after: TaskProgress | null }[], note?: { before: Note | null, after: Note | null }, resource?: string }} StoreEvent
 * @typedef {{ schemaVersion: number, startDate: string | null, settings: Record<string, unknown>, progress: Record<string, TaskProgress>, events: StoreEvent[], notes?: Note[] }} ProgressState
 * @typedef {{ date: string, type: 'start' | 'done' | 'skip' | 'note' | 'open', id: string, text?: string }} Action
 */

/** The median of a list of numbers (the mean of the middle two for an even count); NaN when empty. */
export function median(/** @type {readonly number[]} */ values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? /** @type {number} */ (sorted[mid]) : /** @type {number} */ (sorted[mid - 1] + /** @type {number} */ (sorted[mid])) / 2;
}

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function seededRandom(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The local calendar day of an instant, "YYYY-MM-DD" (as src/core/dates.ts computes it). */
export function localDate(/** @type {Date} */ instant) {
  const pad = (/** @type {number} */ n, /** @type {number} */ w = 2) => String(n).padStart(w, '0');
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** A local date moved by whole days (through UTC day numbers, so DST never shifts it). */
export function addDays(/** @type {string} */ date, /** @type {number} */ days) {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(/** @type {number} */ (y), /** @type {number} */ (m) - 1, d) + days * 86_400_000);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** The ISO instant of a local time of day on a local date. */
function instantOn(/** @type {string} */ date, /** @type {number} */ minuteOfDay) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(/** @type {number} */ (y), /** @type {number} */ (m) - 1, d, Math.floor(minuteOfDay / 60), minuteOfDay % 60).toISOString();
}

/** Mirrors nextProgress in src/core/state.ts. */
function nextProgress(/** @type {'start' | 'done' | 'skip'} */ type, /** @type {TaskProgress | null} */ before, /** @type {string} */ at) {
  if (type === 'start') return { ...before, status: /** @type {const} */ ('in-progress'), startedAt: before?.startedAt ?? at, updatedAt: at };
  if (type === 'done') return { ...before, status: /** @type {const} */ ('done'), doneAt: at, updatedAt: at };
  return { ...before, status: /** @type {const} */ ('skipped'), skippedAt: at, updatedAt: at };
}

/** Builds a schemaVersion 2 store by recording actions in order, the way the CLI would. */
export function buildStore(/** @type {string} */ startDate, /** @type {readonly Action[]} */ actions) {
  /** @type {ProgressState} */
  const state = { schemaVersion: 2, startDate, settings: {}, progress: {}, events: [], notes: [] };
  const notes = /** @type {Note[]} */ (state.notes);
  /** @type {Map<string, number>} */
  const perDay = new Map();
  for (const action of actions) {
    const n = perDay.get(action.date) ?? 0;
    perDay.set(action.date, n + 1);
    const at = instantOn(action.date, 19 * 60 + 7 * n); // evenings, minutes apart
    const seq = state.events.length + 1;
    if (action.type === 'note') {
      const note = { id: `n${notes.length + 1}`, taskId: action.id, date: action.date, at, text: action.text ?? 'note' };
      notes.push(note);
      state.events.push({ seq, at, date: action.date, type: 'note', changes: [], note: { before: null, after: note } });
    } else if (action.type === 'open') {
      state.events.push({ seq, at, date: action.date, type: 'open', changes: [], resource: `${action.id}:1` });
    } else {
      const before = state.progress[action.id] ?? null;
      const after = nextProgress(action.type, before, at);
      state.progress[action.id] = after;
      state.events.push({ seq, at, date: action.date, type: action.type, changes: [{ id: action.id, before, after }] });
    }
  }
  return state;
}

/** Task ids of a roadmap, in study order. */
export function taskIds(/** @type {{ weeks: { tasks: { id: string }[] }[] }} */ roadmap) {
  return roadmap.weeks.flatMap((w) => w.tasks.map((t) => t.id));
}

/**
 * A learner ~3 weeks in: week 1 and most of week 2 done, a skip, a task in progress, two notes, some opens.
 * `ids` are the bundled roadmap's task ids in order (at least 10).
 */
export function realisticStore(/** @type {readonly string[]} */ ids, /** @type {string} */ today) {
  const start = addDays(today, -21);
  const day = (/** @type {number} */ n) => addDays(start, n);
  const id = (/** @type {number} */ i) => /** @type {string} */ (ids[i]);
  /** @type {Action[]} */
  const actions = [
    { date: day(0), type: 'open', id: id(0) },
    { date: day(0), type: 'start', id: id(0) },
    { date: day(1), type: 'done', id: id(0) },
    { date: day(2), type: 'start', id: id(1) },
    { date: day(3), type: 'note', id: id(1), text: 'Classes: __init__, self, inheritance. Try dataclasses next.' },
    { date: day(4), type: 'done', id: id(1) },
    { date: day(5), type: 'done', id: id(2) },
    { date: day(7), type: 'start', id: id(3) },
    { date: day(8), type: 'done', id: id(3) },
    { date: day(9), type: 'open', id: id(4) },
    { date: day(9), type: 'done', id: id(4) },
    { date: day(10), type: 'done', id: id(5) },
    { date: day(12), type: 'start', id: id(6) },
    { date: day(13), type: 'done', id: id(6) },
    { date: day(14), type: 'skip', id: id(7) },
    { date: day(15), type: 'done', id: id(8) },
    { date: day(16), type: 'open', id: id(9) },
    { date: day(17), type: 'note', id: id(9), text: 'Linear vs logistic regression: one predicts a value, the other a probability.' },
    { date: day(19), type: 'start', id: id(9) },
  ];
  return buildStore(start, actions);
}

const NOTE_WORDS =
  'gradient loss batch epoch tensor kernel stride padding dropout optimizer learning rate overfitting validation anchor mask backbone feature pyramid attention residual'.split(
    ' ',
  );

/**
 * Three years of daily study on a long roadmap: every day of `days` (ending yesterday) has 1-3 events
 * (times `perDay`: 45 makes about 100,000 events)
 * (done / start / skip / note / open), `notes` of them notes. Progress walks through `ids` in order.
 */
export function scaleStore(/** @type {readonly string[]} */ ids, /** @type {string} */ today, { days = 1100, notes = 500, seed = 42, perDay = 1 } = {}) {
  const random = seededRandom(seed);
  const start = addDays(today, -days);
  /** @type {string[]} */
  const slots = [];
  for (let d = 0; d < days; d++) {
    const count = perDay * (1 + Math.floor(random() * 3));
    for (let k = 0; k < count; k++) slots.push(addDays(start, d));
  }
  if (slots.length < notes) throw new Error(`only ${slots.length} events for ${notes} notes`);
  // Spread the notes evenly over the events: event i is a note when floor(i * notes / total) steps.
  const isNote = slots.map((_, i) => Math.floor(((i + 1) * notes) / slots.length) > Math.floor((i * notes) / slots.length));
  let next = 0; // the next task to start
  /** @type {string | null} */
  let current = null; // the task in progress
  /** @type {Action[]} */
  const actions = slots.map((date, i) => {
    const topic = /** @type {string} */ (ids[Math.min(next, ids.length - 1)]);
    if (isNote[i]) {
      const words = Array.from({ length: 6 + Math.floor(random() * 20) }, () => NOTE_WORDS[Math.floor(random() * NOTE_WORDS.length)]);
      return { date, type: 'note', id: current ?? topic, text: `Day ${i}: ${words.join(' ')}.` };
    }
    const r = random();
    if (r < 0.15 || next >= ids.length) return { date, type: 'open', id: current ?? topic };
    if (current) {
      const id = current;
      current = null;
      return { date, type: 'done', id };
    }
    next++;
    if (r < 0.25) return { date, type: 'skip', id: topic };
    if (r < 0.7) {
      current = topic;
      return { date, type: 'start', id: topic };
    }
    return { date, type: 'done', id: topic };
  });
  return buildStore(start, actions);
}

/**
 * A roadmap in data/roadmap.schema.json's format: `weeks` one-week blocks of `perWeek` tasks, each with
 * two resources at https://example.org/t/N, the first task of each week with a paper; and ten tips.
 */
export function makeRoadmap({ weeks = 40, perWeek = 50 } = {}) {
  const kinds = /** @type {const} */ (['video', 'course', 'paper', 'code', 'doc', 'book', 'exercise', 'site']);
  let n = 0;
  const blocks = Array.from({ length: weeks }, (_, w) => ({
    id: `w${w + 1}`,
    from: w + 1,
    to: w + 1,
    title: { zh: `第 ${w + 1} 周：主题 ${w + 1}`, en: `Week ${w + 1}: topic ${w + 1}` },
    goal: { zh: `完成第 ${w + 1} 周的 ${perWeek} 个任务。`, en: `Finish the ${perWeek} tasks of week ${w + 1}.` },
    tasks: Array.from({ length: perWeek }, (_, t) => {
      n++;
      const task = {
        id: `w${w + 1}-task-${t + 1}`,
        title: { zh: `任务 ${n}：阅读与练习`, en: `Task ${n}: read and practise` },
        description: {
          zh: `学习第 ${n} 个主题，做笔记，然后完成练习。`,
          en: `Study topic ${n}, take notes, then do the exercise and check your answers against the reference.`,
        },
        estimateMinutes: 30 + ((n * 7) % 8) * 15,
        resources: [0, 1].map((i) => ({
          title: { zh: `资源 ${n}-${i + 1}`, en: `Resource ${n}-${i + 1}` },
          kind: kinds[(n + i) % kinds.length],
          url: `https://example.org/t/${2 * n + i}`,
          language: i === 0 ? 'en' : 'zh',
        })),
      };
      if (t !== 0) return task;
      const paper = {
        title: `A Paper on Topic ${n}`,
        authors: 'A. Author, B. Author',
        year: 2015 + (w % 10),
        venue: 'CVPR',
        url: `https://example.org/p/${n}`,
        key: `author${2015 + (w % 10)}topic${n}`,
      };
      return { ...task, paper };
    }),
  }));
  const tips = Array.from({ length: 10 }, (_, i) => ({
    id: `tip-${i + 1}`,
    text: { zh: `建议 ${i + 1}：每天坚持学习。`, en: `Tip ${i + 1}: study a little every day.` },
    source: { zh: '结语', en: 'Closing words' },
  }));
  return {
    formatVersion: 1,
    id: `bench-${weeks * perWeek}`,
    title: { zh: `基准测试路线（${weeks * perWeek} 个任务）`, en: `Benchmark roadmap (${weeks * perWeek} tasks)` },
    source: { zh: '由 scripts/bench-fixtures.mjs 生成。', en: 'Generated by scripts/bench-fixtures.mjs.' },
    weeks: blocks,
    tips,
  };
}

/** The peak resident set in KB from a `/usr/bin/time -f %M -o FILE` output file; NaN when absent. */
export function parseMaxRssKb(/** @type {string} */ text) {
  const lines = text.trim().split('\n');
  const value = Number(lines.at(-1)?.trim()); // a failed command adds "Command exited with non-zero status N" above
  return Number.isFinite(value) && value > 0 ? value : NaN;
}

/** "PASS" when the ratio is within the target, else "OVER"; "n/a" without a number. */
export function verdict(/** @type {number} */ ratio, /** @type {number} */ target) {
  if (!Number.isFinite(ratio)) return 'n/a';
  return ratio <= target ? 'PASS' : 'OVER';
}
