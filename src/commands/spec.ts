// What a command declares about itself: its name, arguments and options (with their help), and how it runs.
// cli.ts turns each declaration into a commander command. The types tie the declared options to the
// options type the command reads: a flag it does not read, a field it reads that no flag sets, or a flag
// read as another type does not compile (test/cli-types.test.ts).

import type { Command } from 'commander';
import type { Deps, OutlineDeps } from '../deps.ts';
import type { Messages } from '../i18n/index.ts';

/**
 * 'active': the roadmap in use and its store; 'bundled': the bundled roadmap and the main store; 'outline':
 * the roadmap in use as its outline, its week blocks read when asked for (`today`: OutlineDeps).
 */
export type DepsKind = 'active' | 'bundled' | 'outline';

/** The deps a command of this kind runs with. */
export type DepsOf<K extends DepsKind> = K extends 'outline' ? OutlineDeps : Deps;

/** Builds the deps of a kind, DepsOf that kind (main builds them only for the command that runs). */
export type DepsBuilder = (kind?: DepsKind) => Promise<Deps | OutlineDeps>;

/** An entry of the help catalogue. */
export type HelpKey = keyof Messages['help'];
/**
 * Help that is not one entry of the catalogue is made from the interface's words. Such a function's
 * parameter needs its type written (`(m: Messages) => …`): untyped, it keeps TypeScript from reading the
 * arguments' types.
 */
export type HelpText = HelpKey | ((msg: Messages) => string);

export interface ArgSpec {
  /** commander's syntax: '<id>' required, '[id]' optional, '<id...>' / '[id...]' any number. */
  readonly name: `<${string}>` | `[${string}]`;
  readonly help: HelpText;
}

export interface OptionSpec {
  /** commander's syntax: '--json', '-y, --yes', '--date <date>', '--no-color'. */
  readonly flags: `--${string}` | `-${string}, --${string}`;
  /** The help line; a hidden option has none. */
  readonly help?: HelpKey;
  readonly choices?: readonly string[];
  readonly default?: string;
  /** Given again, the value is added to a list (`--skip w1 --skip w2`). */
  readonly repeatable?: boolean;
  /** Not in the help nor in the completion scripts (`completion --ids`, which the scripts call). */
  readonly hidden?: boolean;
}

/** The options every command takes too (cli.ts declares them on the program and on each command). */
export const globalOptions = [
  { flags: '--lang <lang>', help: 'lang', choices: ['zh', 'en'] },
  { flags: '--no-color', help: 'noColor' },
  { flags: '--debug', help: 'debug' },
] as const satisfies readonly OptionSpec[];

export const json = { flags: '--json', help: 'json' } as const satisfies OptionSpec;

// The name commander gives an option's value: the long flag in camelCase ('--days-per-week' is
// daysPerWeek), without 'no-' for a negated flag ('--no-color' sets color to false).
type LongFlag<F extends string> = F extends `${string}--${infer Rest}` ? (Rest extends `${infer Name} ${string}` ? Name : Rest) : never;
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Negated<O extends OptionSpec> = LongFlag<O['flags']> extends `no-${string}` ? true : false;
type KeyOf<O extends OptionSpec> = LongFlag<O['flags']> extends `no-${infer Name}` ? Camel<Name> : Camel<LongFlag<O['flags']>>;
type ValueOf<O extends OptionSpec> = O['flags'] extends `${string}<${string}>`
  ? O extends { repeatable: true }
    ? string[]
    : O extends { choices: readonly (infer C)[] }
      ? C
      : string
  : Negated<O> extends true
    ? boolean
    : true;
/** Always set: a default, or a negated flag (true unless given). */
type Always<O extends OptionSpec> = O extends { default: string } ? true : Negated<O>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The values commander parses from these options: absent unless given, a default or a negation. */
export type OptionValues<Os extends readonly OptionSpec[]> = Simplify<
  { [O in Os[number] as Always<O> extends true ? never : KeyOf<O>]?: ValueOf<O> } & {
    [O in Os[number] as Always<O> extends true ? KeyOf<O> : never]: ValueOf<O>;
  }
>;

export type GlobalOptions = OptionValues<typeof globalOptions>;

type ArgValue<A extends ArgSpec> = A['name'] extends `${string}...${string}` ? string[] : A['name'] extends `<${string}>` ? string : string | undefined;
/** The arguments in declared order; an argument given any number of times is a list (empty when none). */
export type ArgValues<As extends readonly ArgSpec[]> = { -readonly [I in keyof As]: As[I] extends ArgSpec ? ArgValue<As[I]> : never };

