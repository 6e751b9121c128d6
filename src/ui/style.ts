// The styles the views use (deps.style, ViewContext.style). With colour on it is chalk itself; with colour
// off (NO_COLOR, --no-color, a pipe or a file) chalk would return every text as it is, so a plain styler
// that does just that stands in, and chalk (a vendor bundle, dist/vendor/chalk.cjs) is not loaded at all:
// building its styles took about 0.5 ms and 100 KB of a `roadmap today` piped to a file (npm run bench).

import type { ChalkInstance } from 'chalk';

/** Every style a view may use: a style that is not here is a type error (chalk's own instance has them all). */
export const STYLE_NAMES = ['bold', 'gray', 'green', 'yellow', 'red', 'cyan', 'strikethrough'] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

/** A chalk instance narrowed to the styles roadmap uses (chalk's ChalkInstance is one). */
export type Style = {
  (...text: unknown[]): string;
  readonly level: number;
  hex(color: string): Style;
} & { readonly [K in StyleName]: Style };

/**
 * The styler for colour level 0: each style, and each chain of them (style.bold.green), gives its text as chalk
 * does at that level, unchanged: a style makes one argument a string and joins several with spaces, the styler
 * itself joins them all. TypeScript cannot follow the names defined in the loop, hence the one cast
 * (test/ui/style.test.ts compares every style and chain with chalk's own at level 0).
 */
export function plainStyle(): Style {
  const styled = (...text: unknown[]): string => (text.length === 1 ? String(text[0]) : text.join(' '));
  const chain = Object.assign(styled, { level: 0, hex: (_color: string): unknown => chain });
  const root = Object.assign((...text: unknown[]): string => text.join(' '), { level: 0, hex: chain.hex });
  for (const name of STYLE_NAMES) for (const style of [chain, root]) Object.defineProperty(style, name, { value: chain, enumerable: true });
  return root as unknown as Style;
}

/** The styler for a colour level: chalk, loaded only when there is colour to show. */
export async function styleFor(level: 0 | 1 | 2 | 3): Promise<Style> {
  if (level === 0) return plainStyle();
  const { Chalk } = await import('chalk');
  const chalk: ChalkInstance = new Chalk({ level });
  return chalk;
}
