// @ts-check
// Renders terminal output (ANSI SGR colours and styles, OSC 8 hyperlinks, CJK text) as an SVG
// picture of a dark terminal window. No dependencies: used to make the README's screenshots.
//
// The text is first played onto a grid of cells like a terminal would (wide characters take two
// cells, combining marks none, \r, \b and tabs move the cursor, lines wrap at `columns` when given),
// then each run of same-styled cells becomes a <tspan> placed at x = column * cellWidth, so columns
// line up whatever monospace font the viewer has.

import fs from 'node:fs';

/**
 * @typedef {object} AnsiToSvgOptions
 * @property {string} [title] The window title.
 * @property {number} [columns] The terminal width in cells: longer lines wrap. Default: the widest line (at least 20), no wrapping.
 * @property {number} [fontSize] In pixels.
 * @property {number} [lineHeight] A multiple of fontSize.
 */

/**
 * @typedef {object} Style
 * @property {string | null} fg '#rrggbb', null: the default.
 * @property {string | null} bg
 * @property {boolean} bold
 * @property {boolean} dim
 * @property {boolean} italic
 * @property {boolean} underline
 * @property {boolean} inverse
 * @property {boolean} hidden
 * @property {boolean} strike
 */

/**
 * @typedef {object} Cell
 * @property {string} ch The character and any combining marks; '' for the right half of a wide character.
 * @property {number} width 1 or 2 (0 for the right half of a wide character).
 * @property {Style} style
 * @property {string | null} link
 */

const WINDOW_BG = '#1e2129';
const WINDOW_BORDER = '#343a46';
const DEFAULT_FG = '#d5d9e0';
const TITLE_FG = '#8b93a1';
const DOTS = ['#ff5f57', '#febc2e', '#28c840'];

/** The 16 ANSI colours, brightened to read well on the dark window. */
export const PALETTE = Object.freeze([
  '#4b5263', // black (still visible on the background)
  '#f0717a', // red
  '#98c379', // green
  '#e5c07b', // yellow
  '#61afef', // blue
  '#c678dd', // magenta
  '#56b6c2', // cyan
  '#d5d9e0', // white
  '#8b93a1', // bright black (gray)
  '#ff8f96', // bright red
  '#b5e08f', // bright green
  '#f5d68f', // bright yellow
  '#86c3ff', // bright blue
  '#dd9bf0', // bright magenta
  '#7fd6e0', // bright cyan
  '#ffffff', // bright white
]);

export const FONT_FAMILY = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Noto Sans Mono CJK SC', monospace";

/** The same cell widths the CLI uses (src/ui/width.ts). */
const widths = JSON.parse(fs.readFileSync(new URL('../src/ui/char-widths.json', import.meta.url), 'utf8'));
/** @param {number} cp @param {number[][]} ranges */
const inRanges = (cp, ranges) => ranges.some(([from, to]) => cp >= from && cp <= to);
/** @param {number} cp */
const isWide = (cp) => inRanges(cp, widths.wide);
/** @param {number} cp */
const isCombining = (cp) => inRanges(cp, widths.zero);

/**
 * Display width of one code point: 2 for CJK / fullwidth / the common emoji, 0 for combining marks, else 1.
 * (U+303F, the half-width ideographic space, is the one exception inside U+2E80-A4CF.)
 * @param {number} cp
 * @returns {0 | 1 | 2}
 */
