// Which word of the command line names the command: main.ts (to check it and to say which help to read) and the
// loader (src/boot/start.ts, to pick the command's compiled code) find it alike.

/** The options taken before any command whose value is the next word: `roadmap --date mon` is `today --date mon`. */
const VALUE_OPTIONS = new Set(['--lang', '--date', '--minutes']);

/** The first word that is neither an option nor an option's value: the command's name, if any. */
export function commandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1];
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * The everyday commands that run from a bundle of their own without commander (src/direct.ts,
 * scripts/build.mjs): the command, and its bundle (list and show share one, as they share a module).
 */
export const DIRECT_BUNDLES: Readonly<Record<string, string>> = { today: 'today', list: 'list', show: 'list', stats: 'stats' };
