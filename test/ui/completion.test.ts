import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completionScript, specFromCommander, type CompletionSpec, type Shell } from '../../src/ui/completion.ts';

// A small program shaped like cli.ts, with descriptions that need escaping in every shell.
function program(): Command {
  const p = new Command('roadmap')
    .version('0.1.0', '-V, --version', 'show the version')
    .helpOption('-h, --help', '帮助: show "help" [it\'s here]')
    .addOption(new Option('--lang <lang>', 'language: zh or en').choices(['zh', 'en']))
    .option('--no-color', 'no colour')
    .option('--debug', 'debug output');
  p.command('today', { isDefault: true })
    .description("今天学什么: what's today [default]")
    .option('--date <date>', 'as if on this date')
    .option('--json', 'json');
  p.command('list').description('list tasks').option('--week <week>', 'one week').option('--json', 'json');
  p.command('show').description('show a task').argument('<id>', 'task id');
  p.command('done').description('mark done').argument('<id...>', 'task ids').option('--json', 'json');
  p.command('open').description('open a resource').argument('<target>', 'id[:n]').option('--print', 'print the url');
  p.command('reset').description('reset progress').argument('[id]', 'task id').option('-y, --yes', "don't ask");
  p.command('doctor').description('check the setup').option('--repair', 'repair');
  p.command('import').description('import progress').argument('<file>', 'file').option('--out <file>', 'write to');
  p.command('completion')
    .description('print a completion script')
    .argument('<shell>', 'bash, zsh or fish')
    .addOption(new Option('--ids').hideHelp())
    .addOption(new Option('--weeks').hideHelp());
  p.command('secret', { hidden: true }).description('not for users');
  return p;
}

const spec: CompletionSpec = specFromCommander(program());
const names = spec.commands.map((c) => c.name);
const command = (name: string) => spec.commands.find((c) => c.name === name);

describe('specFromCommander', () => {
  it('lists the visible commands (with help) in order, not the hidden ones', () => {
    expect(names).toEqual(['today', 'list', 'show', 'done', 'open', 'reset', 'doctor', 'import', 'completion', 'help']);
    expect(command('today')?.description).toBe("今天学什么: what's today [default]");
  });

  it('reads global options with their choices', () => {
    expect(spec.program).toBe('roadmap');
    expect(spec.globalOptions).toEqual([
      { flags: ['-V', '--version'], takesValue: false, description: 'show the version', beforeCommand: true },
      { flags: ['--lang'], takesValue: true, values: ['zh', 'en'], description: 'language: zh or en' },
      { flags: ['--no-color'], takesValue: false, description: 'no colour' },
      { flags: ['--debug'], takesValue: false, description: 'debug output' },
      { flags: ['-h', '--help'], takesValue: false, description: '帮助: show "help" [it\'s here]' },
    ]);
  });

  it('maps arguments to kinds', () => {
    const kinds = Object.fromEntries(spec.commands.map((c) => [c.name, c.args]));
    expect(kinds).toEqual({
      today: 'none',
      list: 'none',
      show: 'id',
      done: 'ids',
      open: 'target',
      reset: 'id',
      doctor: 'none',
      import: 'file',
      completion: 'shell',
      help: 'none',
    });
  });

  it('marks week, date and file values as dynamic and skips hidden options', () => {
    expect(command('list')?.options[0]).toEqual({ flags: ['--week'], takesValue: true, dynamic: 'weeks', description: 'one week' });
    expect(command('today')?.options[0]?.dynamic).toBe('dates');
    expect(command('import')?.options[0]?.dynamic).toBe('files');
    expect(command('reset')?.options[0]).toMatchObject({ flags: ['-y', '--yes'], takesValue: false });
    expect(command('completion')?.options.flatMap((o) => o.flags)).toEqual(['-h', '--help']);
  });
});

