// quiz and review in a real terminal (tmux): Enter reveals the answer, arrows and Enter grade, Ctrl-C leaves.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, readEvents, roadmap, tempHome } from './helpers.ts';
import { hasTmux, Tmux } from './tmux.ts';

if (process.env.CI && !hasTmux) throw new Error('tmux is needed for the terminal tests (.ci/run installs it)');

let session: Tmux | undefined;
afterEach(() => session?.kill());

function run(home: string, args: string): Tmux {
  const env = `ROADMAP_HOME='${path.join(home, 'store')}' ROADMAP_CACHE='${path.join(home, 'cache')}' LANG=en_US.UTF-8 TERM=xterm-256color`;
  session = new Tmux(`env ${env} '${process.execPath}' '${BIN}' ${args}; echo "EXIT=$?"; sleep 60`);
  return session;
}

describe.skipIf(!hasTmux)('quiz and review in a real terminal', () => {
  it('quiz: Enter shows the answer, then the learner grades; Ctrl-C exits 130', async () => {
    const home = tempHome();
    const t = run(home, 'quiz w6-resnet');
    await t.waitFor('Question 1/');
    await t.waitFor('Press Enter to see the answer');
    t.keys('Enter');
    await t.waitFor('Did you know it?');
    expect(t.screen()).toMatch(/Answer: Train without degradation/);
    t.keys('Enter');
    await t.waitFor('Question 2/');
    t.keys('C-c');
    const screen = await t.waitFor('EXIT=');
    expect(screen).toContain('EXIT=130');
    expect(screen).not.toMatch(/Error|at .*\.js:\d+/);
  });

  it('review: after done, the due cards are asked and graded, each grade one event', async () => {
    const home = tempHome();
    expect(roadmap(home, ['done', 'w4-tensors']).code).toBe(0);
    const due = JSON.parse(roadmap(home, ['review', '--json']).stdout).due as { id: string }[];
    const t = run(home, 'review');
    for (const [i] of due.entries()) {
      await t.waitFor(`Review ${i + 1}/${due.length}`);
      await t.waitFor(/Press Enter to see the answer\s*$/m);
      t.keys('Enter');
      await t.waitFor('How well did you remember it?');
      // The grades are again, hard, good (the default), easy: one step down is easy.
      if (i === 0) t.keys('Down');
      t.keys('Enter');
      await t.waitFor(new RegExp(`${due[i]!.id}: (easy|good); next review`));
    }
    const screen = await t.waitFor('EXIT=');
    expect(screen).toContain(`${due.length} reviews done.`);
    expect(screen).toContain('EXIT=0');
    const grades = readEvents(home)
      .filter((e) => e.type === 'review')
      .map((e) => e.grade);
    expect(grades).toEqual(['easy', ...due.slice(1).map(() => 'good')]);
  });
});
