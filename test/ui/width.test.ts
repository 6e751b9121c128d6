// wrap(): lines within the width, broken at spaces in Latin text and between CJK characters, never so that a
// closing mark starts a line or an opening mark ends one.
import { describe, expect, it } from 'vitest';
import { displayWidth, wrap } from '../../src/ui/width.ts';

describe('wrap', () => {
  it('keeps curly quotes with the word they enclose', () => {
    const text = 'Its “preparation” section has been folded into the weeks.';
    for (let width = 12; width <= 40; width++) {
      const lines = wrap(text, width);
      expect(lines.join(' ')).toBe(text);
      expect(lines.some((l) => l.startsWith('”') || l.endsWith('“'))).toBe(false);
    }
  });

  it('starts no line with Chinese closing punctuation and ends none with an opening mark', () => {
    const text =
      '原文的“前期准备”部分已并入各周内容，原文空缺的第六周由“前期准备 3、学习具体的网络模型”补齐。原文没有的内容（补充的资料、任务和说明）都标有“补充”。';
    for (let width = 10; width <= 40; width++) {
      const lines = wrap(text, width);
      expect(lines.every((l) => displayWidth(l) <= width)).toBe(true);
      expect(lines.filter((l) => /^[”’，。、；：！？）]/.test(l))).toEqual([]);
      expect(lines.filter((l) => /[“‘（]$/.test(l))).toEqual([]);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });

  it('still breaks between CJK characters and at spaces', () => {
    expect(wrap('深度学习计算机视觉', 8)).toEqual(['深度学习', '计算机视', '觉']);
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
  });
});
