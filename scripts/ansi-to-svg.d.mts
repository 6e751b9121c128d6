// Types for ansi-to-svg.mjs (plain JavaScript), so TypeScript code and tests can import it.

export interface AnsiToSvgOptions {
  /** The window title. Default 'roadmap'. */
  title?: string;
  /** The terminal width in cells: longer lines wrap. Default: the widest line (at least 20), no wrapping. */
  columns?: number;
  /** In pixels. Default 14. */
  fontSize?: number;
  /** A multiple of fontSize. Default 1.35. */
  lineHeight?: number;
}

/** Converts terminal output with ANSI escape sequences to an SVG picture of a dark terminal window. */
export function ansiToSvg(text: string, options?: AnsiToSvgOptions): string;

/** Display width of one code point: 2 for CJK / fullwidth / common emoji, 0 for combining marks, else 1. */
export function charWidth(cp: number): 0 | 1 | 2;

/** The 16 ANSI colours as '#rrggbb', brightened for the dark window. */
export const PALETTE: readonly string[];

/** The font-family list the text is drawn with. */
export const FONT_FAMILY: string;
