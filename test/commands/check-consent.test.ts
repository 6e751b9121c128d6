// A custom roadmap's setup checks are someone else's commands: shown, and run only with the user's consent,
// which is kept for the file's exact content (its SHA-256) in the store folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/check.ts';
import { showCommand } from '../../src/commands/list.ts';
import { useCommand } from '../../src/commands/use.ts';
import type { Roadmap } from '../../src/core/types.ts';
import { CancelledError, UsageError } from '../../src/errors.ts';
import { sha256Hex } from '../../src/store/hash.ts';
import { parseAgreements, TRUST_FILE } from '../../src/store/trust.ts';
import { fixtureRoadmap } from '../fixtures/roadmap.ts';
import { fakeDeps, type FakeOptions } from '../helpers.ts';

const L = (en: string) => ({ en, zh: `${en}（中）` });

/** A custom roadmap file whose checks touch marker files, and where those markers go. */
function labPlan(extra: (r: Roadmap, dir: string) => void = () => undefined) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-consent-'));
  const r = structuredClone(fixtureRoadmap);
  r.id = 'lab-plan';
  r.weeks[0]!.tasks[0]!.checks = [
    { id: 'shell', title: L('A shell'), command: ['sh', '-c', `touch '${dir}/ran-sh'`], hint: L('none') },
    { id: 'touch', title: L('Touch'), command: ['touch', `${dir}/ran-touch`], expect: '^$', hint: L('none') },
  ];
  extra(r, dir);
  const file = path.join(dir, 'lab.json');
  fs.writeFileSync(file, JSON.stringify(r, null, 2));
  return { dir, file, roadmap: r, ran: () => ['ran-sh', 'ran-touch'].filter((m) => fs.existsSync(path.join(dir, m))) };
}

function depsFor(plan: ReturnType<typeof labPlan>, options: FakeOptions = {}, home?: string) {
  const f = fakeDeps({ roadmap: plan.roadmap, ...options });
  f.deps.roadmapFile = plan.file;
  if (home) f.deps.home = home;
  f.deps.toolEnv = { PATH: '/usr/bin:/bin' };
  return f;
}

const trusted = (home: string) => parseAgreements(fs.existsSync(path.join(home, TRUST_FILE)) ? fs.readFileSync(path.join(home, TRUST_FILE), 'utf8') : null);

