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

/** `roadmap today`'s own options, as commander gives them to the command. */
export interface TodayLine {
  date?: string;
  minutes?: string;
  all?: true;
  json?: true;
}

/**
 * A `roadmap today` command line that today's own bundle (src/today.ts) runs without commander: the word
 * `today` once, the global options (`--lang zh|en`, `--no-color`, `--debug`) anywhere, and after `today` its
 * own (`--date D`, `--minutes N`, also as `--date=D`, `--all`, `--json`), each at most once, every value
 * present and not starting with a dash. Anything else (help, a mistake, an option given twice) is undefined:
 * the whole CLI takes the line and says what commander says (a test runs both on the same lines).
 */
export function todayLine(args: readonly string[]): TodayLine | undefined {
  const line: TodayLine = {};
  const seen = new Set<string>();
  let today = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === 'today' && !today) {
      today = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 2 ? arg.slice(0, eq) : arg;
    let value = eq > 2 ? arg.slice(eq + 1) : undefined;
    if (seen.has(name)) return undefined;
    seen.add(name);
    if (name === '--no-color' || name === '--debug' || name === '--all' || name === '--json') {
      if (value !== undefined || ((name === '--all' || name === '--json') && !today)) return undefined;
      if (name === '--all') line.all = true;
      if (name === '--json') line.json = true;
      continue;
    }
    if (name !== '--lang' && !(today && (name === '--date' || name === '--minutes'))) return undefined;
    value ??= args[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (name === '--lang' && value !== 'zh' && value !== 'en') return undefined;
    if (name === '--date') line.date = value;
    if (name === '--minutes') line.minutes = value;
  }
  return today ? line : undefined;
}
