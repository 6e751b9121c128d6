// Terminal display width: CJK and fullwidth characters take two columns, combining marks none.

import widths from './char-widths.json' with { type: 'json' };

const ANSI_RE = /\u001B\[[0-9;]*m|\u001B\]8;[^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI_RE, '') : text;
}

/** Text whose every character is one column (printable ASCII and Latin, below the combining marks). */
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

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
  const plain = stripAnsi(text);
  // Most lines: one regular-expression scan instead of a loop over their characters (which also kept V8
  // compiling it to machine code at every start).
  if (NARROW.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) width += charWidth(ch.codePointAt(0)!);
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

/**
 * The pieces of a paragraph: colour and link sequences, addresses (kept whole), each CJK character, words
 * and runs of spaces.
 */
const PIECE = new RegExp(
  `${ANSI_RE.source}|https?:\\/\\/[\\w\\-.~:/?#\\[\\]@!$&'()*+,;=%]+|[\\u1100-\\uffff]|[^\\s\\u001b\\u1100-\\uffff]+|\\s+|\\u001b`,
  'gu',
);
const SEQUENCE = new RegExp(`^(?:${ANSI_RE.source})$`);
const SGR = /^\u001B\[([0-9;]*)m$/;

/** The codes that end a colour or an attribute (0 ends them all). */
const CLOSING_CODES = new Set([0, 22, 23, 24, 27, 29, 39, 49]);

function isClosing(sequence: string): boolean {
  if (sequence.startsWith('\u001b]8;')) return /^\u001b\]8;[^;]*;(?:\u0007|\u001b\\)$/.test(sequence);
  const codes = SGR.exec(sequence)?.[1];
  return codes !== undefined && CLOSING_CODES.has(Number(codes.split(';')[0] || 0));
}

interface Unit {
  text: string;
  width: number;
  space: boolean;
  url: boolean;
}

/**
 * The paragraph as units a line may break between: a sequence is joined to what follows it (or, at the end,
 * to what precedes it), an opening mark to what follows it, a closing mark to what precedes it.
 */
function unitsOf(paragraph: string): Unit[] {
  const units: Unit[] = [];
  let pending = '';
  for (const piece of paragraph.match(PIECE) ?? []) {
    if (SEQUENCE.test(piece)) {
      // A sequence that ends a colour or a link stays with the text before it; one that starts one, with the text after it.
      const last = units[units.length - 1];
      if (pending === '' && last && !last.space && isClosing(piece)) last.text += piece;
      else pending += piece;
      continue;
    }
    const space = /^\s+$/.test(piece);
    const last = units[units.length - 1];
    if (!space && last && !last.space && (CLOSING.test(piece) || OPENING.test(last.text))) {
      last.text += pending + piece;
      last.width += displayWidth(piece);
    } else units.push({ text: pending + piece, width: displayWidth(piece), space, url: /^https?:/.test(piece) });
    pending = '';
  }
  if (pending) {
    const last = units[units.length - 1];
    if (last && !last.space) last.text += pending;
    else units.push({ text: pending, width: 0, space: false, url: false });
  }
  return units;
}

/** The colours still open after `text`, given those open before it (a reset or a matching close ends one). */
function openStyles(text: string, open: string[]): string[] {
  let styles = open;
  for (const sequence of text.match(ANSI_RE) ?? []) {
    const codes = SGR.exec(sequence)?.[1];
    if (codes === undefined) continue;
    const code = Number(codes.split(';')[0] || 0);
    const closes: Record<number, (c: number) => boolean> = {
      0: () => true,
      22: (c) => c === 1 || c === 2,
      23: (c) => c === 3,
      24: (c) => c === 4,
      27: (c) => c === 7,
      29: (c) => c === 9,
      39: (c) => (c >= 30 && c <= 38) || (c >= 90 && c <= 97),
      49: (c) => (c >= 40 && c <= 48) || (c >= 100 && c <= 107),
    };
    const close = closes[code];
    styles = close ? styles.filter((s) => !close(Number(SGR.exec(s)![1]!.split(';')[0]))) : [...styles, sequence];
  }
  return styles;
}

/**
 * Word-wraps text to `width` display columns, one string per line (a "\n" starts a new paragraph).
 * - English breaks at spaces, never inside a word: a word longer than the width gets a line of its own.
 * - Chinese (CJK) may break between any two characters, but never before a closing mark (，。）」…) nor
 *   after an opening one (（「“).
 * - An address (http:// or https://) is never broken: when it does not fit, it goes on a line of its own.
 * - Colour and OSC 8 link sequences are kept whole and take no width; a colour open at a line's end is
 *   closed there and opened again on the next line.
 * - An infinite width (stdout is not a terminal) wraps nothing: the paragraphs come back as they are.
 */
export function wrap(text: string, width: number): string[] {
  if (!Number.isFinite(width)) return text.split('\n');
  const lines: { prefix: string; body: string }[] = [];
  let open: string[] = [];
  const close = () => {
    const last = lines[lines.length - 1]!;
    open = openStyles(last.body, open);
  };
  for (const paragraph of text.split('\n')) {
    let used = 0;
    // Spaces between words are kept as they are (columns stay aligned); at a break they are dropped.
    let gap = '';
    lines.push({ prefix: open.join(''), body: '' });
    for (const unit of unitsOf(paragraph)) {
      if (unit.space) {
        if (used > 0) gap = unit.text.replace(/[^ ]/g, ' ');
        continue;
      }
      if (used > 0 && used + gap.length + unit.width > width) {
        close();
        lines.push({ prefix: open.join(''), body: '' });
        used = 0;
        gap = '';
      }
      const line = lines[lines.length - 1]!;
      line.body += gap + unit.text;
      used += gap.length + unit.width;
      gap = '';
    }
    close();
  }
  // A colour open at the end of a line is closed there and opened again at the start of the next.
  return lines.map((line, i) => {
    const openAfter = i < lines.length - 1 && lines[i + 1]!.prefix !== '';
    return `${line.prefix}${line.body}${openAfter ? '\u001b[0m' : ''}`;
  });
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
