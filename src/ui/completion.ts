// Shell completion: a plain description of the CLI (built from the commander program, so it never drifts
// from cli.ts) and the per-shell script generators. Pure: task ids and week labels are not baked in; the
// scripts ask `roadmap completion --ids` / `--weeks` at completion time, so they follow the roadmap in use.

import type { Argument, Command, Option } from 'commander';
import { bashScript } from './completion-bash.ts';
import { zshScript } from './completion-zsh.ts';
import { fishScript } from './completion-fish.ts';
import { oneLine } from './completion-common.ts';

export type Shell = 'bash' | 'zsh' | 'fish';
export const shells: readonly Shell[] = ['bash', 'zsh', 'fish'];

/** Values the shell has to fetch or compute when completing, rather than a fixed list. */
export type DynamicValues = 'ids' | 'weeks' | 'files' | 'dates';

export interface OptionSpec {
  /** Every spelling, short first: ['-y', '--yes']. */
  flags: string[];
  takesValue: boolean;
  /** Fixed choices, e.g. ['zh', 'en']. */
  values?: string[];
  dynamic?: DynamicValues;
  /** Shown by zsh and fish next to the option. */
  description?: string;
  /** Taken only before a command (--version): not offered after one. */
  beforeCommand?: boolean;
}

/** 'target' = id or id:n; 'shell' = bash|zsh|fish; 'ids' = any number of ids. */
export type ArgKind = 'ids' | 'id' | 'target' | 'file' | 'shell' | 'none';

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  args: ArgKind;
}

export interface CompletionSpec {
  program: string;
  globalOptions: OptionSpec[];
  commands: CommandSpec[];
}

// Options whose value is a week label or a date, recognised by name because commander has no value type.
const weekOptions = new Set(['--week']);
const dateOptions = new Set(['--date', '--since', '--start']);

export function specFromCommander(program: Command): CompletionSpec {
  // Help#visibleCommands/visibleOptions are commander's public way to skip hidden entries, and they also
  // include the built-in help command and help option, which are real things a user can type.
  const help = program.createHelp();
  return {
    program: program.name(),
    globalOptions: help.visibleOptions(program).map(optionSpec),
    commands: help.visibleCommands(program).map((cmd) => ({
      name: cmd.name(),
      description: oneLine(cmd.description()),
      options: cmd.createHelp().visibleOptions(cmd).map(optionSpec),
      args: argKind(cmd.registeredArguments[0]),
    })),
  };
}

function optionSpec(option: Option): OptionSpec {
  const flags = [option.short, option.long].filter((f): f is string => f !== undefined);
  const takesValue = option.required || option.optional;
  const spec: OptionSpec = { flags, takesValue };
  if (option.description) spec.description = oneLine(option.description);
  // `roadmap done --version` is an unknown option: the version is the program's alone.
  if (option.long === '--version') spec.beforeCommand = true;
  if (!takesValue) return spec;
  if (option.argChoices && option.argChoices.length > 0) spec.values = [...option.argChoices];
  const dynamic = dynamicFor(option);
  if (dynamic && !spec.values) spec.dynamic = dynamic;
  return spec;
}

function dynamicFor(option: Option): DynamicValues | undefined {
  const long = option.long ?? '';
  if (weekOptions.has(long)) return 'weeks';
  if (dateOptions.has(long)) return 'dates';
  // Otherwise go by the value placeholder in the flags, e.g. `--out <file>` or `--task <id>`.
  const placeholder = /[<[]([\w-]+)(?:\.\.\.)?[>\]]/.exec(option.flags)?.[1];
  if (placeholder === 'file' || placeholder === 'path') return 'files';
  if (placeholder === 'id' || placeholder === 'ids') return 'ids';
  return undefined;
}

/** Completion only looks at the first argument: that is where an id, file or shell name goes. */
function argKind(arg: Argument | undefined): ArgKind {
  if (!arg) return 'none';
  switch (arg.name()) {
    case 'id':
      return arg.variadic ? 'ids' : 'id';
    case 'ids':
      return 'ids';
    case 'target':
      return 'target';
    case 'file':
      return 'file';
    case 'shell':
      return 'shell';
    default:
      return 'none';
  }
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}
