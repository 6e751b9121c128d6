import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { plainStyle, STYLE_NAMES, styleFor, type Style } from '../../src/ui/style.ts';

// Each way a view reaches a styler: a style, a chain of two, a colour by hex, the styler itself.
const paths: [string, (s: Style) => Style][] = [
  ['the styler itself', (s) => s],
  ...STYLE_NAMES.map((name): [string, (s: Style) => Style] => [name, (s) => s[name]]),
  ['bold.green', (s) => s.bold.green],
  ['bold.yellow', (s) => s.bold.yellow],
  ['gray.strikethrough', (s) => s.gray.strikethrough],
  ['hex', (s) => s.hex('#40c463')],
  ['bold.hex', (s) => s.bold.hex('#216e39')],
];
const inputs: unknown[][] = [['text'], ['two', 'words'], [], [''], [42], [null], [undefined], ['中文，全角'], ['a\nb'], [1, null, 'x']];

describe('plainStyle', () => {
  for (const [name, reach] of paths) {
    it(`${name} gives what chalk gives at level 0`, () => {
      const chalk = new Chalk({ level: 0 });
      for (const text of inputs) expect(reach(plainStyle())(...text), JSON.stringify(text)).toBe(reach(chalk)(...text));
    });
  }

  it('says its level is 0, as chalk does with colour off', () => {
    expect(plainStyle().level).toBe(0);
    expect(plainStyle().bold.level).toBe(0);
  });
});

describe('styleFor', () => {
  it('is the plain styler at level 0 and chalk at the level asked for otherwise', async () => {
    expect((await styleFor(0)).bold('x')).toBe('x');
    for (const level of [1, 2, 3] as const) {
      const style = await styleFor(level);
      expect(style.level).toBe(level);
      expect(style.bold.green('x')).toBe(new Chalk({ level }).bold.green('x'));
      expect(style.bold('x')).not.toBe('x');
    }
  });
});
