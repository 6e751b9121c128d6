// The one file that knows commander: declares the commands and options and maps them to command functions.

import { Command, Option } from 'commander';
import type { Deps } from './deps.ts';
import { UsageError } from './errors.ts';
import type { Messages } from './i18n/index.ts';
import * as check from './commands/check.ts';
import * as completion from './commands/completion.ts';
import * as doctor from './commands/doctor.ts';
import * as interactive from './commands/interactive.ts';
import * as list from './commands/list.ts';
import * as log from './commands/log.ts';
import * as mark from './commands/mark.ts';
import * as notes from './commands/notes.ts';
import * as open from './commands/open.ts';
import * as papers from './commands/papers.ts';
import * as plan from './commands/plan.ts';
import * as report from './commands/report.ts';
import * as stats from './commands/stats.ts';
import * as today from './commands/today.ts';
import * as transfer from './commands/transfer.ts';
import * as use from './commands/use.ts';
/** 'active': the roadmap in use and its store; 'bundled': the bundled roadmap and the main store. */
export type DepsKind = 'active' | 'bundled';

export interface CliContext {
  msg: Messages;
  version: string;
  /** Builds the dependencies on first use, so --help and --version touch nothing. */
  deps: (kind?: DepsKind) => Promise<Deps>;
  write: (text: string) => void;
  /** The shipped JSON Schema's file URL (worked out only by `template`). */
  schemaUrl: () => string;
  /** The command this run will execute, when known: the others are declared by name only. */
  only?: string;
}

/**
 * Stands in for a command that will not run: every chained call is accepted and ignored. Defining
 * commands and their options costs time at every start; help and completion define them all.
 */
function declaredOnly(): Command {
  const chain: Command = new Proxy({} as Command, { get: () => () => chain });
  return chain;
}


/** commander writes its help headings in English; they are put into the interface's language here. */
function localizeHelp(text: string, msg: Messages): string {
  const words = msg.helpWords;
  return text
    .replace(/^Usage:/m, words.usage)
    .replace(/^Options:$/m, words.options)
    .replace(/^Commands:$/m, words.commands)
    .replace(/^Arguments:$/m, words.arguments)
    .replace(/\(choices: ([^)]*)\)/g, (_, list: string) => words.choices(list))
    .replace(/\(default: ([^)]*)\)/g, (_, value: string) => words.default(value));
}

export interface Cli {
  program: Command;
  /** Every command's name (also those only declared), for "did you mean". */
  names: string[];
}

