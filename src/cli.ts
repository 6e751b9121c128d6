// The one file that knows commander: declares the commands and options and maps them to command functions.

import { Command, Option } from 'commander';
import type { Deps } from './deps.ts';
import { UsageError } from './errors.ts';
import type { Messages } from './i18n/index.ts';
import { todayCommand } from './commands/today.ts';
import { markCommand, resetCommand, undoCommand } from './commands/mark.ts';
import { openCommand } from './commands/open.ts';
import { listCommand, showCommand } from './commands/list.ts';
import { doctorCommand } from './commands/doctor.ts';
import { planCommand } from './commands/plan.ts';
import { statsCommand } from './commands/stats.ts';
import { noteCommand, notesCommand } from './commands/notes.ts';
import { logCommand } from './commands/log.ts';
import { exportCommand, importCommand } from './commands/transfer.ts';
import { reportCommand } from './commands/report.ts';
import { menuCommand, pickDone, pickOpen } from './commands/interactive.ts';

export interface CliContext {
  msg: Messages;
  version: string;
  /** Builds the dependencies on first use, so --help and --version touch nothing. */
  deps: () => Deps;
  write: (text: string) => void;
}

export function buildCli(ctx: CliContext): Command {
  const { msg } = ctx;
  const h = msg.help;
  const program = new Command('roadmap')
    .description(h.program)
    .version(ctx.version, '-V, --version', h.version)
    .helpOption('-h, --help', h.helpOpt)
    .addOption(new Option('--lang <lang>', h.lang).choices(['zh', 'en']))
    .option('--no-color', h.noColor)
    .option('--debug', h.debug)
    .addHelpText('after', `\n${h.exitCodes}`)
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: ctx.write, writeErr: () => {}, outputError: () => {} });

  const json = () => new Option('--json', h.json);
  // Options are positional: the program's come before the command's name. Every command also takes the
  // global ones itself, so `roadmap today --lang en` works, and `plan --lang` can mean "save the language".
  program.enablePositionalOptions();
  const command = (name: string, description: string, isDefault = false) =>
    program
      .command(name, { isDefault, hidden: isDefault })
      .addOption(new Option('--lang <lang>', h.lang).choices(['zh', 'en']))
      .option('--no-color', h.noColor)
      .option('--debug', h.debug)
      .description(description).helpOption('-h, --help', h.helpOpt).exitOverride().configureOutput({ writeOut: ctx.write, writeErr: () => {}, outputError: () => {} });

  command('today', h.today)
    .option('--date <date>', h.date)
    .option('--minutes <n>', h.minutes)
    .addOption(json())
    .action(async (options) => {
      await todayCommand(options, ctx.deps());
    });

  // Bare `roadmap`: today's view, then (in a terminal) a menu.
  command('menu', h.menu, true)
    .option('--date <date>', h.date)
    .option('--minutes <n>', h.minutes)
    .addOption(json())
    .action(async (options) => {
      await menuCommand(options, ctx.deps());
    });

  command('list', h.list)
    .option('--week <week>', h.week)
    .addOption(json())
    .action((options) => {
      listCommand(options, ctx.deps());
    });

  command('show', h.show)
    .argument('<id>', h.id)
    .addOption(json())
    .action((id: string, options) => {
      showCommand(id, options, ctx.deps());
    });

  command('done', h.done)
    .argument('[id...]', h.ids)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (ids: string[], options) => {
      if (ids.length === 0 && options.date === undefined) await pickDone(ctx.deps());
      else if (ids.length === 0) throw new UsageError(`${msg.missingArgument('id')} ${msg.seeHelp}`);
      else await markCommand('done', ids, options, ctx.deps());
    });

  command('start', h.start)
    .argument('<id>', h.id)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (id: string, options) => {
      await markCommand('start', [id], options, ctx.deps());
    });

  command('skip', h.skip)
    .argument('<id...>', h.ids)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (ids: string[], options) => {
      await markCommand('skip', ids, options, ctx.deps());
    });

  command('undo', h.undo)
    .addOption(json())
    .action(async (options) => {
      await undoCommand(options, ctx.deps());
    });

  command('reset', h.reset)
    .argument('[id]', h.id)
    .option('-y, --yes', h.yes)
    .addOption(json())
    .action(async (id: string | undefined, options) => {
      await resetCommand(id, options, ctx.deps());
    });

  command('open', h.open)
    .argument('[target]', `${h.id}[:n]`)
    .option('--print', h.print)
    .addOption(json())
    .action(async (target: string | undefined, options) => {
      if (target === undefined) await pickOpen(ctx.deps(), options);
      else await openCommand(target, options, ctx.deps());
    });

  command('stats', h.stats)
    .option('--date <date>', h.date)
    .addOption(json())
    .addHelpText('after', `\n${msg.stats.rules}`)
    .action((options) => {
      statsCommand(options, ctx.deps());
    });

  command('note', h.note)
    .argument('<id>', h.id)
    .argument('[text...]', h.note)
    .option('--date <date>', h.logDate)
    .addOption(json())
    .action(async (id: string, text: string[], options) => {
      await noteCommand(id, text, options, ctx.deps());
    });

  command('notes', h.notes)
    .option('--task <id>', h.taskOpt)
    .addOption(json())
    .action((options) => {
      notesCommand(options, ctx.deps());
    });

  command('log', h.log)
    .option('--since <date>', h.since)
    .addOption(json())
    .action((options) => {
      logCommand(options, ctx.deps());
    });

  command('export', h.export)
    .argument('[file]', 'file')
    .option('--force', h.force)
    .action((file: string | undefined, options) => {
      exportCommand(file, options, ctx.deps());
    });

  command('import', h.import)
    .argument('<file>', 'file')
    .option('--replace', h.replace)
    .addOption(json())
    .action(async (file: string, options) => {
      await importCommand(file, options, ctx.deps());
    });

  command('report', h.report)
    .option('--format <format>', h.format, 'md')
    .option('--date <date>', h.date)
    .action((options) => {
      reportCommand(options, ctx.deps());
    });

  command('plan', h.plan)
    .option('--start <date>', h.startDate)
    .option('--days-per-week <n>', h.daysPerWeek)
    .option('--minutes <n>', h.minutesPerDay)
    .option('--skip <weeks>', h.skipOpt, (value: string, previous: string[] = []) => [...previous, value])
    // Given after `plan`, --lang is saved as the setting; before it, it only sets this run's language.
    .addOption(json())
    .action(async (options) => {
      await planCommand(options, ctx.deps());
    });

  command('doctor', h.doctor)
    .option('--repair', h.repair)
    .addOption(json())
    .action(async (options) => {
      await doctorCommand(options, ctx.deps());
    });

  return program;
}
