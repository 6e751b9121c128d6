// roadmap quiz, and doneWhen in show and today: the bundled roadmap's content from data/study.json, a custom
// roadmap's from its own tasks.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import study from '../../data/study.json' with { type: 'json' };
import { quizCommand } from '../../src/commands/quiz.ts';
import { showCommand } from '../../src/commands/list.ts';
import { todayCommand } from '../../src/commands/today.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { CancelledError, UsageError } from '../../src/errors.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';
import { fakeDeps } from '../helpers.ts';

const bundled = roadmapJson as Roadmap;
const L = (en: string, zh = `${en}（中）`) => ({ en, zh });

/** The fixture roadmap with study content of its own on w1-basics, as a custom roadmap carries it. */
function withStudy(): Roadmap {
  const copy = structuredClone(fixtureRoadmap);
  const task = copy.weeks[0]!.tasks[0]!;
  task.doneWhen = L('You wrote a script of your own.', '你自己写了一个脚本。');
  task.questions = [
    {
      id: 'w1-basics-q1',
      question: L('Is a list mutable?', '列表可变吗？'),
      answer: L('Yes.', '可变。'),
      explain: L('append changes it in place.', 'append 原地修改它。'),
    },
    { id: 'w1-basics-q2', question: L('Is a tuple mutable?'), answer: L('No.'), explain: L('It cannot change.') },
  ];
  return copy;
}

describe('quiz', () => {
  it('lists the questions with answers in the interface language (--json), without a terminal', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const f = fakeDeps({ roadmap: bundled, lang });
      await quizCommand('w6-resnet', { json: true }, f.deps);
      const out = JSON.parse(f.stdout());
      const expected = study['w6-resnet'].questions.map((q) => ({ id: q.id, question: q.question[lang], answer: q.answer[lang], explain: q.explain[lang] }));
      expect(out).toEqual({ id: 'w6-resnet', title: lang === 'en' ? 'ResNet' : expect.any(String), questions: expected });
    }
  });

  it('asks each question, reveals the answer, and counts what the learner knew', async () => {
    const f = fakeDeps({ roadmap: withStudy(), stdinIsTTY: true, answers: ['', true, '', false] });
    const result = await quizCommand('w1-basics', {}, f.deps);
    expect(result.right).toBe(1);
    const out = f.stdout();
    expect(out).toContain('Python basics: 2 questions\n'); // a custom roadmap's questions are its author's: no "added by roadmap"
    expect(out).toContain('Question 1/2  w1-basics-q1\nIs a list mutable?\n');
    expect(out).toContain('Answer: Yes.\nWhy: append changes it in place.\n');
    expect(out).toContain('1 of 2 right.');
    expect(f.prompted.map((p) => p.kind)).toEqual(['input', 'select', 'input', 'select']);
    expect(f.prompted[1]!.choices!.map((c) => c.name)).toEqual(['I knew it', 'Not yet']);
  });

  it('speaks Chinese with full-width punctuation', async () => {
    const f = fakeDeps({ roadmap: withStudy(), lang: 'zh', stdinIsTTY: true, answers: ['', true, '', true] });
    await quizCommand('w1-basics', {}, f.deps);
    expect(f.stdout()).toContain('答案：可变。\n原因：append 原地修改它。');
    expect(f.stdout()).toContain('2 道题答对 2 道。');
  });

  it('refuses to prompt without a terminal, pointing to --json (exit 2)', async () => {
    const f = fakeDeps({ roadmap: withStudy() });
    const error = await quizCommand('w1-basics', {}, f.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toContain('roadmap quiz w1-basics --json');
    expect(f.stdout()).toBe('');
  });

  it('stops on Ctrl-C at a prompt (CancelledError, exit 130)', async () => {
    const f = fakeDeps({ roadmap: withStudy(), stdinIsTTY: true, answers: ['', new CancelledError('cancelled')] });
    await expect(quizCommand('w1-basics', {}, f.deps)).rejects.toBeInstanceOf(CancelledError);
  });

  it('says so for a task without questions, and refuses an unknown id', async () => {
    const f = fakeDeps({ roadmap: bundled, stdinIsTTY: true });
    await quizCommand('w1-search-skills', {}, f.deps);
    expect(f.stdout()).toBe('w1-search-skills has no questions (a set-up or admin task).\n');
    await expect(quizCommand('w6-resnt', {}, f.deps)).rejects.toThrow(/did you mean w6-resnet/i);
  });

  it('takes nothing from data/study.json for a custom roadmap, even with the same task ids', async () => {
    const custom = { ...structuredClone(bundled), id: 'my-lab' };
    const f = fakeDeps({ roadmap: custom });
    await quizCommand('w6-resnet', { json: true }, f.deps);
    expect(JSON.parse(f.stdout()).questions).toEqual([]);
  });
});

