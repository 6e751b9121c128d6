// Golden output of each view (today, list, show, stats, plan, report) in en and zh: a change of layout or
// wording shows up as a diff of the files in test/golden/, reviewed like code.
//
// The views run in process with fake deps (test/helpers.ts): the fixture roadmap, a fixed clock, 100 columns,
// no colour, no hyperlinks. The history behind them is made through the commands themselves.
//
// After an intended change, rewrite the files and review the diff:
//   UPDATE_GOLDEN=1 npx vitest run test/golden
//   git diff test/golden
//
// Comparison is byte for byte. A difference fails with the lines that differ, quoted so that spaces and
// tabs are visible.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.ts';
import { listCommand, showCommand } from '../../src/commands/list.ts';
import { markCommand } from '../../src/commands/mark.ts';
import { noteCommand, notesCommand } from '../../src/commands/notes.ts';
import { planCommand } from '../../src/commands/plan.ts';
import { reportCommand } from '../../src/commands/report.ts';
import { statsCommand } from '../../src/commands/stats.ts';
import { todayCommand } from '../../src/commands/today.ts';
import { fakeDeps } from '../helpers.ts';

const DIR = import.meta.dirname;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * Study on a plan of 5 days a week from Monday 2 March 2026, seen on Tuesday 10 March (week 2, day 2): week 1
 * done (a start back-dated), a note, in week 2 a task in progress and one skipped.
 */
async function studied(lang: Lang) {
  const f = fakeDeps({ lang, now: '2026-03-02T08:00:00' });
  await planCommand({ start: '2026-03-02', daysPerWeek: '5', minutes: 'auto' }, f.deps);
  f.setNow('2026-03-03T19:30:00');
  await markCommand('done', ['w1-basics'], {}, f.deps);
  await noteCommand('w1-basics', ['Slices copy a list; a dict keeps insertion order.'], {}, f.deps);
  f.setNow('2026-03-06T21:00:00');
  await markCommand('start', ['w1-exercise'], { date: '2026-03-04' }, f.deps);
  await markCommand('done', ['w1-exercise'], {}, f.deps);
  f.setNow('2026-03-09T18:00:00');
  await markCommand('start', ['w2-conda'], {}, f.deps);
  await markCommand('skip', ['w2-jupyter'], {}, f.deps);
  f.setNow('2026-03-10T09:00:00');
  /** What `run` printed, without what the history printed before it. */
  const view = async (run: () => unknown) => {
    const before = f.stdout().length;
    await run();
    return f.stdout().slice(before);
  };
  return { f, view };
}

/** A note of English, Chinese and an address, long enough to wrap at 120 columns. */
const LONG_NOTE =
  'Environments keep each project apart: conda create -n dl python=3.11, then conda activate dl. See https://docs.conda.io/projects/conda/en/latest/user-guide/getting-started.html 环境让每个项目互不干扰，先建环境再装 PyTorch，装好后用 python -c "import torch" 检查。';

const views: Record<string, (s: Awaited<ReturnType<typeof studied>>) => Promise<string>> = {
  today: ({ f, view }) => view(() => todayCommand({}, f.deps)),
  // The day's screen at a narrow and a wide terminal, and with the rest of the week listed.
  'today-60': ({ f, view }) => view(() => todayCommand({}, { ...f.deps, columns: 60 })),
  'today-120': ({ f, view }) => view(() => todayCommand({ all: true }, { ...f.deps, columns: 120 })),
  list: ({ f, view }) => view(() => listCommand({}, f.deps)),
  show: ({ f, view }) => view(() => showCommand('w1-basics', {}, f.deps)),
  stats: ({ f, view }) => view(() => statsCommand({}, f.deps)),
  // Prose wrapped to a narrow and a wide terminal; an address that does not fit goes on a line of its own.
  'list-60': ({ f, view }) => view(() => listCommand({}, { ...f.deps, columns: 60 })),
  'list-120': ({ f, view }) => view(() => listCommand({}, { ...f.deps, columns: 120 })),
  'show-60': ({ f, view }) => view(() => showCommand('w2-conda', {}, { ...f.deps, columns: 60 })),
  'show-120': ({ f, view }) => view(() => showCommand('w2-conda', {}, { ...f.deps, columns: 120 })),
  'stats-60': ({ f, view }) => view(() => statsCommand({}, { ...f.deps, columns: 60 })),
  'stats-120': ({ f, view }) => view(() => statsCommand({}, { ...f.deps, columns: 120 })),
  'notes-60': async ({ f, view }) => {
    await noteCommand('w2-conda', [LONG_NOTE], {}, f.deps);
    return view(() => notesCommand({}, { ...f.deps, columns: 60 }));
  },
  'notes-120': async ({ f, view }) => {
    await noteCommand('w2-conda', [LONG_NOTE], {}, f.deps);
    return view(() => notesCommand({}, { ...f.deps, columns: 120 }));
  },
  plan: ({ f, view }) => view(() => planCommand({}, f.deps)),
  report: ({ f, view }) => view(() => reportCommand({}, f.deps)),
};

/** The lines that differ, with a line of context around each change, every line quoted. */
function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence, then a walk through it: views are a few dozen lines.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const rows: { mark: ' ' | '-' | '+'; line: number; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) rows.push({ mark: ' ', line: ++i, text: b[j++]! });
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) rows.push({ mark: '-', line: ++i, text: a[i - 1]! });
    else rows.push({ mark: '+', line: ++j, text: b[j - 1]! });
  }
  const near = (k: number) => rows.slice(Math.max(0, k - 1), k + 2).some((r) => r.mark !== ' ');
  return rows
    .filter((_, k) => near(k))
    .map((r) => `${r.mark} ${String(r.line).padStart(3)} ${JSON.stringify(r.text)}`)
    .join('\n');
}

function matchGolden(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (UPDATE) {
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`No golden file test/golden/${name}: run UPDATE_GOLDEN=1 npx vitest run test/golden and review it.`);
  const expected = fs.readFileSync(file, 'utf8');
  if (actual === expected) return;
  const diff = lineDiff(expected, actual);
  expect.fail(
    `test/golden/${name} differs (- golden, + now; line numbers of each side):\n${diff || '(only the end of the file differs)'}\n` +
      'If the change is intended: UPDATE_GOLDEN=1 npx vitest run test/golden, then review git diff test/golden.',
  );
}

describe.each(['en', 'zh'] as const)('golden views in %s', (lang) => {
  it.each(Object.keys(views))('%s', async (name) => {
    const output = await views[name]!(await studied(lang));
    matchGolden(`${name}.${lang}.txt`, output);
  });
});

describe('the Chinese views', () => {
  // An ASCII colon, comma, semicolon, question mark or bracket touching Chinese: "目标: " where "目标：" belongs.
  const halfWidth = /[\u3400-\u9fff（）][:,;?!()]|[,;?!(][\u3400-\u9fff]/;
  it.each(Object.keys(views))('%s uses full-width punctuation next to Chinese', async (name) => {
    const output = await views[name]!(await studied('zh'));
    expect(output.split('\n').filter((line) => halfWidth.test(line))).toEqual([]);
  });
});

describe('the golden comparison', () => {
  it('quotes the lines that differ, with their neighbours', () => {
    expect(lineDiff('a\nb\nc\nd\ne', 'a\nb\nC \nd\ne')).toBe(['    2 "b"', '-   3 "c"', '+   3 "C "', '    4 "d"'].join('\n'));
  });
});