describe('completionScript', () => {
  it.each(['bash', 'zsh', 'fish'] as const)('%s: says how to install it and asks the CLI for ids and weeks', (shell) => {
    const script = completionScript(shell, spec);
    expect(script.split('\n')[shell === 'zsh' ? 1 : 0]).toMatch(new RegExp(`^# ${shell} completion for roadmap`));
    expect(script).toContain('roadmap completion --ids 2>/dev/null');
    expect(script).toContain('roadmap completion --weeks 2>/dev/null');
    for (const name of names) expect(script).toContain(name);
    for (const word of ['lang', 'week', 'date', 'json', 'repair', 'yes', 'no-color']) expect(script).toContain(word);
    expect(script).not.toContain('secret');
    // The hidden --ids/--weeks flags are only ever run, never offered.
    expect(script.split('\n').filter((l) => /--(ids|weeks)\b/.test(l) && !/completion --(ids|weeks)/.test(l))).toEqual([]);
  });

  it('bash: a _roadmap function registered with complete -F', () => {
    const script = completionScript('bash', spec);
    expect(script).toContain('completion bash > ~/.local/share/bash-completion/completions/roadmap');
    expect(script).toContain('source <(roadmap completion bash)');
    expect(script).toMatch(/COMP_WORDS\[COMP_CWORD\]/);
    expect(script).toMatch(/compgen -W/);
    expect(script.trimEnd().endsWith('complete -F _roadmap roadmap')).toBe(true);
  });

  it('zsh: native _arguments/_describe with escaped descriptions', () => {
    const script = completionScript('zsh', spec);
    expect(script.startsWith('#compdef roadmap\n')).toBe(true);
    expect(script).not.toContain('bashcompinit');
    expect(script).toContain("'today:今天学什么: what'\\''s today [default]'");
    expect(script).toContain("'--lang=[language\\: zh or en]:lang:(zh en)'");
    expect(script).toContain("'(-h --help)--help[帮助\\: show \"help\" \\[it'\\''s here\\]]'");
    expect(script).toContain("'*:task id:_roadmap_ids'");
  });

  it('fish: complete -c lines with descriptions', () => {
    const script = completionScript('fish', spec);
    expect(script).toContain('roadmap completion fish > ~/.config/fish/completions/roadmap.fish');
    expect(script).toContain("complete -c roadmap -n '__roadmap_using \\'\\'' -a 'today' -d '今天学什么: what\\'s today [default]'");
    expect(script).toContain("complete -c roadmap -l lang -x -a '\\'zh\\' \\'en\\'' -d 'language: zh or en'");
    expect(script).toContain("-n '__fish_seen_subcommand_from done' -a '(roadmap completion --ids 2>/dev/null)'");
  });
});