/** What a command gets besides its arguments, options and deps. */
export interface RunContext {
  /** The whole program, which `completion` describes. */
  program: Command;
  /** The shipped JSON Schema's file URL (worked out only by `template`). */
  schemaUrl: () => string;
}

interface Declaration<As extends readonly ArgSpec[], Os extends readonly OptionSpec[], R, K extends DepsKind> {
  name: string;
  help: HelpKey;
  args?: As;
  options?: Os;
  /** Bare `roadmap` runs it; it is not listed. */
  isDefault?: boolean;
  /** The deps the command runs with (default 'active'). */
  roadmap?: K;
  /** More help after the options. */
  helpAfter?: (msg: Messages) => string;
  /**
   * Refuses a command line before anything is read (the deps are built only for `run`). Written after
   * `run`, which is where TypeScript reads the options type from.
   */
  validate?: (args: ArgValues<As>, options: R) => void;
  /**
   * Its `options` parameter is typed with the options type the command reads, which is checked against
   * the declared options. The check is run's return type: that is where TypeScript looks only after it has
   * read R from run's parameter (a check on any other part of the declaration would fix R before that).
   */
  run: (args: ArgValues<As>, options: R, deps: DepsOf<K>, context: RunContext) => Agreement<NoInfer<Os>, NoInfer<R>>;
}

type Declared<Os extends readonly OptionSpec[]> = OptionValues<Os> & GlobalOptions;
/** Fields of R the declared options give another type (or leave optional where R needs them). */
type Mistyped<Os extends readonly OptionSpec[], R> = {
  [K in keyof R & keyof Declared<Os>]-?: Pick<Declared<Os>, K> extends Pick<R, K> ? never : K;
}[keyof R & keyof Declared<Os>];

/**
 * `unknown` (anything) when the declared options are exactly what the command reads; otherwise an object
 * type whose property names what is wrong, which no command's result has, so the mismatch does not compile.
 */
type Agreement<Os extends readonly OptionSpec[], R> = unknown extends R
  ? Os['length'] extends 0
    ? unknown
    : { "type run()'s options parameter with the options the command reads": Os[number]['flags'] }
  : [Exclude<keyof OptionValues<Os>, keyof R>] extends [never]
    ? [Exclude<keyof R, keyof Declared<Os>>] extends [never]
      ? [Mistyped<Os, R>] extends [never]
        ? unknown
        : { 'flags of another type than the command reads': Mistyped<Os, R> }
      : { 'the command reads options no flag sets': Exclude<keyof R, keyof Declared<Os>> }
    : { 'flags the command does not read': Exclude<keyof OptionValues<Os>, keyof R> };

/** A declaration with its types erased: what cli.ts registers. */
export interface CommandSpec {
  readonly name: string;
  readonly help: HelpKey;
  readonly args: readonly ArgSpec[];
  readonly options: readonly OptionSpec[];
  readonly isDefault: boolean;
  readonly helpAfter?: (msg: Messages) => string;
  /** Runs the command on what commander parsed: the arguments in declared order, then the options. */
  readonly action: (parsed: readonly unknown[], deps: DepsBuilder, context: RunContext) => Promise<void>;
}

export function defineCommand<
  const As extends readonly ArgSpec[] = [],
  const Os extends readonly OptionSpec[] = [],
  R = unknown,
  const K extends DepsKind = 'active',
>(declaration: Declaration<As, Os, R, K>): CommandSpec {
  const { validate, run } = declaration;
  // Without `roadmap`, K is its default, 'active'.
  const roadmap = (declaration.roadmap ?? 'active') as K;
  const args: readonly ArgSpec[] = declaration.args ?? [];
  return {
    name: declaration.name,
    help: declaration.help,
    args,
    options: declaration.options ?? [],
    isDefault: declaration.isDefault ?? false,
    helpAfter: declaration.helpAfter,
    action: async (parsed, deps, context) => {
      // commander passes the arguments as declared, then the options object it parsed from the same
      // declarations: the types above describe exactly that, which is why these two casts hold.
      const values = parsed.slice(0, args.length) as ArgValues<As>;
      const opts = parsed[args.length] as R;
      validate?.(values, opts);
      // The builder makes the kind asked for (src/run.ts getDeps; test/cli-registry.test.ts checks the kinds).
      await run(values, opts, (await deps(roadmap)) as DepsOf<K>, context);
    },
  };
}
