// roadmap exercise and verify through the real binary: the exit codes, the report on stdout, the task marked
// done, and Ctrl-C during a check: exit 130 and no Python process left running.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, roadmap, tempHome } from './helpers.ts';

describe('exercise and verify (spawned)', () => {
  it('goes from an exercise folder to a passing verify that marks the task done', () => {
    const home = tempHome();
    const dir = path.join(home, 'ex');
    expect(roadmap(home, ['exercise', 'w1-python-exercise', '--dir', dir, '--lang', 'en']).code).toBe(0);
    expect(roadmap(home, ['exercise', 'w1-python-exercise', '--dir', dir]).code).toBe(2);
    const failing = roadmap(home, ['verify', 'w1-python-exercise', '--dir', dir, '--lang', 'en']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('✗ 01_strings');
    expect(failing.stderr).toBe('roadmap: 10 of 10 exercises do not pass yet.\n');
    expect(roadmap(home, ['exercise', 'w1-python-exercise', '--dir', dir, '--solution']).code).toBe(2);
    expect(roadmap(home, ['exercise', 'w1-python-exercise', '--dir', dir, '--solution', '--yes']).code).toBe(0);
    for (const name of fs.readdirSync(path.join(dir, 'solutions'))) fs.copyFileSync(path.join(dir, 'solutions', name), path.join(dir, name));
    const passing = roadmap(home, ['verify', 'w1-python-exercise', '--dir', dir, '--lang', 'en']);
    expect(passing.code, passing.stderr).toBe(0);
    expect(passing.stdout).toContain('All 10 exercises pass.\nDone: w1-python-exercise\n');
    expect(JSON.parse(roadmap(home, ['show', 'w1-python-exercise', '--json']).stdout).status).toBe('done');
  });

  it('Ctrl-C while the checker runs: exit 130, and the checker and its children are ended', async () => {
    const home = tempHome();
    const bin = path.join(home, 'bin');
    const pidFile = path.join(home, 'child.pid');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'python3'), `#!/bin/sh\nsleep 60 &\necho $! > ${pidFile}\nsleep 60\n`, { mode: 0o755 });
    fs.mkdirSync(path.join(home, 'ex'));
    const child = spawn(process.execPath, [BIN, 'verify', 'w3-titanic', '--dir', path.join(home, 'ex')], {
      env: cleanEnv(home, { PATH: `${bin}${path.delimiter}${process.env.PATH}` }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 100 && !fs.existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(pidFile)).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 300));
    const stat = `/proc/${pid}/stat`;
    if (fs.existsSync(stat)) expect(fs.readFileSync(stat, 'utf8').split(') ')[1]?.[0]).toBe('Z');
  });
});