describe.skipIf(process.platform === 'win32')('consent for a custom roadmap’s checks', () => {
  it('without a terminal and without --trust: nothing runs, exit 2 with one line saying how', async () => {
    const plan = labPlan();
    const f = depsFor(plan);
    const attempt = checkCommand(undefined, {}, f.deps);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(
      `The setup checks of ${plan.file} run commands that file names, and you have not agreed to them: run 'roadmap check' in a terminal to see them and be asked, or 'roadmap check --trust' to run them as the file is now.`,
    );
    expect(plan.ran()).toEqual([]);
    expect(fs.existsSync(f.deps.home)).toBe(false);
    // --json never asks, even in a terminal.
    const json = depsFor(plan, { stdinIsTTY: true });
    await expect(checkCommand(undefined, { json: true }, json.deps)).rejects.toThrow(UsageError);
    expect(plan.ran()).toEqual([]);
  });

  it('--trust runs them and remembers the file’s hash: the next run needs no flag', async () => {
    const plan = labPlan();
    const f = depsFor(plan);
    await checkCommand(undefined, { trust: true }, f.deps);
    expect(plan.ran()).toEqual(['ran-sh', 'ran-touch']);
    expect(f.stderr()).toBe(`Running the setup checks of ${plan.file} as --trust says; remembered until the file changes.\n`);
    expect(trusted(f.deps.home)).toEqual([
      { sha256: sha256Hex(fs.readFileSync(plan.file)), file: plan.file, at: new Date('2026-03-10T09:00:00').toISOString() },
    ]);
    expect(fs.statSync(path.join(f.deps.home, TRUST_FILE)).mode & 0o777).toBe(0o600);
    for (const m of plan.ran()) fs.rmSync(path.join(plan.dir, m));
    const again = depsFor(plan, {}, f.deps.home);
    await checkCommand(undefined, {}, again.deps);
    expect(plan.ran()).toEqual(['ran-sh', 'ran-touch']);
    expect(again.stderr()).toBe('');
  });

  it('in a terminal: shows the exact commands and asks, defaulting to No; no runs nothing, yes is remembered', async () => {
    const plan = labPlan();
    const no = depsFor(plan, { stdinIsTTY: true, answers: [false] });
    const defaults: boolean[] = [];
    const confirm = no.deps.prompts.confirm;
    no.deps.prompts = { ...no.deps.prompts, confirm: (m, d) => (defaults.push(d), confirm(m, d)) };
    expect(await checkCommand(undefined, {}, no.deps)).toEqual([]);
    expect(defaults).toEqual([false]);
    expect(no.prompted.map((p) => p.message)).toEqual(['Run them? (Asked again whenever the file changes.)']);
    expect(no.stdout()).toBe(
      [
        `${plan.file} is a roadmap of your own, not the bundled one. Its 2 setup checks run these commands on this computer:`,
        '  A shell  w1-basics',
        `    ["sh", "-c", "touch '${plan.dir}/ran-sh'"]`,
        '  Touch  w1-basics',
        `    ["touch", "${plan.dir}/ran-touch"]  output must match /^$/`,
        'Nothing was run.',
        '',
      ].join('\n'),
    );
    expect(plan.ran()).toEqual([]);
    expect(trusted(no.deps.home)).toEqual([]);

    const yes = depsFor(plan, { stdinIsTTY: true, answers: [true] }, no.deps.home);
    await checkCommand('w1-basics', {}, yes.deps);
    expect(plan.ran()).toEqual(['ran-sh', 'ran-touch']);
    expect(trusted(yes.deps.home).map((a) => a.sha256)).toEqual([sha256Hex(fs.readFileSync(plan.file))]);
    const later = depsFor(plan, { stdinIsTTY: true }, no.deps.home);
    await checkCommand(undefined, {}, later.deps);
    expect(later.prompted).toEqual([]);
  });

  it('any edit of the file asks again, even one that keeps its size and time', async () => {
    const plan = labPlan();
    const first = depsFor(plan);
    await checkCommand(undefined, { trust: true }, first.deps);
    const stat = fs.statSync(plan.file);
    const text = fs.readFileSync(plan.file, 'utf8');
    fs.writeFileSync(plan.file, text.replace('ran-touch', 'ran-tauch'));
    fs.utimesSync(plan.file, stat.atime, stat.mtime);
    expect(fs.statSync(plan.file).size).toBe(stat.size);
    const after = depsFor(plan, {}, first.deps.home);
    await expect(checkCommand(undefined, {}, after.deps)).rejects.toThrow(UsageError);
    expect(fs.existsSync(path.join(plan.dir, 'ran-tauch'))).toBe(false);
  });

  it('the commands run are the file’s as it is now, not as it was loaded', async () => {
    const plan = labPlan();
    const f = depsFor(plan);
    // The file now carries another command than the loaded roadmap does: the one shown and run is the file's.
    const now = structuredClone(plan.roadmap);
    now.weeks[0]!.tasks[0]!.checks = [{ id: 'other', title: L('Other'), command: ['touch', `${plan.dir}/ran-other`], hint: L('none') }];
    fs.writeFileSync(plan.file, JSON.stringify(now));
    await checkCommand(undefined, { trust: true }, f.deps);
    expect(plan.ran()).toEqual([]);
    expect(fs.existsSync(path.join(plan.dir, 'ran-other'))).toBe(true);
    expect(trusted(f.deps.home).map((a) => a.sha256)).toEqual([sha256Hex(fs.readFileSync(plan.file))]);
  });

  it('shows what could drive the terminal escaped, never raw', async () => {
    const plan = labPlan((r, dir) => {
      r.weeks[0]!.tasks[0]!.checks = [
        {
          id: 'evil',
          title: L('Evil'),
          command: ['printf', '\u001b]0;pwned\u0007\u001b[2J', '\u202e', '\u009b31m'],
          expect: '\u001b\\[(\\d+)',
          hint: L('none'),
        },
        { id: 'touch', title: L('Touch'), command: ['touch', `${dir}/ran-touch`], hint: L('none') },
      ];
    });
    const f = depsFor(plan, { stdinIsTTY: true, answers: [false] });
    await checkCommand(undefined, {}, f.deps);
    const out = f.stdout();
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('["printf", "\\u001b]0;pwned\\u0007\\u001b[2J", "\\u{202e}", "\\u{9b}31m"]  output must match /\\u{1b}\\[(\\d+)/');
  });

  it('a damaged or odd trust file only means being asked again', async () => {
    const plan = labPlan();
    for (const damage of [
      '{"format":"roadmap-trusted-checks","version":1,"trusted":[{"sha256":1}]}',
      'not json',
      '[]',
      '{"format":"roadmap-trusted-checks","version":99,"trusted":[]}',
    ]) {
      const f = depsFor(plan);
      fs.mkdirSync(f.deps.home, { recursive: true });
      fs.writeFileSync(path.join(f.deps.home, TRUST_FILE), damage);
      await expect(checkCommand(undefined, {}, f.deps)).rejects.toThrow(UsageError);
      await checkCommand(undefined, { trust: true }, f.deps);
      expect(trusted(f.deps.home)).toHaveLength(1);
    }
    const fifo = depsFor(plan);
    fs.mkdirSync(fifo.deps.home, { recursive: true });
    expect(spawnSync('mkfifo', [path.join(fifo.deps.home, TRUST_FILE)]).status).toBe(0);
    await expect(checkCommand(undefined, {}, fifo.deps)).rejects.toThrow(UsageError); // refused at once, not waited on
  });

  it('Ctrl-C at the question runs nothing', async () => {
    const plan = labPlan();
    const f = depsFor(plan, { stdinIsTTY: true, answers: [new CancelledError('cancelled')] });
    await expect(checkCommand(undefined, {}, f.deps)).rejects.toThrow(CancelledError);
    expect(plan.ran()).toEqual([]);
  });

  it('the bundled roadmap’s checks need no consent', async () => {
    const r = structuredClone(fixtureRoadmap);
    r.weeks[0]!.tasks[0]!.checks = [{ id: 'sh', title: L('sh'), command: ['sh', '-c', 'exit 0'], hint: L('none') }];
    const f = fakeDeps({ roadmap: r });
    f.deps.toolEnv = { PATH: '/usr/bin:/bin' };
    await checkCommand(undefined, {}, f.deps);
    expect(f.stdout()).toMatch(/✔ sh +w1-basics/);
  });
});

