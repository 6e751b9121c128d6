// The fish completion script: `complete -c` lines with descriptions, plus two small helpers that find the
// command the way the CLI does (skipping global options and their values).

import type { CommandSpec, CompletionSpec, OptionSpec } from './completion.ts';

export function fishScript(spec: CompletionSpec): string {
  const p = spec.program;
  const h = `__${p.replace(/\W/g, '_')}`;
  const c = `complete -c ${p}`;
  const ids = `(${p} completion --ids 2>/dev/null)`;
  const weeks = `(${p} completion --weeks 2>/dev/null)`;

  const valued = [
    ...spec.commands.flatMap((cmd) => cmd.options.filter((o) => o.takesValue).flatMap((o) => o.flags.map((f) => `${cmd.name} ${f}`))),
    ...spec.globalOptions.filter((o) => o.takesValue).flatMap((o) => o.flags.map((f) => `* ${f}`)),
  ];
  const globalFlags = new Set(spec.globalOptions.flatMap((o) => o.flags));
  const lines: string[] = [];
  lines.push('# Commands.');
  for (const cmd of spec.commands) {
    lines.push(`${c} -n ${fq(`${h}_using ''`)} -a ${fq(cmd.name)} -d ${fq(cmd.description)}`);
  }
  lines.push('', '# Global options, valid before or after the command.');
  for (const option of spec.globalOptions)
    lines.push(option.beforeCommand ? `${c} -n ${fq(`${h}_using ''`)} ${optionArgs(option, ids, weeks)}` : `${c} ${optionArgs(option, ids, weeks)}`);
  for (const cmd of spec.commands) {
    // -h/--help and the like are already offered everywhere as global options.
    const own = cmd.options.filter((o) => !o.flags.every((f) => globalFlags.has(f)));
    const args = argLine(cmd, c, h, ids);
    if (own.length === 0 && !args) continue;
    lines.push('', `# ${cmd.name}`);
    const seen = fq(`__fish_seen_subcommand_from ${fishWord(cmd.name)}`);
    for (const option of own) lines.push(`${c} -n ${seen} ${optionArgs(option, ids, weeks)}`);
    if (args) lines.push(args);
  }

  return `# fish completion for ${p}.
# Install: ${p} completion fish > ~/.config/fish/completions/${p}.fish
# Task ids and week labels are asked from \`${p} completion --ids\` / \`--weeks\` each time, so they follow
# the roadmap in use.

# $argv[1] = command ('' before one), $argv[2] = option: does the option take a value?
function ${h}_takes_value
    switch "$argv[1] $argv[2]"
${valued.length > 0 ? `        case ${valued.map(fq).join(' ')}\n            return 0\n` : ''}    end
    return 1
end

# Prints how many arguments follow the command, then the command. Global options and their values may
# come first (roadmap --lang zh today): __fish_use_subcommand would take "zh" for the command.
function ${h}_state
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l cmd ''
    set -l n 0
    set -l skip 0
    set -l ddash 0
    for t in $tokens
        if test $skip = 1
            set skip 0
        else if test $ddash = 0; and test "$t" = --
            set ddash 1
        else if test $ddash = 0; and string match -q -- '-?*' $t
            ${h}_takes_value "$cmd" $t; and set skip 1
        else if test -z "$cmd"
            set cmd $t
        else
            set n (math $n + 1)
        end
    end
    echo $n
    echo $cmd
end

# True when the command typed is $argv[1] ('' = none yet) and, if $argv[2] is given, exactly that many
# of its arguments are typed already.
function ${h}_using
    set -l state (${h}_state)
    test "$state[2]" = "$argv[1]"; or return 1
    test (count $argv) -lt 2; or test "$state[1]" = "$argv[2]"
end

# No file names unless an argument or option is a file.
${c} -f

${lines.join('\n')}
`;
}

function optionArgs(option: OptionSpec, ids: string, weeks: string): string {
  const parts = option.flags.map((flag) => {
    if (flag.startsWith('--')) return `-l ${fishWord(flag.slice(2))}`;
    if (flag.length === 2) return `-s ${fishWord(flag.slice(1))}`;
    return `-o ${fishWord(flag.slice(1))}`; // old-style long option with one dash
  });
  if (option.takesValue) parts.push(valueArgs(option, ids, weeks));
  if (option.description) parts.push(`-d ${fq(option.description)}`);
  return parts.join(' ');
}

function valueArgs(option: OptionSpec, ids: string, weeks: string): string {
  // -a is itself parsed as fish words, so fixed values are quoted once for -a and once for the line.
  if (option.values) return `-x -a ${fq(option.values.map(fq).join(' '))}`;
  switch (option.dynamic) {
    case 'weeks':
      return `-x -a ${fq(weeks)}`;
    case 'ids':
      return `-x -a ${fq(ids)}`;
    case 'dates':
      return `-x -a ${fq('(date +%Y-%m-%d)')}`;
    case 'files':
      return '-r -F';
    case undefined:
      return '-x';
  }
}

function argLine(cmd: CommandSpec, c: string, h: string, ids: string): string | undefined {
  const first = fq(`${h}_using ${fishWord(cmd.name)} 0`);
  switch (cmd.args) {
    case 'ids':
      return `${c} -n ${fq(`__fish_seen_subcommand_from ${fishWord(cmd.name)}`)} -a ${fq(ids)} -d 'task id'`;
    case 'id':
    case 'target':
      return `${c} -n ${first} -a ${fq(ids)} -d 'task id'`;
    case 'file':
      return `${c} -n ${first} -F`;
    case 'shell':
      return `${c} -n ${first} -a 'bash zsh fish'`;
    case 'none':
      return undefined;
  }
}

/** A fish single-quoted string: only \\ and \' are special inside. */
function fq(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

/** A bare word when safe, else quoted (used inside already-quoted conditions, so plain names stay readable). */
function fishWord(text: string): string {
  return /^[\w.@%+=,/-]+$/.test(text) ? text : fq(text);
}