export function charWidth(cp) {
  if (isCombining(cp)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** @returns {Style} */
function plainStyle() {
  return { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false, hidden: false, strike: false };
}

/** @param {number} n */
const hex2 = (n) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');
/** @param {number} r @param {number} g @param {number} b */
const rgbHex = (r, g, b) => `#${hex2(r)}${hex2(g)}${hex2(b)}`;

/**
 * The xterm 256-colour table: the 16 ANSI colours, a 6x6x6 cube, 24 grays.
 * @param {number} n
 * @returns {string | null}
 */
function color256(n) {
  if (!Number.isInteger(n) || n < 0 || n > 255) return null;
  if (n < 16) return /** @type {string} */ (PALETTE[n]);
  if (n < 232) {
    const levels = [0, 95, 135, 175, 215, 255];
    const i = n - 16;
    return rgbHex(levels[Math.floor(i / 36)] ?? 0, levels[Math.floor(i / 6) % 6] ?? 0, levels[i % 6] ?? 0);
  }
  const v = 8 + (n - 232) * 10;
  return rgbHex(v, v, v);
}

/**
 * Reads an extended colour (38/48/58) from SGR parameters.
 * `params[i]` is the 38/48/58 itself, either plain (`38;5;n`, `38;2;r;g;b`) or with colon sub-parameters (`38:5:n`, `38:2::r:g:b`).
 * @param {string[]} params
 * @param {number} i
 * @returns {{ color: string | null, next: number }} next: the index of the parameter after the colour
 */
function extendedColor(params, i) {
  const head = /** @type {string} */ (params[i]);
  if (head.includes(':')) {
    const sub = head.split(':').map((s) => (s === '' ? Number.NaN : Number(s)));
    if (sub[1] === 5) return { color: color256(sub[2] ?? Number.NaN), next: i + 1 };
    if (sub[1] === 2) {
      // 38:2:r:g:b or 38:2:colourspace:r:g:b
      const rgb = sub.length >= 6 ? sub.slice(3, 6) : sub.slice(2, 5);
      return {
        color: rgb.length === 3 && rgb.every((v) => Number.isInteger(v) && v >= 0 && v <= 255) ? rgbHex(rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0) : null,
        next: i + 1,
      };
    }
    return { color: null, next: i + 1 };
  }
  const mode = Number(params[i + 1]);
  if (mode === 5) return { color: color256(Number(params[i + 2])), next: i + 3 };
  if (mode === 2) {
    const rgb = params.slice(i + 2, i + 5).map(Number);
    const ok = rgb.length === 3 && rgb.every((v) => Number.isInteger(v) && v >= 0 && v <= 255);
    return { color: ok ? rgbHex(rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0) : null, next: i + 5 };
  }
  return { color: null, next: i + 2 };
}

/**
 * Applies one SGR sequence's parameters ("1;31", "" = reset) to a style, returning the new style.
 * @param {Style} style
 * @param {string} paramText
 * @returns {Style}
 */
function applySgr(style, paramText) {
  const s = { ...style };
  const params = paramText === '' ? ['0'] : paramText.split(';');
  for (let i = 0; i < params.length;) {
    const raw = /** @type {string} */ (params[i]);
    const code = raw === '' ? 0 : Number(raw.split(':')[0]);
    if (code === 38 || code === 48 || code === 58) {
      const { color, next } = extendedColor(params, i);
      if (color && code === 38) s.fg = color;
      if (color && code === 48) s.bg = color;
      i = next;
      continue;
    }
    i++;
    if (code === 0) Object.assign(s, plainStyle());
    else if (code === 1) s.bold = true;
    else if (code === 2) s.dim = true;
    else if (code === 3) s.italic = true;
    else if (code === 4) s.underline = raw.includes(':') ? raw !== '4:0' : true;
    else if (code === 7) s.inverse = true;
    else if (code === 8) s.hidden = true;
    else if (code === 9) s.strike = true;
    else if (code === 21) s.underline = true;
    else if (code === 22) s.bold = s.dim = false;
    else if (code === 23) s.italic = false;
    else if (code === 24) s.underline = false;
    else if (code === 27) s.inverse = false;
    else if (code === 28) s.hidden = false;
    else if (code === 29) s.strike = false;
    else if (code >= 30 && code <= 37) s.fg = /** @type {string} */ (PALETTE[code - 30]);
    else if (code === 39) s.fg = null;
    else if (code >= 40 && code <= 47) s.bg = /** @type {string} */ (PALETTE[code - 40]);
    else if (code === 49) s.bg = null;
    else if (code >= 90 && code <= 97) s.fg = /** @type {string} */ (PALETTE[code - 90 + 8]);
    else if (code >= 100 && code <= 107) s.bg = /** @type {string} */ (PALETTE[code - 100 + 8]);
    // Anything else (blink, fonts, frames, underline colour 59...) is ignored.
  }
  return s;
}

/**
 * Plays the text onto a grid of cells, one array per line.
 * @param {string} text
 * @param {number | undefined} columns wrap at this width when given
 * @returns {Cell[][]}
 */
function toGrid(text, columns) {
  /** @type {Cell[][]} */
  const lines = [[]];
  let row = 0;
  let col = 0;
  let style = plainStyle();
  /** @type {string | null} */
  let link = null;
  const wrapAt = columns !== undefined && columns > 0 ? Math.floor(columns) : Infinity;

  const line = () => /** @type {Cell[]} */ (lines[row]);
  const newLine = () => {
    row++;
    col = 0;
    while (lines.length <= row) lines.push([]);
  };
  /** @returns {Cell} */
  const blank = () => ({ ch: ' ', width: 1, style: plainStyle(), link: null });
  /** Clears both halves of a wide character that a write at `at` would cut. @param {number} at */
  const unsplit = (at) => {
    const cells = line();
    const cell = cells[at];
    if (!cell) return;
    if (cell.width === 0 && at > 0) cells[at - 1] = blank();
    if (cell.width === 2 && cells[at + 1]) cells[at + 1] = blank();
  };
  /** @param {string} ch @param {number} width */
  const put = (ch, width) => {
    if (width === 0) {
      // A combining mark joins the character before the cursor.
      const cells = line();
      let at = col - 1;
      while (at > 0 && cells[at]?.width === 0) at--;
      const target = cells[at];
      if (target && target.ch !== '') target.ch += ch;
      return;
    }
    if (col + width > wrapAt) newLine();
    const cells = line();
    while (cells.length < col) cells.push(blank());
    unsplit(col);
    if (width === 2) unsplit(col + 1);
    cells[col] = { ch, width, style, link };
    if (width === 2) cells[col + 1] = { ch: '', width: 0, style, link };
    col += width;
  };

  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x1b || c === 0x9b || c === 0x9d) {
      const csi = c === 0x9b || (c === 0x1b && text[i + 1] === '[');
      const osc = c === 0x9d || (c === 0x1b && text[i + 1] === ']');
      const start = i + (c === 0x1b ? 2 : 1);
      if (csi) {
        // CSI: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, a final byte 0x40-0x7E.
        let j = start;
        while (j < text.length && /[0-?]/.test(/** @type {string} */ (text[j]))) j++;
        const params = text.slice(start, j);
        const paramsEnd = j;
        while (j < text.length && /[ -/]/.test(/** @type {string} */ (text[j]))) j++;
        const final = text[j];
        if (final !== undefined && /[@-~]/.test(final)) {
          if (final === 'm' && j === paramsEnd && /^[0-9;:]*$/.test(params)) style = applySgr(style, params);
          i = j + 1;
        } else i = j; // a broken sequence: drop what was read
        continue;
      }
      if (osc) {
        // OSC: up to BEL or ST (ESC \ or 0x9C).
        let j = start;
        let end = -1;
        let after = text.length;
        for (; j < text.length; j++) {
          const d = text.charCodeAt(j);
          if (d === 0x07 || d === 0x9c) {
            end = j;
            after = j + 1;
            break;
          }
          if (d === 0x1b && text[j + 1] === '\\') {
            end = j;
            after = j + 2;
            break;
          }
          if (d === 0x1b) {
            end = j;
            after = j; // an unterminated OSC ends where the next escape starts
            break;
          }
        }
        const body = text.slice(start, end === -1 ? text.length : end);
        const hyperlink = /^8;[^;]*;(.*)$/s.exec(body);
        if (hyperlink) link = hyperlink[1] ? hyperlink[1] : null;
        i = after;
        continue;
      }
      if (c === 0x1b) {
        // Other escapes: ESC, intermediates 0x20-0x2F, a final byte (ESC ( B, ESC 7, ESC P ... ST is rare here).
        let j = i + 1;
        while (j < text.length && /[ -/]/.test(/** @type {string} */ (text[j]))) j++;
        if (text[i + 1] === 'P' || text[i + 1] === '_' || text[i + 1] === '^' || text[i + 1] === 'X') {
          // DCS, APC, PM, SOS: a string up to ST.
          const stAt = text.indexOf('\x1b\\', i + 2);
          i = stAt === -1 ? text.length : stAt + 2;
        } else i = Math.min(text.length, j + 1);
        continue;
      }
    }
    const cp = /** @type {number} */ (text.codePointAt(i));
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (cp === 0x0a) newLine();
    else if (cp === 0x0d) col = 0;
    else if (cp === 0x08) col = Math.max(0, col - 1);
    else if (cp === 0x09) {
      const stop = Math.min((Math.floor(col / 8) + 1) * 8, wrapAt);
      while (col < stop) put(' ', 1);
    } else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      // other control characters: nothing to draw
    } else if (cp >= 0xd800 && cp <= 0xdfff)
      put('\ufffd', 1); // a lone surrogate
    else if (cp === 0xfffe || cp === 0xffff)
      put('\ufffd', 1); // not allowed in XML
    else put(ch, charWidth(cp));
  }
  // Blank lines at the end (the final newline's) are not drawn.
  while (lines.length > 1 && /** @type {Cell[]} */ (lines[lines.length - 1]).every((cell) => cell.ch.trim() === '' && !cell.style.bg && !cell.style.inverse))
    lines.pop();
  return lines;
}

