// What the source text does not contain is marked the same way in every view, in both languages, and in
// --json: a grey tag after the title ("（补充）" / " (added)"), the whole `added` note in `show`, and the note
// of a filled-in week wherever that week is shown. The fixture marks w1-basics, w2-numpy, two resources,
// week 2-3 (also filled in) and tip-a.
import { describe, expect, it } from 'vitest';
import { listCommand, showCommand } from '../../src/commands/list.ts';
import { papersCommand } from '../../src/commands/papers.ts';
import { reportCommand } from '../../src/commands/report.ts';
import { todayCommand } from '../../src/commands/today.ts';
import type { Lang, Roadmap } from '../../src/core/types.ts';
import { messages } from '../../src/i18n/index.ts';
import { resourceLines } from '../../src/ui/common.ts';
import { displayWidth } from '../../src/ui/width.ts';
import { Chalk } from 'chalk';
import { fakeDeps } from '../helpers.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

const TAG = { en: ' (added)', zh: '（补充）' } as const;
const FILLED = {
  en: 'Note: The text leaves weeks 2-3 empty: filled in from its preparation section.',
  zh: '说明：原文第 2-3 周为空：内容取自原文的“前期准备”。',
} as const;

/** The display column at which `marker` starts in `line`. */
const column = (line: string, marker: string) => displayWidth(line.slice(0, line.indexOf(marker)));

/** Week 2 of a plan that started on Sunday 1 March, week 1 done: today's week is the filled-in, added week 2-3. */
function inWeek2(lang: Lang, roadmap?: Roadmap) {
  const done = { status: 'done' as const, updatedAt: '2026-03-05T10:00:00.000Z' };
  return fakeDeps({ lang, roadmap, state: { startDate: '2026-03-01', progress: { 'w1-basics': done, 'w1-exercise': done } } });
}
/** A budget that holds the whole of week 2-3 (195 min), so that every task of it is listed. */
const WHOLE_WEEK = '195';

/** The fixture with a paper on w2-numpy (an added task in the filled-in week), its code an addition too. */
function withPaper(): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  r.weeks[1]!.tasks[2]!.paper = {
    title: 'Array programming with NumPy',
    authors: 'Charles R. Harris, et al.',
    year: 2020,
    venue: 'Nature',
    url: 'https://arxiv.org/abs/2006.10256',
    key: 'harris2020numpy',
    code: {
      title: { en: 'numpy', zh: 'numpy' },
      kind: 'code',
      url: 'https://github.com/numpy/numpy',
      language: 'en',
      added: { en: 'added, not in the text', zh: '补充：原文未列出' },
    },
    video: { title: { en: 'A talk', zh: '一个讲座' }, kind: 'video', url: 'https://www.bilibili.com/video/BV1xx411c7mD', language: 'zh' },
  };
  r.weeks[2]!.tasks[1]!.paper = { title: 'A paper of the text', authors: 'A. Author', year: 2019, url: 'https://arxiv.org/abs/1905.11946', key: 'author2019' };
  return r;
}

/** The fixture with every mark taken away. */
function unmarked(): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  for (const week of r.weeks) {
    delete week.added;
    delete week.filledIn;
    for (const task of week.tasks) {
      delete task.added;
      for (const resource of task.resources) delete resource.added;
    }
  }
  for (const tip of r.tips) delete tip.added;
  return r;
}

