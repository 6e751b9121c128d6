import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibtex, papersCommand } from '../../src/commands/papers.ts';
import { checkCommand } from '../../src/commands/check.ts';
import { markCommand, undoCommand } from '../../src/commands/mark.ts';
import { listCommand, showCommand } from '../../src/commands/list.ts';
import { pickDone } from '../../src/commands/interactive.ts';
import { RoadmapError, UsageError } from '../../src/errors.ts';
import { statusOf } from '../../src/core/state.ts';
import type { Roadmap } from '../../src/core/types.ts';
import roadmapJson from '../../data/roadmap.json' with { type: 'json' };
import { fakeDeps } from '../helpers.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';

const L = (en: string) => ({ en, zh: `${en}（中）` });
const bundled = roadmapJson as Roadmap;

function withPaperAndChecks(): Roadmap {
  const r = structuredClone(fixtureRoadmap);
  r.weeks[2]!.tasks[1]!.paper = {
    title: 'Deep Residual Learning for Image Recognition',
    authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
    year: 2016,
    venue: 'CVPR',
    url: 'https://arxiv.org/abs/1512.03385',
    key: 'he2016resnet',
    code: {
      title: L('code'),
      kind: 'code',
      url: 'https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/tree/master/pytorch_classification/Test5_resnet',
      language: 'zh',
    },
  };
  r.weeks[0]!.tasks[0]!.checks = [
    {
      id: 'py',
      title: L('Python 3.8+'),
      command: ['python3', '--version'],
      expect: 'Python (\\d+\\.\\d+(?:\\.\\d+)?)',
      minVersion: '3.8',
      hint: L('Install Python 3'),
      resource: 1,
    },
  ];
  r.weeks[1]!.tasks[0]!.checks = [
    { id: 'conda', title: L('conda'), command: ['conda', '--version'], expect: 'conda (\\d+)', hint: L('Install Miniconda'), timeoutMs: 300 },
  ];
  // Installing conda is the whole task; Python basics is studied, whatever python3 says.
  r.weeks[1]!.tasks[0]!.setup = true;
  return r;
}

