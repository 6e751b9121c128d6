// Helpers shared by the per-shell completion generators.

import type { CommandSpec, CompletionSpec, OptionSpec } from './completion.ts';

/** Help texts may be multi-line; every shell format here wants a single line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Options usable after `command`: its own, then the global ones it does not redefine (e.g. -h/--help), not --version. */
export function optionsFor(spec: CompletionSpec, command: CommandSpec): OptionSpec[] {
  const own = new Set(command.options.flatMap((o) => o.flags));
  return [...command.options, ...spec.globalOptions.filter((o) => !o.beforeCommand && !o.flags.some((f) => own.has(f)))];
}

/** A POSIX single-quoted word (bash and zsh): nothing inside is expanded, ' is closed, escaped, reopened. */
export function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Flags and command names go into word lists split on whitespace; commander never makes such names, but a
 * stray one must not turn into two words or a glob. */
export function isPlainWord(word: string): boolean {
  return /^[\w@%+=,./:-]+$/.test(word);
}

/** Wording of the value of an option, for zsh and fish: "week" for --week. */
export function valueName(option: OptionSpec): string {
  const long = option.flags.find((f) => f.startsWith('--')) ?? option.flags[0] ?? 'value';
  return long.replace(/^-+/, '') || 'value';
}