describe.each(['en', 'zh'] as const)('marks of what is ours, in %s', (lang) => {
  const tag = TAG[lang];

  it('today: the week title, its filled-in note, added tasks and resources, and the tip', async () => {
    const f = inWeek2(lang);
    await todayCommand({ date: '2026-03-08', minutes: WHOLE_WEEK }, f.deps);
    const lines = f.stdout().split('\n');
    expect(lines[1]).toBe(`${lang === 'en' ? 'Tools' : 'Tools（中）'}${tag}`);
    expect(lines[3]).toBe(FILLED[lang]);
    const numpy = lines.find((l) => l.includes('w2-numpy'))!;
    expect(numpy).toContain(`${lang === 'en' ? 'numpy' : 'numpy（中）'}${tag}`);
    // Not added: no tag.
    expect(lines.find((l) => l.includes('w2-conda'))).not.toContain(tag);
    // The address does not fit in 80 columns beside the title: it is on the next line, whole.
    const docs = lines.findIndex((l) => l.includes('conda docs'));
    expect(lines[docs]).toContain(`${lang === 'en' ? 'conda docs' : 'conda docs（中）'}${tag}`);
    expect(lines[docs + 1]!.trim()).toBe('https://docs.conda.io/projects/conda/en/latest/user-guide/getting-started.html');
    // The tag is part of the title column: the estimates still start in one column.
    const rows = lines.filter((l) => /^ +\d+ [○◐!] w/.test(l));
    const estimate = lang === 'en' ? '~' : '约';
    expect(new Set(rows.map((l) => column(l, estimate))).size).toBe(1);
  });

  it('today: a long added title is shortened before its tag, which stays whole', async () => {
    const r = structuredClone(fixtureRoadmap);
    r.weeks[1]!.tasks[2]!.title = { en: 'numpy '.repeat(30).trim(), zh: '数组'.repeat(40) };
    const f = inWeek2(lang, r);
    f.deps.columns = 80;
    await todayCommand({ date: '2026-03-08', minutes: WHOLE_WEEK }, f.deps);
    const numpy = f
      .stdout()
      .split('\n')
      .find((l) => l.includes('w2-numpy'))!;
    expect(numpy).toContain(`…${tag}`);
    expect(displayWidth(numpy)).toBeLessThanOrEqual(80);
  });

  it('today --json: added on the week block, tasks, resources and the tip; filledIn on the week block', async () => {
    const f = inWeek2(lang);
    await todayCommand({ date: '2026-03-08', minutes: WHOLE_WEEK, json: true }, f.deps);
    const json = JSON.parse(f.stdout());
    const week = fixtureRoadmap.weeks[1]!;
    expect(json.weekBlock).toMatchObject({ id: 'w2-3', added: week.added![lang], filledIn: week.filledIn![lang] });
    const byId = Object.fromEntries(json.tasks.map((t: { id: string }) => [t.id, t]));
    expect(byId['w2-numpy'].added).toBe(week.tasks[2]!.added![lang]);
    expect(byId['w2-conda'].added).toBeNull();
    expect(byId['w2-conda'].resources[0].added).toBe(lang === 'en' ? 'added, not in the text' : '补充：原文未列出');
    const tip = fixtureRoadmap.tips.find((t) => t.id === json.tip.id)!;
    expect(json.tip.added).toBe(tip.added ? tip.added[lang] : null);
  });

  it('today: an added tip is tagged', async () => {
    // Tips rotate by day: find a day whose tip is tip-a.
    for (const day of ['01', '02', '03', '04']) {
      const f = inWeek2(lang);
      await todayCommand({ date: `2026-03-${day}`, json: true }, f.deps);
      if (JSON.parse(f.stdout()).tip.id !== 'tip-a') continue;
      const g = inWeek2(lang);
      await todayCommand({ date: `2026-03-${day}` }, g.deps);
      expect(g.stdout()).toMatch(lang === 'en' ? /^Tip: Taste lightly \(Closing\) \(added\)$/m : /^提示：浅尝即止（Closing（中））（补充）$/m);
      return;
    }
    expect.fail('no day of 1-4 March shows tip-a');
  });

  it('show: the tag after the task and its week, the whole added note, and how the week was filled in', () => {
    const f = fakeDeps({ lang });
    showCommand('w2-numpy', {}, f.deps);
    const out = f.stdout();
    const lines = out.split('\n');
    expect(lines[0]).toBe(lang === 'en' ? '○ numpy (added)  w2-numpy  to do' : '○ numpy（中）（补充）  w2-numpy  待办');
    expect(lines[1]).toContain(`2-3 · ${lang === 'en' ? 'Tools' : 'Tools（中）'}${tag}`);
    expect(out).toContain(`\n  ${fixtureRoadmap.weeks[1]!.tasks[2]!.added![lang]}\n  ${FILLED[lang]}\n`);
  });

  it('show: a task neither added nor in a filled-in week has no note, and only its added resource a tag', () => {
    const f = fakeDeps({ lang });
    showCommand('w1-exercise', {}, f.deps);
    expect(f.stdout()).not.toContain(tag);
    const g = fakeDeps({ lang });
    showCommand('w1-basics', {}, g.deps);
    const resources = g
      .stdout()
      .split('\n')
      .filter((l) => /^ {2}\d\. /.test(l));
    expect(resources[0]).not.toContain(tag);
    expect(resources[1]).toContain(tag);
  });

  it("show --json: added, the week's added and filledIn, and each resource's added", () => {
    const f = fakeDeps({ lang });
    showCommand('w2-numpy', { json: true }, f.deps);
    const week = fixtureRoadmap.weeks[1]!;
    expect(JSON.parse(f.stdout())).toMatchObject({
      id: 'w2-numpy',
      added: week.tasks[2]!.added![lang],
      weekAdded: week.added![lang],
      filledIn: week.filledIn![lang],
    });
    const g = fakeDeps({ lang });
    showCommand('w1-basics', { json: true }, g.deps);
    const json = JSON.parse(g.stdout());
    expect(json).toMatchObject({ added: fixtureRoadmap.weeks[0]!.tasks[0]!.added![lang], weekAdded: null, filledIn: null });
    expect(json.resources.map((r: { added: string | null }) => r.added)).toEqual([null, lang === 'en' ? 'added, not in the text' : '补充：原文未列出']);
  });

  it("list: week heads and tasks tagged, the week's notes under its head, columns by display width", () => {
    const f = fakeDeps({ lang });
    listCommand({}, f.deps);
    const lines = f.stdout().split('\n');
    const heads = lines.filter((l) => !l.startsWith(' ') && l !== '');
    expect(heads[1]).toContain(`${lang === 'en' ? 'Tools' : 'Tools（中）'}${tag}`);
    expect(heads[0]).not.toContain(tag);
    // The bars start in one column, however wide the tag.
    expect(new Set(heads.map((l) => column(l, l.includes('█') ? '█' : '░'))).size).toBe(1);
    const at = lines.indexOf(heads[1]!);
    expect(lines.slice(at + 1, at + 3)).toEqual([`  ${FILLED[lang]}`, `  ${fixtureRoadmap.weeks[1]!.added![lang]}`]);
    expect(lines.find((l) => l.includes('w2-numpy'))).toMatch(new RegExp(`${lang === 'en' ? 'numpy' : 'numpy（中）'}${tag.replace(/[()]/g, '\\$&')}$`));
    expect(lines.find((l) => l.includes('w2-conda'))).not.toContain(tag);
  });

  it('list --json: added and filledIn on each week, added on each task', () => {
    const f = fakeDeps({ lang });
    listCommand({ json: true }, f.deps);
    const { weeks } = JSON.parse(f.stdout());
    expect(weeks.map((w: { added: string | null }) => w.added)).toEqual([null, fixtureRoadmap.weeks[1]!.added![lang], null]);
    expect(weeks.map((w: { filledIn: string | null }) => w.filledIn)).toEqual([null, fixtureRoadmap.weeks[1]!.filledIn![lang], null]);
    expect(weeks[1].tasks.map((t: { id: string; added: string | null }) => [t.id, t.added])).toEqual([
      ['w2-conda', null],
      ['w2-jupyter', null],
      ['w2-numpy', fixtureRoadmap.weeks[1]!.tasks[2]!.added![lang]],
    ]);
  });

  it("papers: the filled-in week's note once before its papers, tags on added tasks and code, and what the tag means", () => {
    const f = fakeDeps({ lang, roadmap: withPaper() });
    papersCommand({}, f.deps);
    const lines = f.stdout().split('\n');
    const note =
      lang === 'en'
        ? 'Week 2-3: The text leaves weeks 2-3 empty: filled in from its preparation section.'
        : '第 2-3 周：原文第 2-3 周为空：内容取自原文的“前期准备”。';
    expect(lines[0]).toBe(note);
    expect(lines.filter((l) => l === note)).toHaveLength(1);
    expect(lines[1]).toMatch(new RegExp(`^○ w2-numpy\\s+Array programming with NumPy \\(2020\\)${tag.replace(/[()]/g, '\\$&')}\\s`));
    const other = lines.find((l) => l.includes('w4-papers'))!;
    expect(other).not.toContain(tag);
    // The stages start in one column.
    expect(column(lines[1]!, messages(lang).papers.stages.todo)).toBe(column(other, messages(lang).papers.stages.todo));
    expect(lines).toContain(`    ${messages(lang).field(messages(lang).papers.code, 'https://github.com/numpy/numpy')}${tag}`);
    expect(lines.find((l) => l.includes('BV1xx411c7mD'))).not.toContain(tag);
    expect(lines).toContain(messages(lang).papers.addedLegend);
  });

  it('papers: no tag and no legend when nothing shown is added', () => {
    const f = fakeDeps({ lang, roadmap: { ...withPaper(), weeks: withPaper().weeks.slice(2) } });
    papersCommand({}, f.deps);
    expect(f.stdout()).not.toContain(tag);
    expect(f.stdout()).not.toContain(messages(lang).papers.addedLegend);
  });

  it('papers --json: added and filledIn of each paper task, and whether its code and video are added', () => {
    const f = fakeDeps({ lang, roadmap: withPaper() });
    papersCommand({ json: true }, f.deps);
    const [numpy, other] = JSON.parse(f.stdout()).papers;
    expect(numpy).toMatchObject({
      id: 'w2-numpy',
      added: fixtureRoadmap.weeks[1]!.tasks[2]!.added![lang],
      filledIn: fixtureRoadmap.weeks[1]!.filledIn![lang],
      code: 'https://github.com/numpy/numpy',
      codeAdded: lang === 'en' ? 'added, not in the text' : '补充：原文未列出',
      videoAdded: null,
    });
    expect(other).toMatchObject({ id: 'w4-papers', added: null, filledIn: null, codeAdded: null, videoAdded: null });
  });

  it('report: added weeks and tasks tagged, and a line saying what the tag means', async () => {
    const f = fakeDeps({
      lang,
      now: '2026-03-10T09:00:00',
      state: { startDate: '2026-03-01', progress: { 'w1-basics': { status: 'done', doneAt: '2026-03-05T10:00:00.000Z', updatedAt: 'x' } } },
    });
    const md = reportCommand({}, f.deps);
    expect(md).toContain(`| 2-3 | ${lang === 'en' ? 'Tools' : 'Tools（中）'}${tag} | 0/3 |`);
    expect(md).toContain(`| 1 | ${lang === 'en' ? 'Python' : 'Python（中）'} | 1/2 |`);
    expect(md).toContain(lang === 'en' ? '- Python basics (added) (`w1-basics`, 2026-03-05)' : '- 学习 Python 基础（补充）（`w1-basics`，2026-03-05）');
    expect(md.trimEnd().endsWith(messages(lang).report.addedNote)).toBe(true);
  });

  it('report: no tag and no line about it for a roadmap with no marks', () => {
    const f = fakeDeps({ lang, roadmap: unmarked(), state: { startDate: '2026-03-01' } });
    const md = reportCommand({}, f.deps);
    expect(md).not.toContain(tag);
    expect(md).not.toContain(messages(lang).report.addedNote);
  });

  it('a roadmap with no marks shows none anywhere', async () => {
    const f = inWeek2(lang, unmarked());
    await todayCommand({ date: '2026-03-08' }, f.deps);
    listCommand({}, f.deps);
    showCommand('w2-numpy', {}, f.deps);
    expect(f.stdout()).not.toContain(tag);
    expect(f.stdout()).not.toContain(FILLED[lang]);
  });
});

