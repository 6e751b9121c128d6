// The zsh completion script: native _arguments/_describe (descriptions shown next to each candidate),
// not bash's script through bashcompinit.

import type { CommandSpec, CompletionSpec, OptionSpec } from './completion.ts';
import { optionsFor, sq, valueName } from './completion-common.ts';

export function zshScript(spec: CompletionSpec): string {
  const p = spec.program;
  const fn = `_${p.replace(/\W/g, '_')}`;
  const list = (name: string, what: string, command: string) => `${fn}_${name}() {
  local -a items
  items=(\${(f)"$(${command} 2>/dev/null)"})
  _wanted ${name} expl ${sq(what)} compadd -a items
}
`;
  const commandCases = spec.commands.map((c) => {
    const specs = [...optionsFor(spec, c).flatMap((o) => optionSpecs(o, fn)), ...argSpecs(c, fn)];
    const body =
      specs.length > 0 ? `      _arguments -S \\\n${specs.map((s) => `        ${s} \\\n`).join('')}        && ret=0\n` : `      _message 'no more arguments'\n`;
    return `    (${zshPattern(c.name)})\n${body}      ;;\n`;
  });

  return `#compdef ${p}
# zsh completion for ${p}.
# Install: save it as _${p} in a folder on $fpath, then start a new shell, e.g.
#   mkdir -p ~/.zfunc && ${p} completion zsh > ~/.zfunc/_${p}
#   and in ~/.zshrc, before compinit:  fpath=(~/.zfunc $fpath)
# Or, after compinit in ~/.zshrc:  source <(${p} completion zsh)
# Task ids and week labels are asked from \`${p} completion --ids\` / \`--weeks\` each time, so they follow
# the roadmap in use.

${list('ids', 'task id', `${p} completion --ids`)}
${list('weeks', 'week', `${p} completion --weeks`)}
${list('dates', 'date (YYYY-MM-DD)', 'date +%Y-%m-%d')}
${fn}_commands() {
  local -a subcommands
  subcommands=(
${spec.commands.map((c) => `    ${sq(`${c.name.replace(/[\\:]/g, '\\$&')}:${c.description}`)}\n`).join('')}  )
  _describe -t commands ${sq(`${p} command`)} subcommands
}

${fn}() {
  local curcontext="$curcontext" state state_descr line ret=1
  local -A opt_args
  _arguments -C -S \\
${spec.globalOptions
  .flatMap((o) => optionSpecs(o, fn))
  .map((s) => `    ${s} \\\n`)
  .join('')}    ${sq(`: :${fn}_commands`)} \\
    ${sq('*:: :->command')} \\
    && ret=0
  if [[ $state == command ]]; then
    # words now starts at the command; global options may still follow it.
    curcontext="\${curcontext%:*:*}:${p}-$words[1]:"
    case $words[1] in
${commandCases.join('')}    esac
  fi
  return ret
}

# Autoloaded from $fpath the file is the body of ${fn}: run it. Sourced: register it instead.
if [[ $funcstack[1] == ${fn} ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${p}
fi
`;
}

/** One _arguments spec per spelling, each excluding the others: '(-y --yes)--yes[answer yes]'. */
function optionSpecs(option: OptionSpec, fn: string): string[] {
  const exclusion = option.flags.length > 1 ? `(${option.flags.join(' ')})` : '';
  const description = `[${escapeDescription(option.description ?? '')}]`;
  const value = option.takesValue ? `:${escapeMessage(valueName(option))}:${valueAction(option, fn)}` : '';
  return option.flags.map((flag) => {
    // --week=: the value may follow as the next word or after '='; -x+: next word or attached.
    const suffix = option.takesValue ? (flag.startsWith('--') ? '=' : '+') : '';
    return sq(`${exclusion}${flag}${suffix}${description}${value}`);
  });
}

function argSpecs(command: CommandSpec, fn: string): string[] {
  switch (command.args) {
    case 'ids':
      return [sq(`*:task id:${fn}_ids`)];
    case 'id':
    case 'target':
      return [sq(`:task id:${fn}_ids`)];
    case 'file':
      return [sq(':file:_files')];
    case 'shell':
      return [sq(':shell:(bash zsh fish)')];
    case 'none':
      return [];
  }
}

function valueAction(option: OptionSpec, fn: string): string {
  if (option.values) return `(${option.values.map(escapeValue).join(' ')})`;
  switch (option.dynamic) {
    case 'weeks':
      return `${fn}_weeks`;
    case 'ids':
      return `${fn}_ids`;
    case 'dates':
      return `${fn}_dates`;
    case 'files':
      return '_files';
    case undefined:
      // A single space: show the message, offer nothing.
      return ' ';
  }
}

/** Inside [...] of an _arguments spec a backslash quotes the next character; ] would end the text. */
function escapeDescription(text: string): string {
  return text.replace(/[\\\]:[]/g, '\\$&');
}

/** The message sits between colons. */
function escapeMessage(text: string): string {
  return text.replace(/[\\:]/g, '\\$&');
}

/** A word of a (a b c) action list: backslash anything that the list syntax or the shell would split on. */
function escapeValue(value: string): string {
  return value.replace(/[^\w@%+=,./-]/g, '\\$&');
}

/** A case pattern matching exactly the command name. */
function zshPattern(name: string): string {
  return name.replace(/[^\w.-]/g, '\\$&');
}
