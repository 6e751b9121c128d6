// The one file that knows commander: declares the commands and options and maps them to command functions.

import { Command, Option } from 'commander';
import type { Deps } from './deps.ts';
import type { Messages } from './i18n/index.ts';
import { todayCommand } from './commands/today.ts';
import { markCommand, resetCommand, undoCommand } from './commands/mark.ts';
import { openCommand } from './commands/open.ts';
import { listCommand, showCommand } from './commands/list.ts';
import { doctorCommand } from './commands/doctor.ts';

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
  const command = (name: string, description: string, isDefault = false) =>
    program.command(name, { isDefault }).description(description).helpOption('-h, --help', h.helpOpt).exitOverride().configureOutput({ writeOut: ctx.write, writeErr: () => {}, outputError: () => {} });

  command('today', h.today, true)
    .option('--date <date>', h.date)
    .addOption(json())
    .action(async (options) => {
      await todayCommand(options, ctx.deps());
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
    .argument('<id...>', h.ids)
    .addOption(json())
    .action(async (ids: string[], options) => {
      await markCommand('done', ids, options, ctx.deps());
    });

  command('start', h.start)
    .argument('<id>', h.id)
    .addOption(json())
    .action(async (id: string, options) => {
      await markCommand('start', [id], options, ctx.deps());
    });

  command('skip', h.skip)
    .argument('<id...>', h.ids)
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
    .argument('<target>', `${h.id}[:n]`)
    .option('--print', h.print)
    .addOption(json())
    .action(async (target: string, options) => {
      await openCommand(target, options, ctx.deps());
    });

  command('doctor', h.doctor)
    .option('--repair', h.repair)
    .addOption(json())
    .action(async (options) => {
      await doctorCommand(options, ctx.deps());
    });

  return program;
}