// The scripts run for real against a stub `roadmap` on PATH that answers like `roadmap completion --ids/--weeks`.
let dir = '';
const scriptFile = (shell: Shell) => join(dir, `roadmap.${shell}`);
const env = () => ({ ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}`, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir });
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { timeout: 5_000 }).status === 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roadmap-completion-'));
  const stub = join(dir, 'roadmap');
  writeFileSync(
    stub,
    [
      '#!/bin/sh',
      'if [ "$1" = completion ] && [ "$2" = --ids ]; then printf "%s\\n" w1-python-basics w6-resnet; exit 0; fi',
      'if [ "$1" = completion ] && [ "$2" = --weeks ]; then printf "%s\\n" 1 2 3 4-5 6 7-8 "9+"; exit 0; fi',
      // Anything else is a bug in the script; the noise must not reach the terminal.
      'echo "unexpected: $*" >&2; exit 2',
      '',
    ].join('\n'),
  );
  chmodSync(stub, 0o755);
  for (const shell of ['bash', 'zsh', 'fish'] as const) writeFileSync(scriptFile(shell), completionScript(shell, spec));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Completes `line` (the cursor at its end) with the bash script and returns COMPREPLY. */
function bashComplete(line: string): { candidates: string[]; stderr: string } {
  const words = line.split(' ');
  const result = spawnSync(
    'bash',
    [
      '--norc',
      '--noprofile',
      '-c',
      'source "$SCRIPT"; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _roadmap; printf "%s\\n" "${COMPREPLY[@]}"',
      'bash',
      ...words,
    ],
    { env: { ...env(), SCRIPT: scriptFile('bash') }, encoding: 'utf8', timeout: 10_000 },
  );
  expect(result.status).toBe(0);
  return { candidates: result.stdout.split('\n').filter((l) => l !== ''), stderr: result.stderr };
}

const weeks = ['1', '2', '3', '4-5', '6', '7-8', '9+'];
// --version is the program's: `roadmap today --version` is refused, so it is not offered there.
const todayOptions = ['--date', '--json', '-h', '--help', '--lang', '--no-color', '--debug'];

describe('bash script, run', () => {
  it.each([
    ['roadmap ', names],
    ['roadmap do', ['done', 'doctor']],
    ['roadmap done w1', ['w1-python-basics']],
    ['roadmap done w1-python-basics ', ['w1-python-basics', 'w6-resnet']],
    ['roadmap show ', ['w1-python-basics', 'w6-resnet']],
    ['roadmap show w1-python-basics ', []],
    ['roadmap open w6', ['w6-resnet']],
    ['roadmap today -', todayOptions],
    ['roadmap today --', todayOptions.filter((o) => o.startsWith('--'))],
    ['roadmap list --week ', weeks],
    ['roadmap list --week = 7', ['7-8']],
    ['roadmap --lang ', ['zh', 'en']],
    ['roadmap --lang zh to', ['today']],
    ['roadmap --lang zh done --json w', ['w1-python-basics', 'w6-resnet']],
    ['roadmap reset --y', ['--yes']],
    ['roadmap completion ', ['bash', 'zsh', 'fish']],
    ['roadmap completion --', ['--help', '--lang', '--no-color', '--debug']],
    ['roadmap doctor ', []],
    ['roadmap --', ['--version', '--lang', '--no-color', '--debug', '--help']],
  ])('%j', (line, expected) => {
    const { candidates, stderr } = bashComplete(line);
    expect(candidates).toEqual(expected);
    expect(stderr).toBe('');
  });

  it('offers files for a file argument', () => {
    writeFileSync(join(dir, 'progress-backup.json'), '{}');
    expect(bashComplete(`roadmap import ${join(dir, 'progress-')}`).candidates).toEqual([join(dir, 'progress-backup.json')]);
  });
});

describe.skipIf(!has('zsh'))('zsh script', () => {
  it('parses, and registers _roadmap when sourced after compinit', () => {
    expect(spawnSync('zsh', ['-n', scriptFile('zsh')], { encoding: 'utf8', timeout: 10_000 }).stderr).toBe('');
    const result = spawnSync(
      'zsh',
      ['-f', '-c', 'autoload -U compinit && compinit -u -D && source "$1" && print -r -- $_comps[roadmap]', 'zsh', scriptFile('zsh')],
      {
        env: env(),
        encoding: 'utf8',
        timeout: 10_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('_roadmap');
  });
});

describe.skipIf(!has('fish'))('fish script', () => {
  it('parses', () => {
    const result = spawnSync('fish', ['--no-config', '--no-execute', scriptFile('fish')], { encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it.each([
    ['roadmap do', ['done\tmark done', 'doctor\tcheck the setup']],
    ['roadmap --lang zh to', ["today\t今天学什么: what's today [default]"]],
    ['roadmap done w1', ['w1-python-basics\ttask id']],
    ['roadmap show w1-python-basics ', []],
    ['roadmap list --week 4', ['4-5\tone week']],
    ['roadmap --lang ', ['en\tlanguage: zh or en', 'zh\tlanguage: zh or en']],
  ])('completes %j', (line, expected) => {
    const result = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', scriptFile('fish'), line], {
      env: env(),
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.stderr).toBe('');
    expect(
      result.stdout
        .split('\n')
        .filter((l) => l !== '')
        .sort(),
    ).toEqual([...expected].sort());
  });
});
