// The bash completion script. Kept to bash 3.2 features (no associative arrays) because that is the bash
// macOS ships; compopt (bash 4) is only used when present.

import type { CompletionSpec, OptionSpec } from './completion.ts';
import { isPlainWord, optionsFor, sq } from './completion-common.ts';

export function bashScript(spec: CompletionSpec): string {
  const p = spec.program;
  const fn = `_${p.replace(/\W/g, '_')}`;
  const h = `_${fn}`; // prefix of the helper functions
  const ids = `${h}_lines < <(${p} completion --ids 2>/dev/null)`;
  const weeks = `${h}_lines < <(${p} completion --weeks 2>/dev/null)`;
  const words = (list: string[]) => sq(list.filter(isPlainWord).join(' '));

  // `case "$command $option"` keys: a command's own options first, then global ones under any command.
  const keyed: { key: string; option: OptionSpec }[] = [
    ...spec.commands.flatMap((c) => c.options.flatMap((o) => o.flags.map((f) => ({ key: sq(`${c.name} ${f}`), option: o })))),
    ...spec.globalOptions.flatMap((o) => o.flags.map((f) => ({ key: `*${sq(` ${f}`)}`, option: o }))),
  ];
  const valued = keyed.filter((k) => k.option.takesValue).map((k) => k.key);
  const valueCases = keyed.flatMap(({ key, option }) => {
    const action = valueAction(option, h, weeks, ids);
    return option.takesValue && action ? [`    ${key}) ${action} ;;`] : [];
  });
  const optionCases = spec.commands.map((c) => `    ${sq(c.name)}) opts=${words(optionsFor(spec, c).flatMap((o) => o.flags))} ;;`);
  const argCases = spec.commands.flatMap((c) => {
    const first = (action: string) => [`    ${sq(c.name)}) (( $2 == 0 )) && ${action} ;;`];
    switch (c.args) {
      case 'ids':
        return [`    ${sq(c.name)}) ${ids} ;;`];
      case 'id':
      case 'target':
        return first(ids);
      case 'file':
        return first(`${h}_files`);
      case 'shell':
        return first(`${h}_add bash zsh fish`);
      case 'none':
        return [];
    }
  });

  return `# bash completion for ${p}.
# Install (either one):
#   ${p} completion bash > ~/.local/share/bash-completion/completions/${p}
#   echo 'source <(${p} completion bash)' >> ~/.bashrc
# Task ids and week labels are not stored here: they are asked from \`${p} completion --ids\` and
# \`${p} completion --weeks\` each time, so they follow the roadmap in use.

# Adds the arguments that start with $cur; unlike compgen -W, nothing in them gets expanded.
${h}_add() {
  local w
  for w in "$@"; do
    [[ $w == "$cur"* ]] && COMPREPLY+=("$w")
  done
  return 0
}

# Adds the lines of stdin that start with $cur (one task id or week label per line).
${h}_lines() {
  local line
  while IFS= read -r line; do
    [[ -n $line ]] && ${h}_add "$line"
  done
  return 0
}

${h}_files() {
  local f
  while IFS= read -r f; do
    COMPREPLY+=("$f")
  done < <(compgen -f -- "$cur")
  # Lets readline quote spaces and add a / to folders.
  type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null
  return 0
}

# $1 = command ('' before one), $2 = option: does the option take a value?
${h}_takes_value() {
  case "$1 $2" in
${valued.length > 0 ? `    ${valued.join('|')}) return 0 ;;\n` : ''}    *) return 1 ;;
  esac
}

# $1 = command, $2 = option whose value is being completed.
${h}_values() {
  case "$1 $2" in
${valueCases.map((l) => `${l}\n`).join('')}    *) ;;
  esac
  return 0
}

# $1 = command: sets opts to its options followed by the global ones.
${h}_options() {
  case "$1" in
${optionCases.map((l) => `${l}\n`).join('')}    *) opts=${words(spec.globalOptions.flatMap((o) => o.flags))} ;;
  esac
}

# $1 = command, $2 = how many of its arguments come before the word being completed.
${h}_args() {
  case "$1" in
${argCases.map((l) => `${l}\n`).join('')}    *) ;;
  esac
  return 0
}

${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd='' opt='' opts='' w
  local -i i=1 npos=0 ddash=0
  COMPREPLY=()
  # Walk the words before the cursor: global options and their values may come before the command.
  while (( i < COMP_CWORD )); do
    w=\${COMP_WORDS[i]}
    if (( !ddash )) && [[ $w == -- ]]; then
      ddash=1
    elif (( !ddash )) && [[ $w == -?* ]]; then
      if ${h}_takes_value "$cmd" "$w"; then
        i+=1
        # COMP_WORDBREAKS splits --week=3 into --week, =, 3.
        [[ \${COMP_WORDS[i]} == = ]] && i+=1
        if (( i >= COMP_CWORD )); then
          opt=$w
          break
        fi
      fi
    elif [[ -z $cmd ]]; then
      cmd=$w
    else
      npos+=1
    fi
    i+=1
  done

  if [[ -n $opt ]]; then
    [[ $cur == = ]] && cur=''
    ${h}_values "$cmd" "$opt"
  elif (( !ddash )) && [[ $cur == -* ]]; then
    ${h}_options "$cmd"
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W ${words(spec.commands.map((c) => c.name))} -- "$cur"))
  else
    ${h}_args "$cmd" "$npos"
  fi
  return 0
}

complete -F ${fn} ${p}
`;
}

function valueAction(option: OptionSpec, h: string, weeks: string, ids: string): string | undefined {
  if (option.values) return `${h}_add ${option.values.map(sq).join(' ')}`;
  switch (option.dynamic) {
    case 'weeks':
      return weeks;
    case 'ids':
      return ids;
    case 'files':
      return `${h}_files`;
    case 'dates':
      // Offers today's date: the format to type, and the most common answer.
      return `${h}_add "$(date +%Y-%m-%d 2>/dev/null)"`;
    case undefined:
      return undefined;
  }
}