describe('doneWhen', () => {
  it('is in show and show --json', async () => {
    const f = fakeDeps({ roadmap: bundled });
    showCommand('w4-dataloader', {}, f.deps);
    // Wrapped to the terminal's 100 columns.
    expect(f.stdout()).toContain(`\nDone when: ${study['w4-dataloader'].doneWhen.en.slice(0, 60)}`);
    expect(
      f
        .stdout()
        .split('\n')
        .every((line) => line.length <= 100),
    ).toBe(true);
    const wide = fakeDeps({ roadmap: bundled });
    showCommand('w4-dataloader', {}, { ...wide.deps, columns: Number.POSITIVE_INFINITY });
    expect(wide.stdout()).toContain(`\nDone when: ${study['w4-dataloader'].doneWhen.en} (added by roadmap)\n`);
    const j = fakeDeps({ roadmap: bundled, lang: 'zh' });
    showCommand('w4-dataloader', { json: true }, j.deps);
    expect(JSON.parse(j.stdout()).doneWhen).toBe(study['w4-dataloader'].doneWhen.zh);
    const none = fakeDeps();
    showCommand('w2-conda', { json: true }, none.deps);
    expect(JSON.parse(none.stdout()).doneWhen).toBeNull();
  });

  it('is shown by today for the task in focus (the first listed), from a custom roadmap too', async () => {
    const f = fakeDeps({ roadmap: withStudy(), state: { startDate: '2026-03-10' } });
    await todayCommand({}, f.deps);
    expect(f.stdout()).toContain('\nDone when (w1-basics): You wrote a script of your own.\n');
    const b = fakeDeps({ roadmap: bundled, lang: 'zh', state: { startDate: '2026-03-10' } });
    await todayCommand({}, b.deps);
    // Wrapped to the terminal (100 columns here): the same text once the line breaks are taken out.
    expect(b.stdout().replace(/\n(?=\S)/g, '')).toContain(`完成标准（w1-python-basics）：${study['w1-python-basics'].doneWhen.zh}（roadmap 补充）`);
    const j = fakeDeps({ roadmap: bundled, lang: 'zh', state: { startDate: '2026-03-10' } });
    await todayCommand({ json: true }, j.deps);
    expect(JSON.parse(j.stdout()).doneWhen).toEqual({ id: 'w1-python-basics', text: study['w1-python-basics'].doneWhen.zh });
  });

  it.each([
    ['a bundled task', 'w2-data-exercise', study['w2-data-exercise'].doneWhen],
    ['an id without a file', 'w9-no-such-task', undefined],
    ['an id that is not a file name', '../study', undefined],
  ])('doneWhenOf for %s of the bundled roadmap reads its own file', async (_case, id, expected) => {
    const { doneWhenOf } = await import('../../src/study/content.ts');
    const task = { ...bundled.weeks[0]!.tasks[0]!, id };
    expect(doneWhenOf({ roadmap: bundled }, task)).toEqual(expected);
  });

  it("data/done-when/ is data/study.json's doneWhen, a file per task and no other (node scripts/done-when.mjs writes it)", () => {
    const dir = new URL('../../data/done-when/', import.meta.url);
    const small = Object.fromEntries(fs.readdirSync(dir).map((name) => [name.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(new URL(name, dir), 'utf8'))]));
    const expected = Object.fromEntries(
      Object.entries(study)
        .filter(([id]) => id !== '_about')
        .map(([id, entry]) => [id, (entry as { doneWhen: unknown }).doneWhen]),
    );
    expect(small).toEqual(expected);
  });
});

describe('template', () => {
  it('writes each bundled task with its doneWhen and questions, so a roadmap made from it carries them', async () => {
    const { templateCommand } = await import('../../src/commands/use.ts');
    const { parseRoadmapText } = await import('../../src/roadmaps/validate.ts');
    const f = fakeDeps({ roadmap: bundled });
    templateCommand(f.deps, 'file:///roadmap.schema.json');
    const doc = JSON.parse(f.stdout());
    const resnet = doc.weeks.flatMap((w: Roadmap['weeks'][0]) => w.tasks).find((t: { id: string }) => t.id === 'w6-resnet');
    expect(resnet.doneWhen).toEqual(study['w6-resnet'].doneWhen);
    expect(resnet.questions).toEqual(study['w6-resnet'].questions);
    expect(parseRoadmapText(f.stdout(), 'template.json').problems).toEqual([]);
  });
});
