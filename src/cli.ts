// The one file that knows commander: registers the commands that src/commands/ declare (spec.ts), in a loop.

import { Command, Option } from 'commander';
import type { Deps } from './deps.ts';
import type { Messages } from './i18n/index.ts';
import { displayWidth } from './ui/width.ts';
import { aboutSpec } from './commands/about.ts';
import { checkSpec } from './commands/check.ts';
import { completionSpec } from './commands/completion.ts';
import { doctorSpec } from './commands/doctor.ts';
import { doneSpec, menuSpec, openSpec } from './commands/interactive.ts';
import { listSpec, showSpec } from './commands/list.ts';
import { logSpec } from './commands/log.ts';
import { resetSpec, skipSpec, startSpec, undoSpec } from './commands/mark.ts';
import { noteSpec, notesSpec } from './commands/notes.ts';
import { papersSpec } from './commands/papers.ts';
import { planSpec } from './commands/plan.ts';
import { quizSpec } from './commands/quiz.ts';
import { reviewSpec } from './commands/review.ts';
import { exerciseSpec, verifySpec } from './commands/exercise.ts';
import { reportSpec } from './commands/report.ts';
import { globalOptions, type CommandSpec, type DepsKind, type HelpText, type OptionSpec } from './commands/spec.ts';
import { spentSpec } from './commands/spent.ts';
import { statsSpec } from './commands/stats.ts';
import { todaySpec } from './commands/today.ts';
import { exportSpec, importSpec } from './commands/transfer.ts';
import { templateSpec, useSpec } from './commands/use.ts';

export type { DepsKind } from './commands/spec.ts';

/** Every command, in the order of the help. */
const commands: readonly CommandSpec[] = [
  todaySpec,
  menuSpec,
  listSpec,
  showSpec,
  quizSpec,
  reviewSpec,
  exerciseSpec,
  verifySpec,
  doneSpec,
  startSpec,
  spentSpec,
  skipSpec,
  undoSpec,
  resetSpec,
  openSpec,
  statsSpec,
  noteSpec,
  notesSpec,
  logSpec,
  exportSpec,
  importSpec,
  reportSpec,
  planSpec,
  templateSpec,
  useSpec,
  checkSpec,
  papersSpec,
  completionSpec,
  doctorSpec,
  aboutSpec,
];

export interface CliContext {
  msg: Messages;
  version: string;
  /** Builds the dependencies on first use, so --help and --version touch nothing. */
  deps: (kind?: DepsKind) => Promise<Deps>;
  write: (text: string) => void;
  /** The shipped JSON Schema's file URL (worked out only by `template`). */
  schemaUrl: () => string;
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
  for (const spec of commands) {
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
  return { program, names: commands.map((spec) => spec.name) };
}