/**
 * XML-escapes text for element content or a double- or single-quoted attribute.
 * @param {string} text
 */
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

/** @param {number} n */
const num = (n) => String(Math.round(n * 100) / 100);

/**
 * Mixes two '#rrggbb' colours: `amount` of `a`, the rest `b`.
 * @param {string} a @param {string} b @param {number} amount
 */
function mix(a, b, amount) {
  /** @param {string} hex @param {number} k */
  const channel = (hex, k) => parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
  return rgbHex(
    channel(a, 0) * amount + channel(b, 0) * (1 - amount),
    channel(a, 1) * amount + channel(b, 1) * (1 - amount),
    channel(a, 2) * amount + channel(b, 2) * (1 - amount),
  );
}

/**
 * The colours a style is drawn with.
 * @param {Style} style
 * @returns {{ fg: string, bg: string | null }}
 */
function colorsOf(style) {
  let fg = style.fg ?? DEFAULT_FG;
  let bg = style.bg;
  if (style.inverse) [fg, bg] = [bg ?? WINDOW_BG, fg];
  if (style.dim) fg = mix(fg, bg ?? WINDOW_BG, 0.6);
  return { fg, bg };
}

/**
 * Block elements (U+2580-2595) are drawn as rectangles, not glyphs: bars then fill their cells exactly,
 * whatever font the viewer has. [left, top, right, bottom] as fractions of the cell, and an opacity
 * (the shades ░ ▒ ▓ are drawn as translucent blocks).
 * @type {Map<string, [number, number, number, number, number]>}
 */
