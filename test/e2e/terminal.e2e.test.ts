// The real binary in a real terminal (tmux): prompts are answered with keys, as a person would.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, readStore, storeFile, tempHome } from './helpers.ts';
import { hasTmux, Tmux } from './tmux.ts';

if (process.env.CI && !hasTmux) throw new Error('tmux is needed for the terminal tests (.ci/run installs it)');

let session: Tmux | undefined;
afterEach(() => session?.kill());

function run(home: string, args: string): Tmux {
  const env = `ROADMAP_HOME='${path.join(home, 'store')}' LANG=en_US.UTF-8 TERM=xterm-256color`;
  session = new Tmux(`env ${env} '${process.execPath}' '${BIN}' ${args}; echo "EXIT=$?"; sleep 60`);
  return session;
}

describe.skipIf(!hasTmux)('in a real terminal', () => {
  it('roadmap done without an id: space ticks a task, enter records it', async () => {
    const home = tempHome();
    const t = run(home, 'done');
    await t.waitFor("Today's tasks done");
    t.keys('Down', 'Space', 'Enter');
    const screen = await t.waitFor('EXIT=');
    expect(screen).toContain('Done: w1-python-oop');
    expect(screen).toContain('EXIT=0');
    expect(readStore(home).progress['w1-python-oop'].status).toBe('done');
    expect(readStore(home).progress['w1-python-basics']).toBeUndefined();
  });

  it('Ctrl-C at the prompt exits 130 quietly and records nothing', async () => {
    const home = tempHome();
    const t = run(home, 'done');
    await t.waitFor("Today's tasks done");
    t.keys('Space', 'C-c');
    const screen = await t.waitFor('EXIT=');
    expect(screen).toContain('EXIT=130');
    expect(screen).not.toMatch(/Error|at .*\.js:\d+/);
    const file = storeFile(home);
    if (fs.existsSync(file)) expect(readStore(home).progress).toEqual({});
  });

  it('bare roadmap: today, then the menu; quit leaves', async () => {
    const home = tempHome();
    const t = run(home, '');
    await t.waitFor('What next?');
    expect(t.screen()).toContain('w1-python-basics');
    t.keys('Down', 'Down', 'Down', 'Down', 'Enter'); // the fifth entry: quit
    const screen = await t.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
  });
});
