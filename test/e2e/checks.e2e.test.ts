// A custom roadmap's checks through the real binary: use says they are there, show lists them, check runs
// none without consent, and Ctrl-C or SIGTERM during check leaves none of their processes running.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, roadmap, tempHome } from './helpers.ts';
import { hasTmux, Tmux } from './tmux.ts';

/** A custom roadmap (the bundled one, made someone else's) whose first task's check is `command`, every other check removed. */
function labPlan(home: string, command: string[]): string {
  const doc = JSON.parse(roadmap(home, ['template']).stdout);
  doc.id = 'lab';
  for (const week of doc.weeks) for (const task of week.tasks) delete task.checks;
  doc.weeks[0].tasks[0].checks = [{ id: 'probe', title: { en: 'Probe', zh: '探测' }, command, timeoutMs: 60_000, hint: { en: 'none', zh: '无' } }];
  const file = path.join(home, 'lab.json');
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  const used = roadmap(home, ['use', file, '--lang', 'en']);
  expect(used.code).toBe(0);
  expect(used.stdout).toContain(
    'It carries 1 setup check (w1-python-basics): commands that roadmap check runs only once you agree; roadmap show <id> lists them.',
  );
  return file;
}

/** Alive for kill(pid, 0), not counting a zombie left for an init that does not reap (as in some sandboxes). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return process.platform !== 'linux';
  }
}

async function waitFor(test: () => boolean, ms = 10_000): Promise<void> {
  for (const until = Date.now() + ms; !test();) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.skipIf(process.platform === 'win32')('custom roadmap checks (spawned)', () => {
  it('without a terminal nothing runs unless --trust says so; show lists the exact command', () => {
    const home = tempHome();
    const marker = path.join(home, 'ran');
    labPlan(home, ['sh', '-c', `touch '${marker}'`]);
    const shown = roadmap(home, ['show', 'w1-python-basics', '--lang', 'en']);
    expect(shown.stdout).toContain(`Setup checks (roadmap check)\n  Probe\n    ["sh", "-c", "touch '${marker}'"]\n`);
    const refused = roadmap(home, ['check', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /^roadmap: The setup checks of .*lab\.json run commands that file names, and you have not agreed to them: .*roadmap check --trust/,
    );
    expect(fs.existsSync(marker)).toBe(false);
    const ran = roadmap(home, ['check', '--trust', '--lang', 'en']);
    expect(ran.code).toBe(0);
    expect(fs.existsSync(marker)).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(home, 'store', 'trusted-checks.json'), 'utf8')).trusted).toHaveLength(1);
    fs.rmSync(marker);
    expect(roadmap(home, ['check', '--lang', 'en']).code).toBe(0); // remembered
    expect(fs.existsSync(marker)).toBe(true);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s during check ends the checks’ processes, children too', async (signal) => {
    const home = tempHome();
    const pidFile = path.join(home, 'pid');
    const childFile = path.join(home, 'child');
    // sh in the check's own process group, and a sleep it started in the background.
    labPlan(home, ['sh', '-c', `echo $$ > '${pidFile}'; sleep 30 & echo $! > '${childFile}'; wait`]);
    const child = spawn(process.execPath, [BIN, 'check', '--trust', '--lang', 'en'], { env: cleanEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, s) => resolve({ code, signal: s })),
    );
    await waitFor(() => fs.existsSync(childFile) && fs.readFileSync(childFile, 'utf8').trim() !== '');
    const shell = Number(fs.readFileSync(pidFile, 'utf8'));
    const sleep = Number(fs.readFileSync(childFile, 'utf8'));
    expect(alive(sleep)).toBe(true);
    const sent = Date.now();
    child.kill(signal);
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(Date.now() - sent).toBeLessThan(3000);
    await waitFor(() => !alive(shell) && !alive(sleep), 3000).catch(() => undefined);
    expect({ shell: alive(shell), sleep: alive(sleep) }).toEqual({ shell: false, sleep: false });
  });
});

let session: Tmux | undefined;
afterEach(() => session?.kill());

describe.skipIf(process.platform === 'win32' || !hasTmux)('custom roadmap checks in a real terminal', () => {
  it('shows the command and asks, No by default; yes runs it, and the next run does not ask', async () => {
    const home = tempHome();
    const marker = path.join(home, 'ran');
    labPlan(home, ['touch', marker]);
    const env = `ROADMAP_HOME='${path.join(home, 'store')}' ROADMAP_CACHE='${path.join(home, 'cache')}' LANG=en_US.UTF-8 TERM=xterm-256color`;
    const check = `env ${env} '${process.execPath}' '${BIN}' check`;
    session = new Tmux(`${check}; echo "EXIT=$?"; ${check}; echo "EXIT=$?"; ${check}; echo "AGAIN=$?"; sleep 60`);
    const t = session;
    const asked = await t.waitFor('Run them?');
    expect(asked).toContain(`["touch", "${marker}"]`);
    expect(asked).toMatch(/Run them\? \(Asked again whenever the file changes\.\) \(y\/N\)/);
    t.keys('Enter'); // the default: No
    expect(await t.waitFor('EXIT=')).toContain('Nothing was run.');
    expect(fs.existsSync(marker)).toBe(false);
    await t.waitFor(/EXIT=0[\s\S]*Run them\?/);
    t.keys('y', 'Enter');
    const screen = await t.waitFor('AGAIN=');
    expect(fs.existsSync(marker)).toBe(true);
    expect(screen.match(/Run them\?/g)).toHaveLength(2); // the third run was not asked
    expect(screen).toContain('AGAIN=0');
  });
});