describe('paper track', () => {
  it('start and done move a paper through read -> notes -> reproduce -> done; undo steps back', async () => {
    const f = fakeDeps({ roadmap: withPaperAndChecks() });
    const stage = () => f.store.state.progress['w4-papers'];
    await markCommand('start', ['w4-papers'], {}, f.deps);
    expect(stage()).toMatchObject({ status: 'in-progress', stage: 'read' });
    await markCommand('done', ['w4-papers'], {}, f.deps);
    expect(stage()).toMatchObject({ status: 'in-progress', stage: 'notes' });
    expect(f.stdout()).toContain('w4-papers: on to the notes stage');
    await markCommand('done', ['w4-papers'], {}, f.deps);
    expect(stage()).toMatchObject({ status: 'in-progress', stage: 'reproduce' });
    await markCommand('done', ['w4-papers'], {}, f.deps);
    expect(stage()!.status).toBe('done');
    expect(stage()!.stage).toBeUndefined();
    await undoCommand({}, f.deps);
    expect(stage()).toMatchObject({ status: 'in-progress', stage: 'reproduce' });
    // A task without a paper is done in one step.
    await markCommand('done', ['w4-mentor'], {}, f.deps);
    expect(statusOf(f.store.state, 'w4-mentor')).toBe('done');
  });

  it('done --all-stages finishes a paper at once, from any stage; undo says the stage it went back to', async () => {
    const f = fakeDeps({ roadmap: withPaperAndChecks() });
    await markCommand('start', ['w4-papers'], {}, f.deps);
    await markCommand('done', ['w4-papers'], {}, f.deps);
    await markCommand('done', ['w4-papers'], { allStages: true }, f.deps);
    expect(f.store.state.progress['w4-papers']).toMatchObject({ status: 'done' });
    expect(f.store.state.progress['w4-papers']!.stage).toBeUndefined();
    expect(f.stdout()).toContain('Done: w4-papers');
    const before = f.stdout().length;
    await undoCommand({}, f.deps);
    expect(f.stdout().slice(before)).toBe('Undid "done" of w4-papers\nw4-papers is back at the notes stage.\n');
    const never = fakeDeps({ roadmap: withPaperAndChecks() });
    await markCommand('done', ['w4-papers'], { allStages: true }, never.deps);
    expect(statusOf(never.store.state, 'w4-papers')).toBe('done');
    const zh = fakeDeps({ roadmap: withPaperAndChecks(), lang: 'zh' });
    await markCommand('start', ['w4-papers'], {}, zh.deps);
    await markCommand('done', ['w4-papers'], {}, zh.deps);
    const at = zh.stdout().length;
    await undoCommand({}, zh.deps);
    expect(zh.stdout().slice(at)).toBe('已撤销对 w4-papers 的「完成」\nw4-papers 回到了「阅读」阶段。\n');
  });

  it('shows the stage wherever a status is shown: list, show, their --json, and the done checkbox', async () => {
    const f = fakeDeps({ roadmap: withPaperAndChecks(), stdinIsTTY: true, state: { startDate: '2026-03-10' } });
    await markCommand('start', ['w4-papers'], {}, f.deps);
    await markCommand('done', ['w4-papers'], {}, f.deps);
    let at = f.stdout().length;
    listCommand({}, f.deps);
    expect(f.stdout().slice(at)).toMatch(/◐ w4-papers +Read papers {2}writing notes\n/);
    at = f.stdout().length;
    showCommand('w4-papers', {}, f.deps);
    expect(f.stdout().slice(at).split('\n')[0]).toBe('◐ Read papers  w4-papers  in progress · writing notes');
    at = f.stdout().length;
    showCommand('w4-papers', { json: true }, f.deps);
    expect(JSON.parse(f.stdout().slice(at))).toMatchObject({ status: 'in-progress', stage: 'notes' });
    at = f.stdout().length;
    listCommand({ json: true }, f.deps);
    const tasks = JSON.parse(f.stdout().slice(at)).weeks.flatMap((w: { tasks: unknown[] }) => w.tasks);
    expect(tasks.find((t: { id: string }) => t.id === 'w4-papers')).toMatchObject({ status: 'in-progress', stage: 'notes' });
    expect(tasks.find((t: { id: string }) => t.id === 'w4-mentor')).toMatchObject({ status: 'todo', stage: null });

    // The checkbox of the day (here the whole roadmap is due): a paper's label says what a tick does.
    f.setNow('2026-06-10T09:00:00');
    let choices: { name: string; value: unknown }[] = [];
    await pickDone({ ...f.deps, prompts: { ...f.deps.prompts, checkbox: async (_m, offered) => ((choices = offered), []) } });
    const paper = choices.find((c) => c.value === 'w4-papers');
    expect(paper?.name).toBe('w4-papers  Read papers  (writing notes: a tick finishes this stage)');
    expect(choices.find((c) => c.value === 'w4-mentor')?.name).toBe('w4-mentor  Find a mentor');
  });

  it('papers <id> shows one paper; with --bibtex one entry; a task without a paper is refused', () => {
    const f = fakeDeps({ roadmap: bundled });
    papersCommand({ bibtex: true }, f.deps, 'w6-resnet');
    expect(f.stdout().match(/^@/gm)).toHaveLength(1);
    expect(f.stdout()).toMatch(/^@inproceedings\{he2016/);
    const g = fakeDeps({ roadmap: bundled });
    papersCommand({ json: true }, g.deps, 'W6-ResNet');
    expect(JSON.parse(g.stdout()).papers.map((p: { id: string }) => p.id)).toEqual(['w6-resnet']);
    const h = fakeDeps({ roadmap: bundled });
    expect(() => papersCommand({}, h.deps, 'w1-python-basics')).toThrow('w1-python-basics is not a paper task: roadmap papers lists them.');
    expect(() => papersCommand({}, h.deps, 'w6-resnt')).toThrow(UsageError);
  });

  it('names the stage in Chinese, not by its English key', async () => {
    const f = fakeDeps({ roadmap: withPaperAndChecks(), lang: 'zh' });
    await markCommand('start', ['w4-papers'], {}, f.deps);
    await markCommand('done', ['w4-papers'], {}, f.deps);
    await markCommand('done', ['w4-papers'], {}, f.deps);
    expect(f.stdout()).toBe(
      'w4-papers：进入「阅读」阶段（完成后再运行 roadmap done w4-papers）。\nw4-papers：进入「写笔记」阶段（完成后再运行 roadmap done w4-papers）。\nw4-papers：进入「复现」阶段（完成后再运行 roadmap done w4-papers）。\n',
    );
  });

  it('lists papers with their stage, code and BibTeX', async () => {
    const f = fakeDeps({ roadmap: withPaperAndChecks() });
    await markCommand('start', ['w4-papers'], {}, f.deps);
    await markCommand('done', ['w4-papers'], {}, f.deps);
    const before = f.stdout().length;
    papersCommand({}, f.deps);
    const out = f.stdout().slice(before);
    expect(out).toMatch(/◐ w4-papers {2}Deep Residual Learning for Image Recognition \(2016\) {2}writing notes/);
    expect(out).toContain('code: https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/tree/master/pytorch_classification/Test5_resnet');
    const g = fakeDeps({ roadmap: withPaperAndChecks() });
    papersCommand({ bibtex: true }, g.deps);
    expect(g.stdout()).toBe(
      '@inproceedings{he2016resnet,\n  title = {{Deep Residual Learning for Image Recognition}},\n  author = {Kaiming He and Xiangyu Zhang and Shaoqing Ren and Jian Sun},\n  year = {2016},\n  booktitle = {CVPR},\n  eprint = {1512.03385},\n  archivePrefix = {arXiv},\n  url = {https://arxiv.org/abs/1512.03385}\n}\n',
    );
  });

  it.each([
    ['Proceedings of the IEEE', '@article{', 'journal = {Proceedings of the IEEE}'],
    ['arXiv preprint', '@article{', 'journal = {arXiv preprint}'],
    ['ECCV', '@inproceedings{', 'booktitle = {ECCV}'],
  ])('venue %s gives %s', (venue, type, field) => {
    const entry = bibtex({ title: 'T {x}', authors: 'A B, C D et al.', year: 2000, venue, url: 'https://arxiv.org/abs/1', key: 'k' });
    expect(entry.startsWith(type)).toBe(true);
    expect(entry).toContain(field);
    expect(entry).toContain('author = {A B and C D and others}');
    expect(entry).toContain('title = {{T \\{x\\}}}');
  });
});

function stubs(scripts: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-stubs-'));
  for (const [name, body] of Object.entries(scripts)) fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return dir;
}

describe('roadmap check', () => {
  it('runs the checks with the PATH given and shows hints; nothing is marked while one fails', async () => {
    const bin = stubs({ python3: 'echo "Python 3.11.4"', conda: 'sleep 30' });
    const f = fakeDeps({ roadmap: withPaperAndChecks() });
    f.deps.toolEnv = { PATH: `${bin}:/usr/bin:/bin` };
    const attempt = checkCommand(undefined, { mark: true }, f.deps);
    await expect(attempt).rejects.toThrow(RoadmapError);
    await expect(attempt).rejects.toThrow('1 of 2 setup checks did not pass.');
    const out = f.stdout();
    expect(out).toMatch(/✔ Python 3\.8\+ +w1-basics +3\.11\.4/);
    expect(out).toMatch(/✘ conda +w2-conda +timed out after 0\.3 s/);
    expect(out).toContain('Install Miniconda');
    expect(out).toContain('Not marked: w1-basics (a tool being installed does not mean the task is studied; roadmap done <id> when it is).');
    expect(f.store.writes).toBe(0);
  });

  it('--mark marks only the setup tasks whose checks passed, never a learning task', async () => {
    const bin = stubs({ python3: 'echo "Python 3.11.4"', conda: 'echo "conda 24.1.2"' });
    const f = fakeDeps({ roadmap: withPaperAndChecks() });
    f.deps.toolEnv = { PATH: `${bin}:/usr/bin:/bin` };
    await checkCommand(undefined, { mark: true }, f.deps);
    expect(statusOf(f.store.state, 'w2-conda')).toBe('done');
    expect(statusOf(f.store.state, 'w1-basics')).toBe('todo');
    expect(f.stdout()).toContain('Passing tasks: w1-basics, w2-conda');
    const json = fakeDeps({ roadmap: withPaperAndChecks() });
    json.deps.toolEnv = f.deps.toolEnv;
    await checkCommand(undefined, { json: true }, json.deps);
    expect(JSON.parse(json.stdout())).toMatchObject({ passing: ['w1-basics', 'w2-conda'], markable: ['w2-conda'] });
  });

  it('asks in a terminal about setup tasks only, defaulting to No, and only suggests --mark without one', async () => {
    const bin = stubs({ python3: 'echo "Python 3.12.0"', conda: 'echo "conda 24.1.2"' });
    const tty = fakeDeps({ roadmap: withPaperAndChecks(), stdinIsTTY: true, answers: [false] });
    tty.deps.toolEnv = { PATH: bin };
    const defaults: boolean[] = [];
    const confirm = tty.deps.prompts.confirm;
    tty.deps.prompts = { ...tty.deps.prompts, confirm: (message, defaultValue) => (defaults.push(defaultValue), confirm(message, defaultValue)) };
    await checkCommand(undefined, {}, tty.deps);
    expect(tty.prompted[0]).toMatchObject({ kind: 'confirm', message: 'Mark these setup tasks done, as their checks passed? (w2-conda)' });
    expect(defaults).toEqual([false]);
    expect(tty.store.writes).toBe(0);
    // A learning task alone: nothing to offer, nothing asked.
    const learning = fakeDeps({ roadmap: withPaperAndChecks(), stdinIsTTY: true });
    learning.deps.toolEnv = { PATH: bin };
    await checkCommand('w1-basics', {}, learning.deps);
    expect(learning.prompted).toEqual([]);
    expect(learning.stdout()).not.toContain('--mark');
    const pipe = fakeDeps({ roadmap: withPaperAndChecks() });
    pipe.deps.toolEnv = { PATH: bin };
    await checkCommand('w2-conda', {}, pipe.deps);
    expect(pipe.prompted).toEqual([]);
    expect(pipe.stdout()).toContain('roadmap check --mark marks the setup tasks whose checks passed done.');
  });

  it('reports a missing program and a too-old version', async () => {
    const bin = stubs({ python3: 'echo "Python 3.6.9"' });
    const f = fakeDeps({ roadmap: withPaperAndChecks() });
    f.deps.toolEnv = { PATH: bin };
    await expect(checkCommand(undefined, {}, f.deps)).rejects.toThrow('2 of 2');
    expect(f.stdout()).toMatch(/✘ Python 3\.8\+ .*3\.6\.9/);
    expect(f.stdout()).toMatch(/\? conda .*not found/);
  });

  it('refuses a task without checks', async () => {
    const f = fakeDeps({ roadmap: withPaperAndChecks() });
    await expect(checkCommand('w4-mentor', {}, f.deps)).rejects.toThrow(UsageError);
    await expect(checkCommand('w4-mentor', {}, f.deps)).rejects.toThrow('tasks with checks: w1-basics, w2-conda');
  });
});
