// The plan wizard in a real terminal (tmux): the weekdays ticked in a checkbox, in Chinese for one run
// (plan --lang zh) without the language being saved.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, readStore, tempHome } from './helpers.ts';
import { hasTmux, Tmux } from './tmux.ts';

let session: Tmux | undefined;
afterEach(() => session?.kill());

describe.skipIf(!hasTmux)('the plan wizard in a real terminal', () => {
  it('plan --lang zh: the weekdays Monday first, the key hints in Chinese; Sat+Sun saved, the language not', async () => {
    const home = tempHome();
    const env = `ROADMAP_HOME='${path.join(home, 'store')}' LANG=en_US.UTF-8 TERM=xterm-256color`;
    session = new Tmux(`env ${env} '${process.execPath}' '${BIN}' plan --lang zh; echo "EXIT=$?"; sleep 60`);
    const t = session;
    await t.waitFor('开始日期');
    t.keys('Enter');
    const days = await t.waitFor('你的学习日');
    expect(days).toMatch(/星期一[\s\S]*星期二[\s\S]*星期五[\s\S]*星期六[\s\S]*星期日/);
    expect(days).toContain('↑↓ 移动 • 空格 选择');
    expect(days).not.toMatch(/navigate|submit/);
    // Without a plan Monday to Friday are ticked: untick them, tick Saturday and Sunday.
    t.keys('Space');
    for (let i = 0; i < 6; i++) t.keys('Down', 'Space');
    t.keys('Enter');
    await t.waitFor('每个学习日多少分钟');
    t.keys('Enter');
    await t.waitFor('你已经会用 Python 编程了吗');
    t.keys('Enter');
    await t.waitFor('已经掌握的周');
    t.keys('Enter');
    await t.waitFor('跟随系统语言（不保存）');
    t.keys('Enter');
    const screen = await t.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
    expect(screen).toMatch(/节奏 +每周学习 2 天（周六、周日）/);
    const store = readStore(home);
    expect(store.plan).toEqual({ daysPerWeek: 2, minutesPerDay: null, weekdays: [0, 6] });
    expect(store.settings ?? {}).toEqual({});
  });
});
