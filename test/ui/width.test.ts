// wrap(): lines within the width, broken at spaces in Latin text and between CJK characters, never so that a
// closing mark starts a line or an opening mark ends one.
import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth, stripAnsi, wrap } from '../../src/ui/width.ts';

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

  const red = (t: string) => `\u001b[31m${t}\u001b[39m`;
  const url = 'https://github.com/WZMIAOMIAO/deep-learning-for-image-processing/tree/master/pytorch_classification';
  it.each([
    {
      name: 'English at spaces',
      text: 'Read the paper first, then write it yourself.',
      width: 20,
      lines: ['Read the paper', 'first, then write it', 'yourself.'],
    },
    {
      name: 'an English word longer than the width keeps whole',
      text: 'see torchvision.transforms.functional now',
      width: 12,
      lines: ['see', 'torchvision.transforms.functional', 'now'],
    },
    { name: 'Chinese between characters', text: '先读论文，再自己写一遍。', width: 8, lines: ['先读论', '文，再自', '己写一', '遍。'] },
    { name: 'Chinese: no closing mark starts a line', text: '理解“万物皆对象”。', width: 8, lines: ['理解“万', '物皆对', '象”。'] },
    { name: 'Chinese: no opening mark ends a line', text: '学习（浅尝即止）', width: 6, lines: ['学习', '（浅尝', '即止）'] },
    { name: 'mixed Chinese and English', text: '用 PyTorch 搭建 ResNet-18 网络', width: 12, lines: ['用 PyTorch', '搭建', 'ResNet-18 网', '络'] },
    { name: 'a URL that fits stays on the line', text: 'code: https://x.org/a done', width: 30, lines: ['code: https://x.org/a done'] },
    { name: 'a URL longer than the width gets a line of its own, whole', text: `the code ${url} and more`, width: 30, lines: ['the code', url, 'and more'] },
    { name: 'a URL in Chinese text', text: `源码见${url}。`, width: 20, lines: ['源码见', `${url}。`] },
    { name: 'paragraphs are kept', text: 'one two\nthree', width: 80, lines: ['one two', 'three'] },
    { name: 'spaces between words are kept, none at the ends', text: '  a   b  ', width: 80, lines: ['a   b'] },
    { name: 'spaces at a break are dropped', text: 'Plan  1 day ahead', width: 8, lines: ['Plan  1', 'day', 'ahead'] },
    {
      name: 'no terminal: nothing is wrapped',
      text: `a long line of text ${url}\nnext`,
      width: Number.POSITIVE_INFINITY,
      lines: [`a long line of text ${url}`, 'next'],
    },
    { name: 'a colour is kept whole and takes no width', text: `${red('red words')} plain`, width: 9, lines: [`${red('red words')}`, 'plain'] },
    {
      name: 'a colour open across a break is closed and opened again',
      text: red('one two three'),
      width: 8,
      lines: ['\u001b[31mone two\u001b[0m', '\u001b[31mthree\u001b[39m'],
    },
    {
      name: 'a colour on Chinese',
      text: red('深度学习计算机视觉'),
      width: 8,
      lines: ['\u001b[31m深度学习\u001b[0m', '\u001b[31m计算机视\u001b[0m', '\u001b[31m觉\u001b[39m'],
    },
  ])('$name', ({ text, width, lines }) => {
    expect(wrap(text, width)).toEqual(lines);
  });

  it('keeps every line within the width unless one unbreakable piece is wider, and loses no character', () => {
    const text = `Python 官方教程（补充）：https://docs.python.org/3/tutorial/index.html 先学字符串、列表和字典，再学 classes and objects。`;
    for (let width = 10; width <= 70; width++) {
      const lines = wrap(text, width);
      for (const line of lines) if (!line.includes('https://')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      expect(lines.some((l) => l.includes('https://docs.python.org/3/tutorial/index.html'))).toBe(true);
    }
  });
});

describe('displayWidth', () => {
  // The one-column fast path (a regular expression) and the character loop agree.
  const slow = (text: string) => [...stripAnsi(text)].reduce((sum, ch) => sum + charWidth(ch.codePointAt(0)!), 0);
  it.each([
    ['', 0],
    ['plain ASCII, with ~ and |', 25],
    ['Latin: café, naïve, ß', 21],
    ['up to U+02FF: ʃʒ˜', 17],
    ['a combining mark: e\u0301', 19],
    ['中文：全角', 10],
    ['tab\there', 7],
    ['\u001b[1mbold\u001b[22m', 4],
    ['\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007', 4],
    ['emoji 🙂', 8],
    ['DEL\u007f and C1\u0085', 10],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
    expect(slow(text)).toBe(width);
  });

  it('agrees with the character loop on mixed text', () => {
    const pieces = ['a', ' ', 'é', '˜', '\u0301', '中', '（', '\t', '\u001b[31m', '🙂', '\u200b', 'ʃ'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += pieces[seed % pieces.length];
      }
      expect(displayWidth(text), JSON.stringify(text)).toBe(slow(text));
    }
  });
});
