// $BROWSER through the real binary: a value that names no program gets the printed URL and a note, and
// the URL is never run as a program (here a trap waits at the path the URL names from the current folder).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, tempHome } from './helpers.ts';

const URL = 'https://docs.python.org/3/tutorial/index.html';

/** A home whose folder holds an executable at the relative path 'https:/docs.python.org/3/tutorial/index.html'. */
function trappedHome(): { home: string; sprung: () => boolean } {
  const home = tempHome();
  const trap = path.join(home, 'https:', 'docs.python.org', '3', 'tutorial', 'index.html');
  fs.mkdirSync(path.dirname(trap), { recursive: true });
  const marker = path.join(home, 'sprung');
  fs.writeFileSync(trap, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
  return { home, sprung: () => fs.existsSync(marker) };
}

function open(home: string, browser: string) {
  const r = spawnSync(process.execPath, [BIN, 'open', 'w1-python-basics', '--lang', 'en'], {
    cwd: home,
    env: cleanEnv(home, { BROWSER: browser, DISPLAY: ':0' }),
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(process.platform !== 'win32')('BROWSER (spawned)', () => {
  it.each([':', ' ', '%s', '"%s" --new-tab'])('%j: prints the URL with a note, runs nothing', (value) => {
    const { home, sprung } = trappedHome();
    const r = open(home, value);
    expect(r).toEqual({
      code: 0,
      stdout: `${URL}\n`,
      stderr: `Could not start a browser (BROWSER=${JSON.stringify(value)} names no program to start); open the address above yourself.\n`,
    });
    expect(sprung()).toBe(false);
  });

  it('":<browser>" skips the empty entry and starts the browser with the URL', () => {
    const { home, sprung } = trappedHome();
    const log = path.join(home, 'opened.txt');
    const script = path.join(home, 'fake-browser.sh');
    fs.writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n`, { mode: 0o755 });
    const r = open(home, `:${script}`);
    expect(r).toMatchObject({ code: 0, stdout: `Opened ${URL}\n` });
    expect(fs.readFileSync(log, 'utf8')).toBe(`${URL}\n`);
    expect(sprung()).toBe(false);
  });

  it('doctor names an unusable BROWSER', () => {
    const { home } = trappedHome();
    const r = spawnSync(process.execPath, [BIN, 'doctor', '--lang', 'en'], { cwd: home, env: cleanEnv(home, { BROWSER: ':' }), encoding: 'utf8' });
    expect(r.stdout).toContain('BROWSER=":" names no program to start');
  });
});
