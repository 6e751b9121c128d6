// The one file that knows commander: registers the commands that src/commands/ declare (spec.ts), in a loop.

import { Command, CommanderError, Option } from 'commander';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { commandWord } from './cli-args.ts';
import { quoteInput } from './commands/shared.ts';
import { closest } from './core/roadmap.ts';
import { EXIT, UsageError } from './errors.ts';
import type { Dispatch } from './run.ts';
import type { Messages } from './i18n/index.ts';
import { displayWidth } from './ui/width.ts';
import { globalOptions, type CommandSpec, type DepsBuilder, type HelpText, type OptionSpec } from './commands/spec.ts';

export type { DepsKind } from './commands/spec.ts';

export interface CliContext {
  msg: Messages;
  version: string;
  /** Builds the dependencies on first use, so --help and --version touch nothing. */
  deps: DepsBuilder;
  write: (text: string) => void;
  /** The shipped JSON Schema's file URL (worked out only by `template`). */
  schemaUrl: () => string;
  /** The commands of this CLI, in the order of the help (src/commands/index.ts). */
  commands: readonly CommandSpec[];
  /** The command this run will execute, when known: the others are not registered. */
  only?: string;
}

/** commander writes its help headings in English; they are put into the interface's language here. */
function localizeHelp(text: string, msg: Messages): string {
  const words = msg.helpWords;
  return text
    .replace(/^Usage: /m, words.usage)
    .replace(/^Options:$/m, words.options)
    .replace(/^Commands:$/m, words.commands)
    .replace(/^Arguments:$/m, words.arguments)
    .split('\n')
    .map((line) => localizePlaceholders(line, msg))
    .join('\n')
    .replace(/ \(choices: ([^)]*)\)/g, (_, list: string) => words.choices(list))
    .replace(/ \(default: ([^)]*)\)/g, (_, value: string) => words.default(value));
}

/**
 * "[options]" and "[command]" in the interface's language; a line of the command list keeps its columns
 * (the description is moved back by what the words gained or lost in display width).
 */
function localizePlaceholders(line: string, msg: Messages): string {
  let shift = 0;
  const replaced = line.replace(/\[options\]|\[command\]/g, (word) => {
    const said = msg.helpWords.placeholders[word as keyof Messages['helpWords']['placeholders']];
    shift += word.length - displayWidth(said);
    return said;
  });
  return shift > 0 ? replaced.replace(/(?<=\S) {2,}/, (gap) => gap + ' '.repeat(shift)) : replaced;
}

export interface Cli {
  program: Command;
  /** Every command's name (also those not registered in this run), for "did you mean". */
  names: string[];
}

const helpText = (help: HelpText, msg: Messages) => (typeof help === 'function' ? help(msg) : msg.help[help]);

function option(spec: OptionSpec, msg: Messages): Option {
  const made = new Option(spec.flags, spec.help === undefined ? undefined : msg.help[spec.help]);
  if (spec.choices) made.choices(spec.choices);
  if (spec.default !== undefined) made.default(spec.default);
  if (spec.repeatable) made.argParser((value: string, previous: string[] = []) => [...previous, value]);
  if (spec.hidden) made.hideHelp();
  return made;
}

export function buildCli(ctx: CliContext): Cli {
  const { msg } = ctx;
  const h = msg.help;
  const writeHelp = (text: string) => ctx.write(localizeHelp(text, msg));
  const program = new Command('roadmap')
    .description(h.program)
    .version(ctx.version, '-V, --version', h.version)
    .helpOption('-h, --help', h.helpOpt)
    .helpCommand('help [command]', h.helpCmd);
  for (const global of globalOptions) program.addOption(option(global, msg));
  program
    .addHelpText('after', `\n${h.exitCodes}`)
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: writeHelp, writeErr: () => {}, outputError: () => {} });

  // Options are positional: the program's come before the command's name. Every command also takes the
  // global ones itself, so `roadmap today --lang en` works, and `plan --lang` can mean "save the language".
  program.enablePositionalOptions();
  const context = { program, schemaUrl: ctx.schemaUrl };
  // Declaring a command costs time at every start: a run that executes one command declares only that
  // one (help and completion, which describe them all, come without `only`).
  for (const spec of ctx.commands) {
    if (ctx.only !== undefined && ctx.only !== spec.name) continue;
    const command = program.command(spec.name, { isDefault: spec.isDefault, hidden: spec.isDefault });
    for (const global of globalOptions) command.addOption(option(global, msg));
    command
      .description(helpText(spec.help, msg))
      .helpOption('-h, --help', h.helpOpt)
      .exitOverride()
      .configureOutput({ writeOut: writeHelp, writeErr: () => {}, outputError: () => {} });
    for (const arg of spec.args) command.argument(arg.name, helpText(arg.help, msg));
    for (const o of spec.options) command.addOption(option(o, msg));
    if (spec.helpAfter) command.addHelpText('after', `\n${spec.helpAfter(msg)}`);
    command.action((...parsed: unknown[]) => spec.action(parsed, ctx.deps, context));
  }
  return { program, names: ctx.commands.map((spec) => spec.name) };
}

function commanderMessage(error: CommanderError, msg: Messages): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return msg.unknownOption(quoted);
    case 'commander.unknownCommand':
      return msg.unknownCommand(quoted);
    case 'commander.missingArgument':
      return msg.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return msg.missingOptionValue(quoted.split(' ')[0] ?? quoted);
    case 'commander.excessArguments':
      return msg.tooManyArguments;
    case 'commander.invalidArgument': {
      // "option '--grade <grade>' argument 'x' is invalid. Allowed choices are again, hard, good, easy."
      const said = /option '(\S+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(error.message);
      return said ? msg.badChoice(said[1]!, said[2]!, said[3]!) : error.message.replace(/^error: /, '');
    }
    default:
      return error.message.replace(/^error: /, '');
  }
}

/**
 * The whole CLI's dispatch (src/main.ts): commander with these commands. An unknown command is refused with
 * the names nearest to it; commander's own mistakes are said in the interface's language, with the help to read.
 */
export function commanderDispatch(commands: readonly CommandSpec[]): Dispatch {
  return async ({ args, argv, msg, deps, write, writeErr }) => {
    const first = commandWord(args);
    // Help and completion describe every command; any other run needs only its own.
    const only = first === undefined || first === 'help' || first === 'completion' ? undefined : first;
    const { program, names } = buildCli({
      msg,
      version: pkg.version,
      deps,
      write,
      schemaUrl: () => pathToFileURL(path.join(import.meta.dirname, '..', 'data', 'roadmap.schema.json')).href,
      commands,
      only,
    });
    if (first !== undefined && first !== 'help' && !names.includes(first)) {
      const near = closest(first, names, 2);
      throw new UsageError(msg.sentences(msg.unknownCommand(quoteInput(first)), near.length > 0 ? msg.didYouMean(near.join(', ')) : msg.seeHelp));
    }
    try {
      await program.parseAsync(argv);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error;
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.usage;
      // The help to read is the command's own when the mistake is in a command's options or arguments.
      const help = first !== undefined && first !== 'help' && names.includes(first) ? msg.seeCommandHelp(first) : msg.seeHelp;
      writeErr(`roadmap: ${msg.sentences(commanderMessage(error, msg), help)}\n`);
      return EXIT.usage;
    }
  };
}
