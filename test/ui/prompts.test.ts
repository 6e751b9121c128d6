// The prompt wrapper driving the real inquirer prompts through in-memory streams.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalPrompts } from '../../src/ui/prompts.ts';
import { CancelledError, UsageError } from '../../src/errors.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

function terminal(keys?: Record<string, string>) {
  const input = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?: (b: boolean) => void };
  input.isTTY = true;
  input.setRawMode = () => {};
  let screen = '';
  const output = new Writable({
    write(chunk, _enc, cb) {
      screen += chunk.toString();
      cb();
    },
  });
  const type = (...keys: string[]) =>
    new Promise<void>((resolve) => {
      let i = 0;
      const next = () => {
        if (i >= keys.length) return resolve();
        input.write(keys[i++]!);
        setTimeout(next, 15);
      };
      setTimeout(next, 30);
    });
  return { prompts: terminalPrompts(true, { input, output, keys }), type, screen: () => screen };
}

const DOWN = '\u001b[B';

describe('terminalPrompts', () => {
  it('checkbox: space ticks, enter records', async () => {
    const t = terminal();
    const answer = t.prompts.checkbox('Done today?', [
      { name: 'first task', value: 'a' },
      { name: 'second task', value: 'b' },
      { name: 'third task', value: 'c' },
    ]);
    await t.type(DOWN, ' ', DOWN, ' ', '\r');
    expect(await answer).toEqual(['b', 'c']);
    expect(t.screen()).toContain('second task');
  });

  it('select and confirm', async () => {
    const t = terminal();
    const picked = t.prompts.select('Which?', [
      { name: 'one', value: 1 },
      { name: 'two', value: 2 },
    ]);
    await t.type(DOWN, '\r');
    expect(await picked).toBe(2);
    const sure = t.prompts.confirm('Sure?', false);
    await t.type('y', '\r');
    expect(await sure).toBe(true);
  });

  it('search narrows the choices as the user types', async () => {
    const t = terminal();
    const found = t.prompts.search('Open?', [
      { name: 'Python tutorial', value: 'py' },
      { name: 'PyTorch tutorials', value: 'torch' },
      { name: 'Kaggle', value: 'kaggle' },
    ]);
    await t.type('k', 'a', 'g', '\r');
    expect(await found).toBe('kaggle');
  });

  it("search also matches a choice's keywords (its Chinese title, its task id)", async () => {
    const t = terminal();
    const found = t.prompts.search('Open?', [
      { name: 'Python tutorial', value: 'py', keywords: 'Python 官方教程 w1-python-basics' },
      { name: 'ResNet explained', value: 'resnet', keywords: 'ResNet 讲解 残差网络 w6-resnet' },
    ]);
    await t.type('残', '差', '\r');
    expect(await found).toBe('resnet');
  });

  it('Ctrl-C becomes CancelledError', async () => {
    const t = terminal();
    const outcome = t.prompts.checkbox('Done today?', [{ name: 'x', value: 'x' }]).catch((error: unknown) => error);
    await t.type('\u0003');
    expect(await outcome).toBeInstanceOf(CancelledError);
  });

  it('writes the key hints in the interface language', async () => {
    const t = terminal(zh.prompts.keys);
    const ticked = t.prompts.checkbox('今天完成了哪些？', [{ name: 'x', value: 'x' }]);
    await t.type(' ', '\r');
    expect(await ticked).toEqual(['x']);
    expect(t.screen()).toContain('↑↓ 移动 • 空格 选择 • a 全选 • i 反选 • ⏎ 提交');
    const s = terminal(zh.prompts.keys);
    const picked = s.prompts.select('哪一个？', [{ name: 'one', value: 1 }]);
    await s.type('\r');
    expect(await picked).toBe(1);
    expect(s.screen()).toContain('↑↓ 移动 • ⏎ 选择');
    expect(t.screen() + s.screen()).not.toMatch(/navigate|submit|invert/);
  });

  it("keeps inquirer's English hints in English", async () => {
    const t = terminal(en.prompts.keys);
    const picked = t.prompts.select('Which?', [{ name: 'one', value: 1 }]);
    await t.type('\r');
    expect(await picked).toBe(1);
    expect(t.screen()).toContain('↑↓ navigate • ⏎ select');
  });

  it('refuses to prompt without a terminal', async () => {
    await expect(terminalPrompts(false).confirm('Sure?', false)).rejects.toThrow(UsageError);
  });
});
