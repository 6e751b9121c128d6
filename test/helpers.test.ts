// The fake prompter of test/helpers.ts: a scripted answer no prompt asked for fails the test that left it.
import { describe, expect, it } from 'vitest';
import { fakeDeps } from './helpers.ts';

describe('fakeDeps prompts', () => {
  it('names the answers never asked for and the prompts that were shown', async () => {
    const f = fakeDeps({ stdinIsTTY: true, answers: ['2026-03-09', 5, 'zh'] });
    await f.deps.prompts.input('Start date?');
    expect(() => f.assertAllAnswersUsed()).toThrow('fakeDeps: 2 scripted answers never asked for: 5, "zh" (prompts shown: input "Start date?").');
    // Asked for now, so the check after this test passes.
    await f.deps.prompts.select('Days?', []);
    await f.deps.prompts.select('Language?', []);
    expect(() => f.assertAllAnswersUsed()).not.toThrow();
  });

  it('counts a fixed confirm answer as unused until something asks for confirmation', async () => {
    const f = fakeDeps({ stdinIsTTY: true, confirm: false });
    expect(() => f.assertAllAnswersUsed()).toThrow('fakeDeps: confirm: false given, but nothing asked for confirmation (no prompt was shown).');
    expect(await f.deps.prompts.confirm('Sure?', true)).toBe(false);
    expect(() => f.assertAllAnswersUsed()).not.toThrow();
  });

  it('fails a prompt nobody scripted an answer for', async () => {
    const f = fakeDeps({ stdinIsTTY: true });
    await expect(f.deps.prompts.checkbox('Done today?', [])).rejects.toThrow('unexpected checkbox prompt: Done today?');
  });
});
