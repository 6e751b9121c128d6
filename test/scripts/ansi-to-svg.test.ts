import { describe, expect, it } from 'vitest';
import { ansiToSvg, charWidth, PALETTE } from '../../scripts/ansi-to-svg.mjs';

const ESC = '\u001b';
const BEL = '\u0007';
const CELL = 0.6 * 14; // the cell width at the default font size

// A tiny XML parser: enough to prove the output is well-formed and to look inside it.

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = '[A-Za-z_][\\w:.-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function checkEntities(text: string, where: string): string {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) throw new Error(`a bare & in ${where}: ${text.slice(i, i + 20)}`);
  }
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) throw new Error(`a control character in ${where}`);
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

function parseXml(text: string): XmlElement {
  const openTag = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
  const closeTag = new RegExp(`</(${NAME})\\s*>`, 'y');
  const attr = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < text.length) {
    const top = stack.at(-1)!;
    if (text.startsWith('</', i)) {
      closeTag.lastIndex = i;
      const m = closeTag.exec(text);
      if (!m) throw new Error(`a broken end tag at ${i}`);
      if (m[1] !== top.name) throw new Error(`</${m[1]}> closes <${top.name}> at ${i}`);
      stack.pop();
      i = closeTag.lastIndex;
    } else if (text[i] === '<') {
      openTag.lastIndex = i;
      const m = openTag.exec(text);
      if (!m) throw new Error(`a broken tag at ${i}: ${text.slice(i, i + 40)}`);
      const element: XmlElement = { name: m[1]!, attrs: {}, children: [] };
      for (const a of m[2]!.matchAll(attr)) {
        if (a[1]! in element.attrs) throw new Error(`a repeated attribute ${a[1]} at ${i}`);
        element.attrs[a[1]!] = checkEntities(a[2] ?? a[3] ?? '', `an attribute of <${m[1]}>`);
      }
      if (top === root && root.children.some((c) => typeof c !== 'string')) throw new Error('more than one root element');
      top.children.push(element);
      if (m[3] !== '/') stack.push(element);
      i = openTag.lastIndex;
    } else {
      const end = text.indexOf('<', i);
      const chunk = text.slice(i, end === -1 ? text.length : end);
      if (top === root) {
        if (chunk.trim() !== '') throw new Error('text outside the root element');
      } else top.children.push(checkEntities(chunk, `<${top.name}>`));
      i = end === -1 ? text.length : end;
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new Error('no root element');
  return element;
}

function* walk(
  element: XmlElement,
  inherited: Record<string, string> = {},
  parents: string[] = [],
): Generator<{ element: XmlElement; attrs: Record<string, string>; parents: string[] }> {
  const attrs = { ...inherited, ...element.attrs };
  yield { element, attrs, parents };
  for (const child of element.children) if (typeof child !== 'string') yield* walk(child, attrs, [...parents, element.name]);
}

const textOf = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/** The tspans that hold text directly, with the attributes they inherit from enclosing tspans. */
function spans(svg: string) {
  const found: { text: string; x: number; attrs: Record<string, string>; parents: string[] }[] = [];
  for (const { element, attrs, parents } of walk(parseXml(svg))) {
    if (element.name === 'tspan' && element.attrs.x !== undefined) {
      found.push({ text: textOf(element), x: Number(element.attrs.x), attrs, parents });
    }
  }
  return found;
}

function rects(svg: string) {
  return [...walk(parseXml(svg))].filter(({ element }) => element.name === 'rect').map(({ element }) => element.attrs);
}

const spanWith = (svg: string, text: string) => {
  const span = spans(svg).find((s) => s.text === text);
  if (!span) throw new Error(`no tspan holds ${JSON.stringify(text)}: ${JSON.stringify(spans(svg).map((s) => s.text))}`);
  return span;
};

describe('ansiToSvg', () => {
  it('draws a dark terminal window with three dots and the title', () => {
    const svg = ansiToSvg('hello\n', { title: 'roadmap today' });
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const all = [...walk(root)].map((w) => w.element);
    expect(all.filter((e) => e.name === 'circle')).toHaveLength(3);
    expect(all.some((e) => e.name === 'rect' && e.attrs.rx !== undefined)).toBe(true);
    expect(all.some((e) => e.name === 'text' && textOf(e) === 'roadmap today')).toBe(true);
    expect(svg).toContain('ui-monospace, SFMono-Regular, Menlo, Consolas, &apos;Noto Sans Mono CJK SC&apos;, monospace');
    expect(spanWith(svg, 'hello').x).toBe(0);
  });

  it('turns foreground colours into fills and resets them', () => {
    const svg = ansiToSvg(`${ESC}[31mred${ESC}[0m plain ${ESC}[92mbright${ESC}[39m default`);
    expect(spanWith(svg, 'red').attrs.fill).toBe(PALETTE[1]);
    expect(spanWith(svg, 'bright').attrs.fill).toBe(PALETTE[10]);
    const plain = spanWith(svg, 'plain');
    const def = spanWith(svg, 'default');
    expect(plain.attrs.fill).toBe(def.attrs.fill); // the window's default text colour
    expect(plain.attrs.fill).not.toBe(PALETTE[1]);
    expect(svg).toMatch(new RegExp(`<tspan [^>]*fill="${PALETTE[1]}"[^>]*>red</tspan>`));
  });

  it('handles bold, italic, underline and turning them off', () => {
    const svg = ansiToSvg(`${ESC}[1mbold${ESC}[22m ${ESC}[3mitalic${ESC}[23m ${ESC}[4munder${ESC}[24m ${ESC}[1;2mboth${ESC}[22m normal`);
    expect(spanWith(svg, 'bold').attrs['font-weight']).toBe('bold');
    expect(spanWith(svg, 'italic').attrs['font-style']).toBe('italic');
    expect(spanWith(svg, 'under').attrs['text-decoration']).toBe('underline');
    expect(spanWith(svg, 'both').attrs['font-weight']).toBe('bold');
    expect(spanWith(svg, 'both').attrs.fill).not.toBe(spanWith(svg, 'normal').attrs.fill); // dim
    const normal = spanWith(svg, 'normal').attrs;
    expect(normal['font-weight']).toBeUndefined();
    expect(normal['font-style']).toBeUndefined();
    expect(normal['text-decoration']).toBeUndefined();
  });

  it('reads 256-colour and truecolor foregrounds', () => {
    const svg = ansiToSvg(
      `${ESC}[38;5;208morange${ESC}[38;5;1m low${ESC}[38;5;244m gray${ESC}[38;2;1;2;3m rgb${ESC}[38:2::10:20:30m colon${ESC}[38;5;21m blue`,
    );
    expect(spanWith(svg, 'orange').attrs.fill).toBe('#ff8700');
    expect(spanWith(svg, 'low').attrs.fill).toBe(PALETTE[1]);
    expect(spanWith(svg, 'gray').attrs.fill).toBe('#808080');
    expect(spanWith(svg, 'rgb').attrs.fill).toBe('#010203');
    expect(spanWith(svg, 'colon').attrs.fill).toBe('#0a141e');
    expect(spanWith(svg, 'blue').attrs.fill).toBe('#0000ff');
  });

  it('draws backgrounds as rects behind their cells', () => {
    const svg = ansiToSvg(`ab${ESC}[41m red ${ESC}[49m${ESC}[48;5;21mx${ESC}[48;2;255;0;128my${ESC}[0m`);
    const red = rects(svg).find((r) => r.fill === PALETTE[1]);
    expect(red).toBeDefined();
    expect(Number(red!.x)).toBeCloseTo(2 * CELL);
    expect(Number(red!.width)).toBeCloseTo(5 * CELL);
    expect(Number(rects(svg).find((r) => r.fill === '#0000ff')?.x)).toBeCloseTo(7 * CELL);
    expect(Number(rects(svg).find((r) => r.fill === '#ff0080')?.x)).toBeCloseTo(8 * CELL);
    expect(spanWith(svg, 'red').x).toBeCloseTo(3 * CELL);
  });

  it('swaps the colours for inverse video', () => {
    const svg = ansiToSvg(`${ESC}[32;7minv${ESC}[27m`);
    expect(rects(svg).some((r) => r.fill === PALETTE[2])).toBe(true);
    expect(spanWith(svg, 'inv').attrs.fill).not.toBe(PALETTE[2]);
  });

  it('escapes XML in the text and the title', () => {
    const svg = ansiToSvg(`${ESC}[1m<b>&"'</b>${ESC}[0m`, { title: 'a <title> & "quotes"' });
    expect(svg).toContain('&lt;b&gt;&amp;&quot;&apos;&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    expect(spanWith(svg, `<b>&"'</b>`).attrs['font-weight']).toBe('bold');
    expect(svg).toContain('<title>a &lt;title&gt; &amp; &quot;quotes&quot;</title>');
  });

  it('places a Chinese line on the cell grid: wide characters take two cells', () => {
    const svg = ansiToSvg(`${ESC}[36m中文${ESC}[39mabc 进度 ok`);
    // The second run starts after 2 CJK characters = 4 cells.
    expect(spanWith(svg, 'abc').x).toBeCloseTo(4 * CELL);
    // Each wide character sits in its own two cells and is stretched to fill them.
    const zhong = spanWith(svg, '中');
    const wen = spanWith(svg, '文');
    expect(zhong.x).toBe(0);
    expect(wen.x).toBeCloseTo(2 * CELL);
    expect(Number(zhong.attrs.textLength)).toBeCloseTo(2 * CELL);
    expect(zhong.attrs.fill).toBe(PALETTE[6]);
    expect(spanWith(svg, '进').x).toBeCloseTo(8 * CELL);
    expect(spanWith(svg, 'ok').x).toBeCloseTo(13 * CELL);
    // The window fits the line's 15 cells.
    const root = parseXml(svg);
    expect(Number(root.attrs.width)).toBeCloseTo(Math.max(15, 20) * CELL + 32);
  });

  it('keeps columns aligned across lines of mixed width', () => {
    const svg = ansiToSvg('学习  x\nabcd  y\n');
    expect(spanWith(svg, 'x').x).toBeCloseTo(spanWith(svg, 'y').x);
  });

  it('counts display width like a terminal', () => {
    expect(charWidth('中'.codePointAt(0)!)).toBe(2);
    expect(charWidth('，'.codePointAt(0)!)).toBe(2);
    expect(charWidth('가'.codePointAt(0)!)).toBe(2);
    expect(charWidth(0x1f600)).toBe(2);
    expect(charWidth(0x20000)).toBe(2);
    expect(charWidth(0x301)).toBe(0);
    expect(charWidth('█'.codePointAt(0)!)).toBe(1);
    expect(charWidth('a'.codePointAt(0)!)).toBe(1);
    // A combining mark joins its base character and takes no cell.
    const svg = ansiToSvg('e\u0301 x');
    expect(spanWith(svg, 'e\u0301 x').x).toBe(0);
  });

  it('turns OSC 8 hyperlinks into <a> elements (BEL or ST), with the URL escaped', () => {
    const svg = ansiToSvg(
      `see ${ESC}]8;;https://example.com/?a=1&b=<2>${BEL}${ESC}[36mthe docs${ESC}[39m${ESC}]8;;${BEL} or ${ESC}]8;id=x;https://b.example/${ESC}\\B${ESC}]8;;${ESC}\\ end`,
    );
    expect(svg).toContain('href="https://example.com/?a=1&amp;b=&lt;2&gt;"');
    const links = [...walk(parseXml(svg))].filter(({ element }) => element.name === 'a').map(({ element }) => element);
    expect(links).toHaveLength(2);
    expect(links[0]!.attrs.href).toBe('https://example.com/?a=1&b=<2>');
    expect(textOf(links[0]!)).toBe('the docs');
    expect(links[1]!.attrs.href).toBe('https://b.example/');
    expect(textOf(links[1]!)).toBe('B');
    expect(spanWith(svg, 'the docs').parents).toContain('a');
    expect(spanWith(svg, 'end').parents).not.toContain('a');
    expect(spanWith(svg, 'see').parents).not.toContain('a');
  });

  it('does not link script URLs', () => {
    const svg = ansiToSvg(`${ESC}]8;;javascript:alert(1)${BEL}click${ESC}]8;;${BEL}`);
    expect(svg).not.toContain('<a ');
    expect(spanWith(svg, 'click').parents).not.toContain('a');
  });

  it('drops escape sequences it does not draw', () => {
    const input = `a${ESC}[2Kb${ESC}[?25lc${ESC}(Bd${ESC}]0;window title${BEL}e${ESC}[5;10Hf${ESC}7g${ESC}[38;5m\u0007h`;
    const svg = ansiToSvg(input);
    expect(svg).not.toContain(ESC);
    expect(svg).not.toContain('window title');
    expect(spanWith(svg, 'abcdefgh').x).toBe(0);
    parseXml(svg);
  });

  it('draws block elements as rects that fill their cells', () => {
    const svg = ansiToSvg(`${ESC}[32m████${ESC}[90m░░${ESC}[39m 20%`);
    const bar = rects(svg).filter((r) => r.fill === PALETTE[2]);
    expect(bar).toHaveLength(1);
    expect(Number(bar[0]!.x)).toBe(0);
    expect(Number(bar[0]!.width)).toBeCloseTo(4 * CELL);
    const track = rects(svg).find((r) => r.fill === PALETTE[8]);
    expect(Number(track!.x)).toBeCloseTo(4 * CELL);
    expect(Number(track!.width)).toBeCloseTo(2 * CELL);
    expect(Number(track!['fill-opacity'])).toBeLessThan(1);
    expect(spanWith(svg, '20%').x).toBeCloseTo(7 * CELL);
    expect(spans(svg).some((s) => s.text.includes('█'))).toBe(false);
  });

  it('wraps at the given number of columns and sizes the window to it', () => {
    const svg = ansiToSvg('abcdef\n中文字\n', { columns: 4 });
    const texts = [...walk(parseXml(svg))].filter(({ element }) => element.name === 'text' && element.attrs.y !== undefined && !element.attrs['text-anchor']);
    expect(texts.map(({ element }) => textOf(element))).toEqual(['abcd', 'ef', '中文', '字']);
    expect(Number(parseXml(svg).attrs.width)).toBeCloseTo(4 * CELL + 32);
  });

  it('sizes the window to the widest line by default and grows with the line count', () => {
    const one = parseXml(ansiToSvg('x'.repeat(50)));
    const three = parseXml(ansiToSvg(`${'x'.repeat(30)}\n\n${'y'.repeat(50)}\n`));
    expect(Number(one.attrs.width)).toBeCloseTo(50 * CELL + 32);
    expect(Number(three.attrs.width)).toBe(Number(one.attrs.width));
    expect(Number(three.attrs.height)).toBeGreaterThan(Number(one.attrs.height));
    expect(Number(ansiToSvg('x', { fontSize: 20 }).match(/width="([\d.]+)"/)![1])).toBeCloseTo(20 * 0.6 * 20 + 32);
  });

  it('produces well-formed XML for messy input', () => {
    const messy = [
      `${ESC}[1;31;42m<&>${ESC}[0m\t"tab"\r\nline with \r overwrite`,
      `${ESC}]8;;https://x.example/a"b'c${BEL}q"uote${ESC}]8;;${BEL}${ESC}[38;2;300;0;0m bad rgb ${ESC}[38;5;999m bad 256`,
      `\ud800 lone surrogate \uffff ${ESC}[`,
      `${ESC}]8;;https://unclosed.example${BEL}never closed ${ESC}[4mu ${ESC}[9ms${ESC}[0m`,
      '表格 ✔ ○ ◐ ↷ · ▒ ▓ 😀 𠀀',
    ].join('\n');
    const svg = ansiToSvg(messy, { title: '<&>' });
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('the little XML parser rejects what is not well-formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>')).toThrow();
    expect(parseXml('<a x="&amp;"><b/>t</a>').attrs.x).toBe('&');
  });
});