describe('use and show tell about checks', () => {
  it('use says how many checks the file carries; --json too', async () => {
    const plan = labPlan();
    const f = fakeDeps();
    await useCommand(plan.file, {}, f.deps);
    expect(f.stdout()).toContain(
      'It carries 2 setup checks (w1-basics): commands that roadmap check runs only once you agree; roadmap show <id> lists them.\n',
    );
    const j = fakeDeps();
    await useCommand(plan.file, { json: true }, j.deps);
    expect(JSON.parse(j.stdout())).toMatchObject({ tasks: 8, checks: 2 });
    const zh = fakeDeps({ lang: 'zh' });
    await useCommand(plan.file, {}, zh.deps);
    expect(zh.stdout()).toContain('它带有 2 项环境检查（w1-basics）：这些命令只有在你同意后才会由 roadmap check 运行；roadmap show <id> 可查看。');
  });

  it('show lists a task’s checks with their exact commands', () => {
    const plan = labPlan();
    const f = fakeDeps({ roadmap: plan.roadmap });
    showCommand('w1-basics', {}, f.deps);
    expect(f.stdout()).toContain(
      [
        'Setup checks (roadmap check)',
        '  A shell',
        `    ["sh", "-c", "touch '${plan.dir}/ran-sh'"]`,
        '  Touch',
        `    ["touch", "${plan.dir}/ran-touch"]  output must match /^$/`,
      ].join('\n'),
    );
    const j = fakeDeps({ roadmap: plan.roadmap });
    showCommand('w1-basics', { json: true }, j.deps);
    expect(JSON.parse(j.stdout()).checks).toEqual([
      { id: 'shell', title: 'A shell', command: ['sh', '-c', `touch '${plan.dir}/ran-sh'`], expect: null, minVersion: null },
      { id: 'touch', title: 'Touch', command: ['touch', `${plan.dir}/ran-touch`], expect: '^$', minVersion: null },
    ]);
  });
});