describe('marks, with hyperlinks and hostile text', () => {
  it('a clickable resource title keeps its tag after the link', () => {
    const ctx = { lang: 'en' as const, msg: messages('en'), style: new Chalk({ level: 0 }), columns: 100, hyperlinks: true };
    const [, added] = resourceLines(fixtureRoadmap.weeks[0]!.tasks[0]!.resources, ctx, '');
    expect(added).toBe('2. [site] \u001b]8;;https://stackoverflow.com/\u0007Stack Overflow\u001b]8;;\u0007 (added)');
  });

  it('notes from the roadmap file cannot drive the terminal', async () => {
    const r = structuredClone(fixtureRoadmap);
    r.weeks[1]!.tasks[2]!.added = { en: 'added \u001b[2J\u001b]0;owned\u0007 by us', zh: '补充\u001b[2J' };
    r.weeks[1]!.filledIn = { en: 'filled \u009b31m in\nhere', zh: '填补\u009b31m' };
    const f = fakeDeps({ roadmap: r, state: { startDate: '2026-03-01' } });
    showCommand('w2-numpy', {}, f.deps);
    listCommand({}, f.deps);
    await todayCommand({ date: '2026-03-08' }, f.deps);
    const out = f.stdout();
    expect(out).not.toMatch(/[\u001b\u009b\u0007]/);
    expect(out).toContain('added \\u{1b}[2J\\u{1b}]0;owned\\u{7} by us');
    expect(out).toContain('Note: filled \\u{9b}31m in\\u{a}here');
  });
});
