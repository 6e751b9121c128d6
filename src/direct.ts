// A command run without commander: the everyday commands (today, list, show, stats) have bundles of their own
// (dist/today.cjs, list.cjs, stats.cjs: scripts/build.mjs) that hold the runner and those commands, not commander nor the
// other commands' code. directLine reads a command line from the command's declaration (commands/spec.ts)
// exactly as commander would, for the plain lines those commands are given every day; for any other line
// (help, a mistake, an option twice, anything unusual) it says undefined and the whole CLI (dist/main.cjs)
// runs it, so commander says what it says. test/direct.test.ts parses the same lines both ways.

import { commandWord } from './cli-args.ts';
import { globalOptions, type CommandSpec, type OptionSpec } from './commands/spec.ts';
import { EXIT } from './errors.ts';
import { run, runProcess, type Dispatch, type RunIO } from './run.ts';

interface Flag {
  /** The key commander gives its value (camelCase of the long flag, without 'no-'). */
  key: string;
  takesValue: boolean;
  negated: boolean;
  spec: OptionSpec;
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The flags (long and short) an option answers to, with how commander names and fills its value. */
function flagsOf(spec: OptionSpec): [string[], Flag] {
  const words = spec.flags.split(/[ ,]+/);
  const long = words.find((w) => w.startsWith('--'))!;
  const short = words.find((w) => /^-[A-Za-z]$/.test(w));
  const negated = long.startsWith('--no-');
  const key = camel(negated ? long.slice('--no-'.length) : long.slice(2));
  return [[long, ...(short ? [short] : [])], { key, takesValue: /[<[]/.test(spec.flags), negated, spec }];
}

/**
 * The values commander passes to the command's action for this line, its arguments in declared order and
 * then its options; undefined for a line left to commander. Taken: the command's name once (the first word
 * that is not an option), the global options before it (run.ts reads those itself), and after it the
 * command's options and the global ones (as `--x v`, `--x=v` or a short `-y`), each once unless repeatable,
 * every value present, not empty, not starting with a dash and among its choices, and the arguments it
 * declares, no more.
 */
export function directLine(command: CommandSpec, args: readonly string[]): unknown[] | undefined {
  const byFlag = new Map<string, Flag>();
  for (const spec of [...globalOptions, ...command.options]) {
    const [names, flag] = flagsOf(spec);
    for (const name of names) byFlag.set(name, flag);
  }
  const options: Record<string, unknown> = {};
  for (const flag of byFlag.values()) {
    if (flag.negated) options[flag.key] = true;
    else if (flag.spec.default !== undefined) options[flag.key] = flag.spec.default;
  }
  const given = new Set<string>();
  const positional: string[] = [];
  let named = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      if (!named) {
        if (arg !== command.name) return undefined;
        named = true;
      } else positional.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = byFlag.get(eq > 2 ? arg.slice(0, eq) : arg);
    if (!flag) return undefined;
    const isGlobal = globalOptions.some((g) => g === flag.spec);
    let value: string | undefined = eq > 2 ? arg.slice(eq + 1) : undefined;
    if (flag.takesValue) {
      value ??= args[++i];
      if (value === undefined || value === '' || value.startsWith('-')) return undefined;
      if (flag.spec.choices && !flag.spec.choices.includes(value)) return undefined;
    } else if (value !== undefined) return undefined;
    // Before the command's name only the global options, which commander gives the program, not the command.
    if (!named) {
      if (!isGlobal) return undefined;
      continue;
    }
    if (given.has(flag.key) && !flag.spec.repeatable) return undefined;
    given.add(flag.key);
    if (flag.spec.repeatable) options[flag.key] = [...((options[flag.key] as string[] | undefined) ?? []), value!];
    else options[flag.key] = flag.takesValue ? value : !flag.negated;
  }
  if (!named) return undefined;
  const values: unknown[] = [];
  for (const arg of command.args) {
    const required = arg.name.startsWith('<');
    if (arg.name.includes('...')) {
      if (required && positional.length === 0) return undefined;
      values.push(positional.splice(0));
    } else {
      const next = positional.shift();
      if (next === undefined && required) return undefined;
      values.push(next);
    }
  }
  return positional.length > 0 ? undefined : [...values, options];
}

/** The dispatch of a line directLine read: the command's action with those values. */
function dispatchOf(command: CommandSpec, line: unknown[]): Dispatch {
  return async (ctx) => {
    // The program is commander's; only `completion` reads it, and it never runs here.
    await command.action(line, ctx.deps, { program: undefined as never, schemaUrl: () => '' });
    return EXIT.ok;
  };
}

/** Runs a command line in-process without commander, as a command's bundle does (tests); the exit code. */
export function runDirect(io: Omit<RunIO, 'dispatch'>, command: CommandSpec): Promise<number> {
  const line = directLine(command, io.argv.slice(2));
  if (line === undefined) throw new Error(`not a line ${command.name}'s bundle runs: ${io.argv.slice(2).join(' ')}`);
  return run({ ...io, dispatch: dispatchOf(command, line) });
}

/**
 * A bundle of everyday commands (dist/today.cjs, list.cjs, stats.cjs): runs the line without commander when directLine reads it, else
 * the whole CLI (`whole`: dist/main.cjs, loaded only then) runs it, from the start: nothing has been read or
 * written yet, and the two bundles share no module (each has its own copy of the errors it throws and catches).
 */
export function commandMain(bundled: readonly CommandSpec[], whole: () => { main(): Promise<void> }): Promise<void> {
  const args = process.argv.slice(2);
  const command = bundled.find((spec) => spec.name === commandWord(args));
  const line = command && directLine(command, args);
  return command === undefined || line === undefined ? whole().main() : runProcess(dispatchOf(command, line));
}
