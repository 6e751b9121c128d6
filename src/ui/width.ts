// Terminal display width: CJK and fullwidth characters take two columns, combining marks none.

import widths from './char-widths.json' with { type: 'json' };

const ANSI_RE = /\u001B\[[0-9;]*m|\u001B\]8;[^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_RE, '');
}

const inRanges = (cp: number, ranges: readonly (readonly number[])[]) => ranges.some(([from, to]) => cp >= from! && cp <= to!);

function isWide(cp: number): boolean {
  return inRanges(cp, widths.wide);
}

function isZeroWidth(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || inRanges(cp, widths.zero);
}

export function charWidth(cp: number): number {
  // Most text is ASCII or Latin: answer it without looking through the tables.
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  if (isZeroWidth(cp)) return 0;
  return isWide(cp) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripAnsi(text)) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Pads with spaces to a display width (text that is already wider is left as it is). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Cuts text to at most `width` columns, ending with "…" when cut. Never in the middle of a wide
 * character, a surrogate pair or one of roadmap's own colour and link sequences (kept whole, at no
 * width; a colour left open is closed).
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  let styled = false;
  const sequences = new RegExp(ANSI_RE.source, 'y');
  for (let i = 0; i < text.length;) {
    sequences.lastIndex = i;
    const sequence = sequences.exec(text);
    if (sequence) {
      out += sequence[0];
      styled = true;
      i += sequence[0].length;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const w = charWidth(cp);
    if (used + w > width - 1) break;
    out += String.fromCodePoint(cp);
    used += w;
    i += cp > 0xffff ? 2 : 1;
  }
  return `${out}…${styled ? '\u001b[0m' : ''}`;
}

// Punctuation that may not end a line (opening) or start one (closing), as in Chinese typesetting; curly quotes
// fall in the range treated as CJK, so without this "“preparation”" could break before its closing quote.
const OPENING = /[“‘（《「『【〈]$/u;
const CLOSING = /^[”’，。、；：！？）》」』】〉…]/u;

/** Words and CJK characters, each opening mark joined to what follows it and each closing mark to what precedes it. */
function glued(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    const space = (t: string) => /^\s+$/.test(t);
    if (last !== undefined && !space(last) && !space(token) && (CLOSING.test(token) || OPENING.test(last))) out[out.length - 1] = last + token;
    else out.push(token);
  }
  return out;
}

/** Wraps plain text to `width` columns; breaks at spaces for Latin text and anywhere between CJK characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    const tokens = glued(paragraph.match(/[\u1100-\uffff]|[^\s\u1100-\uffff]+|\s+/gu) ?? []);
    for (const token of tokens) {
      const w = displayWidth(token);
      if (/^\s+$/.test(token)) {
        if (used > 0 && used + 1 <= width) {
          line += ' ';
          used += 1;
        }
        continue;
      }
      if (used + w > width && used > 0) {
        lines.push(line.trimEnd());
        line = '';
        used = 0;
      }
      line += token;
      used += w;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export function bar(fraction: number, width: number): { filled: string; empty: string } {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const n = Math.round(clamped * width);
  return { filled: '█'.repeat(n), empty: '░'.repeat(width - n) };
}

/** The largest of `f` over `items` (0 when there are none): a loop, so any number of items is fine. */
export function maxOf<T>(items: Iterable<T>, f: (item: T) => number): number {
  let max = 0;
  for (const item of items) {
    const value = f(item);
    if (value > max) max = value;
  }
  return max;
}

/** The widest display width among `texts` (0 when there are none). */
export function maxWidth(texts: Iterable<string>): number {
  return maxOf(texts, displayWidth);
}
