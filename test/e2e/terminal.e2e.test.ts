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

  it.each([
    ['UTF-8', 'utf-8'],
    // An editor set to the Chinese legacy encoding: the bytes are decoded by Node (src/shims/iconv-lite.ts).
    ['GB18030', 'gb18030'],
  ])('roadmap note without text: the editor writes the note (%s)', async (_name, encoding) => {
    const home = tempHome();
    const text = '残差网络的核心是恒等映射：学习残差比直接学习映射更容易，深层网络因此更好训练。';
    const editor = path.join(home, 'editor.py');
    fs.writeFileSync(editor, `import sys\nopen(sys.argv[1], 'wb').write(${JSON.stringify(text)}.encode('${encoding}'))\n`);
    const env = `ROADMAP_HOME='${path.join(home, 'store')}' LANG=en_US.UTF-8 TERM=xterm-256color EDITOR='python3 ${editor}'`;
    session = new Tmux(`env ${env} '${process.execPath}' '${BIN}' note w1-python-basics; echo "EXIT=$?"; sleep 60`);
    await session.waitFor('editor');
    session.keys('Enter');
    const screen = await session.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
    expect(readStore(home).notes.map((n: { text: string }) => n.text)).toEqual([text]);
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