export function buildCli(ctx: CliContext): Cli {
  const { msg } = ctx;
  const h = msg.help;
  const writeHelp = (text: string) => ctx.write(localizeHelp(text, msg));
  const program = new Command('roadmap')
    .description(h.program)
    .version(ctx.version, '-V, --version', h.version)
    .helpOption('-h, --help', h.helpOpt)
    .helpCommand('help [command]', h.helpCmd)
    .addOption(new Option('--lang <lang>', h.lang).choices(['zh', 'en']))
    .option('--no-color', h.noColor)
    .option('--debug', h.debug)
    .addHelpText('after', `\n${h.exitCodes}`)
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: writeHelp, writeErr: () => {}, outputError: () => {} });

  const json = () => new Option('--json', h.json);
  // Options are positional: the program's come before the command's name. Every command also takes the
  // global ones itself, so `roadmap today --lang en` works, and `plan --lang` can mean "save the language".
  program.enablePositionalOptions();
  const names: string[] = [];
  const command = (name: string, description: string, isDefault = false): Command => {
    names.push(name);
    if (ctx.only !== undefined && ctx.only !== name) return declaredOnly();
    return program
      .command(name, { isDefault, hidden: isDefault })
      .addOption(new Option('--lang <lang>', h.lang).choices(['zh', 'en']))
      .option('--no-color', h.noColor)
      .option('--debug', h.debug)
      .description(description)
      .helpOption('-h, --help', h.helpOpt)
      .exitOverride()
      .configureOutput({ writeOut: writeHelp, writeErr: () => {}, outputError: () => {} });
  };

  command('today', h.today)
    .option('--date <date>', h.date)
    .option('--minutes <n>', h.minutes)
    .addOption(json())
    .action(async (options) => {
      await today.todayCommand(options, await ctx.deps());
    });

  // Bare `roadmap`: today's view, then (in a terminal) a menu.
  command('menu', h.menu, true)
    .option('--date <date>', h.date)
    .option('--minutes <n>', h.minutes)
    .addOption(json())
    .action(async (options) => {
      await interactive.menuCommand(options, await ctx.deps());
    });

  command('list', h.list)
    .option('--week <week>', h.week)
    .addOption(json())
    .action(async (options) => {
      list.listCommand(options, await ctx.deps());
    });

  command('show', h.show)
    .argument('<id>', h.id)
    .addOption(json())
    .action(async (id: string, options) => {
      list.showCommand(id, options, await ctx.deps());
    });

  command('done', h.done)
    .argument('[id...]', h.ids)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (ids: string[], options) => {
      if (ids.length === 0 && options.date === undefined) await interactive.pickDone(await ctx.deps());
      else if (ids.length === 0) throw new UsageError(`${msg.missingArgument('id')} ${msg.seeHelp}`);
      else await mark.markCommand('done', ids, options, await ctx.deps());
    });

  command('start', h.start)
    .argument('<id>', h.id)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (id: string, options) => {
      await mark.markCommand('start', [id], options, await ctx.deps());
    });

  command('skip', h.skip)
    .argument('<id...>', h.ids)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (ids: string[], options) => {
      await mark.markCommand('skip', ids, options, await ctx.deps());
    });

  command('undo', h.undo)
    .addOption(json())
    .action(async (options) => {
      await mark.undoCommand(options, await ctx.deps());
    });

  command('reset', h.reset)
    .argument('[id]', h.id)
    .option('-y, --yes', h.yes)
    .addOption(json())
    .action(async (id: string | undefined, options) => {
      await mark.resetCommand(id, options, await ctx.deps());
    });

  command('open', h.open)
    .argument('[target]', `${h.id}[:n]`)
    .option('--print', h.print)
    .addOption(json())
    .action(async (target: string | undefined, options) => {
      if (target === undefined) await interactive.pickOpen(await ctx.deps(), options);
      else await open.openCommand(target, options, await ctx.deps());
    });

  command('stats', h.stats)
    .option('--date <date>', h.date)
    .addOption(json())
    .addHelpText('after', `\n${msg.stats.rules}`)
    .action(async (options) => {
      stats.statsCommand(options, await ctx.deps());
    });

  command('note', h.note)
    .argument('<id>', h.id)
    .argument('[text...]', h.note)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (id: string, text: string[], options) => {
      await notes.noteCommand(id, text, options, await ctx.deps());
    });

  command('notes', h.notes)
    .option('--task <id>', h.taskOpt)
    .addOption(json())
    .action(async (options) => {
      notes.notesCommand(options, await ctx.deps());
    });

  command('log', h.log)
    .option('--since <date>', h.since)
    .addOption(json())
    .action(async (options) => {
      log.logCommand(options, await ctx.deps());
    });

  command('export', h.export)
    .argument('[file]', 'file')
    .option('--force', h.force)
    .action(async (file: string | undefined, options) => {
      transfer.exportCommand(file, options, await ctx.deps());
    });

  command('import', h.import)
    .argument('<file>', 'file')
    .option('--replace', h.replace)
    .addOption(json())
    .action(async (file: string, options) => {
      await transfer.importCommand(file, options, await ctx.deps());
    });

  command('report', h.report)
    .option('--format <format>', h.format, 'md')
    .option('--date <date>', h.date)
    .action(async (options) => {
      report.reportCommand(options, await ctx.deps());
    });

  command('plan', h.plan)
    .option('--start <date>', h.startDate)
    .option('--days-per-week <n>', h.daysPerWeek)
    .option('--minutes <n>', h.minutesPerDay)
    .option('--skip <weeks>', h.skipOpt, (value: string, previous: string[] = []) => [...previous, value])
    // Given after `plan`, --lang is saved as the setting; before it, it only sets this run's language.
    .addOption(json())
    .action(async (options) => {
      await plan.planCommand(options, await ctx.deps());
    });

  command('template', h.template).action(async () => {
    use.templateCommand(await ctx.deps('bundled'), ctx.schemaUrl());
  });

  command('use', h.use)
    .argument('[file]', 'file')
    .option('--bundled', h.bundled)
    .addOption(json())
    .action(async (file: string | undefined, options) => {
      await use.useCommand(file, options, await ctx.deps('bundled'));
    });

  command('check', h.check)
    .argument('[id]', h.id)
    .option('--mark', h.mark)
    .addOption(json())
    .action(async (id: string | undefined, options) => {
      await check.checkCommand(id, options, await ctx.deps());
    });

  command('papers', h.papers)
    .option('--bibtex', h.bibtex)
    .addOption(json())
    .action(async (options) => {
      papers.papersCommand(options, await ctx.deps());
    });

  command('completion', h.completion)
    .argument('[shell]', 'bash | zsh | fish')
    .addOption(new Option('--ids').hideHelp())
    .addOption(new Option('--weeks').hideHelp())
    .action(async (shell: string | undefined, options) => {
      completion.completionCommand(shell, options, await ctx.deps(), program);
    });

  command('doctor', h.doctor)
    .option('--links', h.links)
    .option('--repair', h.repair)
    .addOption(json())
    .action(async (options) => {
      await doctor.doctorCommand(options, await ctx.deps());
    });

  return { program, names };
}