const BLOCKS = new Map([
  ['\u2580', [0, 0, 1, 0.5, 1]],
  ...[1, 2, 3, 4, 5, 6, 7].map(
    (k) => /** @type {[string, [number, number, number, number, number]]} */ ([String.fromCharCode(0x2580 + k), [0, 1 - k / 8, 1, 1, 1]]),
  ),
  ['\u2588', [0, 0, 1, 1, 1]],
  ...[1, 2, 3, 4, 5, 6, 7].map(
    (k) => /** @type {[string, [number, number, number, number, number]]} */ ([String.fromCharCode(0x2588 + k), [0, 0, (8 - k) / 8, 1, 1]]),
  ),
  ['\u2590', [0.5, 0, 1, 1, 1]],
  ['\u2591', [0, 0, 1, 1, 0.25]],
  ['\u2592', [0, 0, 1, 1, 0.5]],
  ['\u2593', [0, 0, 1, 1, 0.75]],
  ['\u2594', [0, 0, 1, 1 / 8, 1]],
  ['\u2595', [7 / 8, 0, 1, 1, 1]],
]);

/** A key that is equal for cells drawn the same way. @param {Style} s */
const styleKey = (s) => JSON.stringify(s);

/** Links with a script or data URL are drawn as plain text. @param {string} url */
const safeUrl = (url) => !/^\s*(javascript|vbscript|data):/i.test(url);

/**
 * Converts terminal output with ANSI escape sequences to an SVG picture of a dark terminal window.
 * @param {string} text
 * @param {AnsiToSvgOptions} [options]
 * @returns {string}
 */
export function ansiToSvg(text, { title = 'roadmap', columns, fontSize = 14, lineHeight = 1.35 } = {}) {
  const grid = toGrid(String(text), columns);
  const cellWidth = 0.6 * fontSize;
  const rowHeight = lineHeight * fontSize;
  const widest = Math.max(0, ...grid.map((cells) => cells.length));
  const cols = columns !== undefined && columns > 0 ? Math.floor(columns) : Math.max(widest, 20);

  const padX = 16;
  const barHeight = 36;
  const padTop = 10;
  const padBottom = 16;
  const width = cols * cellWidth + 2 * padX;
  const height = barHeight + padTop + grid.length * rowHeight + padBottom;
  // The baseline sits so that the text is centred in its row.
  const baseline = (rowHeight - fontSize) / 2 + fontSize * 0.8;

  /** @type {string[]} */
  const backgrounds = [];
  /** @type {string[]} */
  const blocks = [];
  /** @type {string[]} */
  const rows = [];
  // Block elements span the height of a glyph box, a little less than the row, so stacked bars stay apart.
  const blockHeight = Math.min(rowHeight, 1.2 * fontSize);

  grid.forEach((cells, rowIndex) => {
    const top = rowIndex * rowHeight;
    // Runs: consecutive cells with the same style and link (a wide character's right half belongs to it).
    /** @type {{ col: number, cells: Cell[], style: Style, link: string | null }[]} */
    const runs = [];
    cells.forEach((cell, col) => {
      const last = runs.at(-1);
      if (cell.width === 0 && last) {
        last.cells.push(cell);
        return;
      }
      if (last && styleKey(last.style) === styleKey(cell.style) && last.link === cell.link) last.cells.push(cell);
      else runs.push({ col, cells: [cell], style: cell.style, link: cell.link });
    });

    let content = '';
    /** @type {string | null} */
    let openLink = null;
    for (const run of runs) {
      const { fg, bg } = colorsOf(run.style);
      if (bg) {
        backgrounds.push(
          `<rect x="${num(run.col * cellWidth)}" y="${num(top)}" width="${num(run.cells.length * cellWidth)}" height="${num(rowHeight)}" fill="${bg}"/>`,
        );
      }
      const link = run.link && safeUrl(run.link) ? run.link : null;
      if (link !== openLink) {
        if (openLink !== null) content += '</a>';
        if (link !== null) content += `<a href="${escapeXml(link)}" xlink:href="${escapeXml(link)}">`;
        openLink = link;
      }
      if (run.style.hidden) continue;

      // Pieces: stretches of one width class (narrow or wide), each placed at its own column.
      // Runs of spaces are left out (the next piece has its own x) unless underlined or struck through.
      const keepSpaces = run.style.underline || run.style.strike;
      /** @type {{ col: number, chars: string[], cells: number, wide: boolean, block: boolean }[]} */
      const pieces = [];
      let col = run.col;
      for (const cell of run.cells) {
        if (cell.width === 0) continue;
        const wide = cell.width === 2;
        const space = !keepSpaces && cell.ch === ' ';
        const last = pieces.at(-1);
        if (space) {
          // One space inside a narrow piece stays in it; more split it (trailing spaces are trimmed below).
          if (last && !last.wide && !last.block && last.col + last.cells === col && last.chars.at(-1) !== ' ') {
            last.chars.push(' ');
            last.cells += 1;
          }
        } else if (last && last.wide === wide && !last.block && !BLOCKS.has(cell.ch) && last.col + last.cells === col) {
          last.chars.push(cell.ch);
          last.cells += cell.width;
        } else if (last && last.block && last.chars[0] === cell.ch && last.col + last.cells === col) {
          last.chars.push(cell.ch);
          last.cells += 1;
        } else pieces.push({ col, chars: [cell.ch], cells: cell.width, wide, block: BLOCKS.has(cell.ch) });
        col += cell.width;
      }
      /** @type {string[]} */
      const attrs = [];
      if (fg !== DEFAULT_FG) attrs.push(`fill="${fg}"`);
      if (run.style.bold) attrs.push('font-weight="bold"');
      if (run.style.italic) attrs.push('font-style="italic"');
      const decorations = [run.style.underline ? 'underline' : '', run.style.strike ? 'line-through' : ''].filter(Boolean);
      if (decorations.length > 0) attrs.push(`text-decoration="${decorations.join(' ')}"`);

      /** @type {string[]} */
      const spans = [];
      for (const piece of pieces) {
        if (!keepSpaces) {
          while (piece.chars.at(-1) === ' ') {
            piece.chars.pop();
            piece.cells--;
          }
        }
        if (piece.chars.length === 0) continue;
        const shape = piece.block ? BLOCKS.get(/** @type {string} */ (piece.chars[0])) : undefined;
        if (shape) {
          // A stretch of one block element: one rectangle when it spans whole cells (no seams), else one a cell.
          const [left, upper, right, lower, opacity] = shape;
          const y = top + (rowHeight - blockHeight) / 2 + upper * blockHeight;
          const h = (lower - upper) * blockHeight;
          const whole = left === 0 && right === 1;
          const rects = whole ? [[piece.col, piece.cells]] : piece.chars.map((_, k) => [piece.col + k, 1]);
          for (const [at = 0, n = 1] of rects) {
            const x = (at + left) * cellWidth;
            const w = (n - 1 + right - left) * cellWidth;
            blocks.push(
              `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${fg}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''}/>`,
            );
          }
        } else if (piece.wide) {
          // Each wide character gets its own x, so renderers without textLength support stay aligned,
          // and a textLength of two cells.
          piece.chars.forEach((ch, k) => {
            spans.push(`<tspan x="${num((piece.col + 2 * k) * cellWidth)}" textLength="${num(2 * cellWidth)}">${escapeXml(ch)}</tspan>`);
          });
        } else {
          // textLength pins a narrow piece to its cells, so a font whose advance is not exactly 0.6em
          // does not stretch or shrink it past its neighbours.
          const fit = piece.cells > 1 ? ` textLength="${num(piece.cells * cellWidth)}" lengthAdjust="spacing"` : '';
          spans.push(`<tspan x="${num(piece.col * cellWidth)}"${fit}>${escapeXml(piece.chars.join(''))}</tspan>`);
        }
      }
      // The style goes on the one tspan, or on a tspan around several.
      const styling = attrs.map((attr) => ` ${attr}`).join('');
      if (spans.length === 1 && styling) content += `<tspan${styling}${/** @type {string} */ (spans[0]).slice('<tspan'.length)}`;
      else if (spans.length > 0 && styling) content += `<tspan${styling}>${spans.join('')}</tspan>`;
      else content += spans.join('');
    }
    if (openLink !== null) content += '</a>';
    if (content !== '') rows.push(`<text y="${num(top + baseline)}" xml:space="preserve">${content}</text>`);
  });

  const label = escapeXml(title);
  const dots = DOTS.map((color, i) => `<circle cx="${20 + i * 20}" cy="${barHeight / 2}" r="6" fill="${color}"/>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<rect x="0.5" y="0.5" width="${num(width - 1)}" height="${num(height - 1)}" rx="10" ry="10" fill="${WINDOW_BG}" stroke="${WINDOW_BORDER}"/>`,
    dots,
    `<text x="${num(width / 2)}" y="${num(barHeight / 2 + fontSize * 0.32)}" text-anchor="middle" font-family="${escapeXml(FONT_FAMILY)}" font-size="${num(fontSize * 0.9)}" fill="${TITLE_FG}">${label}</text>`,
    `<g transform="translate(${padX} ${barHeight + padTop})" font-family="${escapeXml(FONT_FAMILY)}" font-size="${num(fontSize)}" fill="${DEFAULT_FG}">`,
    ...backgrounds,
    ...blocks,
    ...rows,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
